import type { JsonRecord } from '../../lenientFields';
import { isHuge } from '../../parseJson';
import { prototypeHasEnumerableKeys } from '../../enumerableInheritance';
import { BlockReason, FinishReason } from './codecs';

/**
 * A response (generateContent's body, or one chunk of a stream) made only of what most answers
 * carry: `candidates[]` with `index`, `content: {role, parts[]}` (parts of `text`, `thought`,
 * `thoughtSignature`, `functionCall` whose args hold no object or array), `finishReason`,
 * `safetyRatings`, `avgLogprobs` and an empty `groundingMetadata` (a grounded stream's early
 * chunks); `usageMetadata` with its counts and their per-modality details; `modelVersion`,
 * `responseId`, `createTime`; a blocked prompt's `promptFeedback`. Each field of its codec's type
 * (codecs.ts), every number in the safe range. Of such a response the contract walk would find
 * that it conforms with no extension, no huge number and no nesting near MAX_JSON_DEPTH (it is at
 * most nine levels deep): going once through its own keys answers that without the walk
 * (ollama/doneBody.ts does the same). Anything else (nested call args, grounding, code execution,
 * an unknown key, a value of another type, a huge number) answers false and is left to the walk.
 */

const FINISH_REASONS: ReadonlySet<string> = new Set(Object.keys(FinishReason.keys));
const BLOCK_REASONS: ReadonlySet<string> = new Set(Object.keys(BlockReason.keys));

/** A JSON object, as JSON.parse makes them (an array or null is none). */
const isObject = (value: unknown): value is JsonRecord => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A number t.number takes and the scan finds safe. */
const isSafeNumber = (value: unknown): boolean => typeof value === 'number' && !isHuge(value);

/** Whether every element of `value`, an array, is one `isPlain` takes. */
const allPlain = (value: unknown, isPlain: (item: unknown) => boolean): boolean => {
  if (!Array.isArray(value)) return false;
  for (let at = 0; at < value.length; at += 1) if (!isPlain(value[at])) return false;
  return true;
};

/** A value JSON.parse made that holds nothing to scan: no container, no huge number. */
const isFlat = (value: unknown): boolean =>
  value === null || typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && !isHuge(value));

/** `args` of a call: an object of flat values (most calls; a nested one is left to the walk, which scans it). */
const isFlatArgs = (args: unknown): boolean => {
  if (!isObject(args)) return false;
  for (const key in args) if (!isFlat(args[key])) return false;
  return true;
};

/** A FunctionCall: `name` is required (an own key, as the walk counts it). */
const isPlainCall = (call: unknown): boolean => {
  if (!isObject(call)) return false;
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
  if (!isObject(part)) return false;
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

/** An object with no key: the empty `groundingMetadata` a grounded stream sends on its early chunks. */
const isEmptyObject = (value: unknown): boolean => {
  if (!isObject(value)) return false;
  for (const _key in value) return false;
  return true;
};

const isPlainContent = (content: unknown): boolean => {
  if (!isObject(content)) return false;
  for (const key in content) {
    const field = content[key];
    if (key === 'parts') {
      if (!allPlain(field, isPlainPart)) return false;
    } else if (key !== 'role' || typeof field !== 'string') return false;
  }
  return true;
};

/** A SafetyRating: `category` is required (an own key, as the walk counts it). */
const isPlainRating = (rating: unknown): boolean => {
  if (!isObject(rating)) return false;
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

const isPlainCandidate = (candidate: unknown): boolean => {
  if (!isObject(candidate)) return false;
  for (const key in candidate) {
    const field = candidate[key];
    switch (key) {
      case 'content':
        if (!isPlainContent(field)) return false;
        break;
      case 'finishReason':
        if (typeof field !== 'string' || !FINISH_REASONS.has(field)) return false;
        break;
      case 'index':
      case 'avgLogprobs':
        if (!isSafeNumber(field)) return false;
        break;
      case 'safetyRatings':
        if (!allPlain(field, isPlainRating)) return false;
        break;
      case 'groundingMetadata':
        if (!isEmptyObject(field)) return false;
        break;
      default:
        return false;
    }
  }
  return true;
};

const isModalityCount = (detail: unknown): boolean => {
  if (!isObject(detail)) return false;
  for (const key in detail) {
    const field = detail[key];
    if (key === 'tokenCount') {
      if (!isSafeNumber(field)) return false;
    } else if (key !== 'modality' || typeof field !== 'string') return false;
  }
  return true;
};

const isPlainUsage = (usage: unknown): boolean => {
  if (!isObject(usage)) return false;
  for (const key in usage) {
    const field = usage[key];
    switch (key) {
      case 'promptTokenCount':
      case 'candidatesTokenCount':
      case 'totalTokenCount':
      case 'thoughtsTokenCount':
      case 'cachedContentTokenCount':
      case 'toolUsePromptTokenCount':
        if (!isSafeNumber(field)) return false;
        break;
      case 'promptTokensDetails':
      case 'candidatesTokensDetails':
      case 'cacheTokensDetails':
      case 'toolUsePromptTokensDetails':
        if (!allPlain(field, isModalityCount)) return false;
        break;
      case 'trafficType':
        if (typeof field !== 'string') return false;
        break;
      default:
        return false;
    }
  }
  return true;
};

const isPlainFeedback = (feedback: unknown): boolean => {
  if (!isObject(feedback)) return false;
  for (const key in feedback) {
    const field = feedback[key];
    switch (key) {
      case 'blockReason':
        if (typeof field !== 'string' || !BLOCK_REASONS.has(field)) return false;
        break;
      case 'blockReasonMessage':
        if (typeof field !== 'string') return false;
        break;
      case 'safetyRatings':
        if (!allPlain(field, isPlainRating)) return false;
        break;
      default:
        return false;
    }
  }
  return true;
};

/**
 * Whether `response` is a plain response (see above). False too while Object.prototype has an
 * enumerable property: for...in would visit it, and the walk then defers to io-ts.
 */
export const isPlainResponse = (response: JsonRecord): boolean => {
  if (prototypeHasEnumerableKeys()) return false;
  for (const key in response) {
    const field = response[key];
    switch (key) {
      case 'candidates':
        if (!allPlain(field, isPlainCandidate)) return false;
        break;
      case 'usageMetadata':
        if (!isPlainUsage(field)) return false;
        break;
      case 'modelVersion':
      case 'responseId':
      case 'createTime':
        if (typeof field !== 'string') return false;
        break;
      case 'promptFeedback':
        if (!isPlainFeedback(field)) return false;
        break;
      default:
        return false;
    }
  }
  return true;
};
