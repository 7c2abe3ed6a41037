import { isHuge } from '../../parseJson';
import { FinishReason } from './codecs';
import { isPlainGrounding, isPlainUrlContext } from './plainGrounding';
import { isSafeNumber } from './plainJson';
import { isJsonObject } from '../../lenientFields';

/**
 * The candidates of a plain response (plainResponse.ts says what one is), each told plain from its
 * own keys: what the contract walk would find to conform, with no extension, no huge number and
 * nothing nested deeper than a call's flat args.
 */

const FINISH_REASONS: ReadonlySet<string> = new Set(Object.keys(FinishReason.keys));

/** A value JSON.parse made that holds nothing to scan: no container, no huge number. */
const isFlat = (value: unknown): boolean =>
  value === null || typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && !isHuge(value));

/** `args` of a call: an object of flat values (most calls; a nested one is left to the walk, which scans it). */
const isFlatArgs = (args: unknown): boolean => {
  if (!isJsonObject(args)) return false;
  for (const key in args) if (!isFlat(args[key])) return false;
  return true;
};

/** A FunctionCall: `name` is required (an own key, as the walk counts it). */
const isPlainCall = (call: unknown): boolean => {
  if (!isJsonObject(call)) return false;
  let named = false;
  for (const key in call) {
    const field = call[key];
    if (key === 'name' || key === 'id') {
      if (typeof field !== 'string') return false;
      if (key === 'name') named = true;
    } else if (key !== 'args' || !isFlatArgs(field)) return false;
  }
  return named;
};

const isPlainPart = (part: unknown): boolean => {
  if (!isJsonObject(part)) return false;
  for (const key in part) {
    const field = part[key];
    switch (key) {
      case 'text':
      case 'thoughtSignature':
        if (typeof field !== 'string') return false;
        break;
      case 'thought':
        if (typeof field !== 'boolean') return false;
        break;
      case 'functionCall':
        if (!isPlainCall(field)) return false;
        break;
      default:
        return false;
    }
  }
  return true;
};

/**
 * The arrays every chunk holds, each with a loop of its own rather than allPlain's callback (an
 * indirect call per element, which the engine cannot inline where allPlain serves many tests).
 */
const arePlainParts = (parts: unknown): boolean => {
  if (!Array.isArray(parts)) return false;
  for (let at = 0; at < parts.length; at += 1) if (!isPlainPart(parts[at])) return false;
  return true;
};

export const arePlainRatings = (ratings: unknown): boolean => {
  if (!Array.isArray(ratings)) return false;
  for (let at = 0; at < ratings.length; at += 1) if (!isPlainRating(ratings[at])) return false;
  return true;
};

const isPlainContent = (content: unknown): boolean => {
  if (!isJsonObject(content)) return false;
  for (const key in content) {
    const field = content[key];
    if (key === 'parts') {
      if (!arePlainParts(field)) return false;
    } else if (key !== 'role' || typeof field !== 'string') return false;
  }
  return true;
};

/** A SafetyRating: `category` is required (an own key, as the walk counts it). */
export const isPlainRating = (rating: unknown): boolean => {
  if (!isJsonObject(rating)) return false;
  let named = false;
  for (const key in rating) {
    const field = rating[key];
    switch (key) {
      case 'category':
        if (typeof field !== 'string') return false;
        named = true;
        break;
      case 'probability':
      case 'severity':
        if (typeof field !== 'string') return false;
        break;
      case 'blocked':
        if (typeof field !== 'boolean') return false;
        break;
      case 'probabilityScore':
      case 'severityScore':
        if (!isSafeNumber(field)) return false;
        break;
      default:
        return false;
    }
  }
  return named;
};

export const isPlainCandidate = (candidate: unknown): boolean => {
  if (!isJsonObject(candidate)) return false;
  for (const key in candidate) {
    const field = candidate[key];
    switch (key) {
      case 'content':
        if (!isPlainContent(field)) return false;
        break;
      case 'finishReason':
        if (typeof field !== 'string' || !FINISH_REASONS.has(field)) return false;
        break;
      case 'finishMessage':
        // gemini-3's, not in the API reference: an extension (codecs.ts), listed by plainExtensions.
        if (typeof field !== 'string') return false;
        break;
      case 'index':
      case 'avgLogprobs':
        if (!isSafeNumber(field)) return false;
        break;
      case 'safetyRatings':
        if (!arePlainRatings(field)) return false;
        break;
      case 'groundingMetadata':
        if (!isPlainGrounding(field)) return false;
        break;
      case 'urlContextMetadata':
        if (!isPlainUrlContext(field)) return false;
        break;
      default:
        return false;
    }
  }
  return true;
};

export const arePlainCandidates = (candidates: unknown): boolean => {
  if (!Array.isArray(candidates)) return false;
  for (let at = 0; at < candidates.length; at += 1) if (!isPlainCandidate(candidates[at])) return false;
  return true;
};
