import type { FoundExtension } from '../../contract/foundExtensions';
import { pathText } from '../../contract/walkPath';
import type { JsonRecord } from '../../lenientFields';
import { prototypeHasEnumerableKeys } from '../../enumerableInheritance';
import { BlockReason } from './codecs';
import { arePlainCandidates, arePlainRatings } from './plainCandidate';
import { isSafeNumber } from './plainJson';
import { isJsonObject } from '../../lenientFields';

/**
 * A response (generateContent's body, or one chunk of a stream) made only of what most answers
 * carry: `candidates[]` with `index`, `content: {role, parts[]}` (parts of `text`, `thought`,
 * `thoughtSignature`, `functionCall` whose args hold no object or array), `finishReason`,
 * `safetyRatings`, `avgLogprobs` and an empty `groundingMetadata` (a grounded stream's early
 * chunks); `usageMetadata` with its counts and their per-modality details; `modelVersion`,
 * `responseId`, `createTime`; a blocked prompt's `promptFeedback`. Each field of its codec's type
 * (codecs.ts), every number in the safe range; a candidate's `finishMessage` is the one extension
 * taken (plainExtensions lists it as the walk would). Of such a response the contract walk would
 * find that it conforms with no other extension, no huge number and no nesting near MAX_JSON_DEPTH (it is at
 * most nine levels deep): going once through its own keys answers that without the walk
 * (ollama/doneBody.ts does the same). Anything else (nested call args, grounding, code execution,
 * an unknown key, a value of another type, a huge number) answers false and is left to the walk.
 */

const BLOCK_REASONS: ReadonlySet<string> = new Set(Object.keys(BlockReason.keys));

const isModalityCount = (detail: unknown): boolean => {
  if (!isJsonObject(detail)) return false;
  for (const key in detail) {
    const field = detail[key];
    if (key === 'tokenCount') {
      if (!isSafeNumber(field)) return false;
    } else if (key !== 'modality' || typeof field !== 'string') return false;
  }
  return true;
};

/** Each count's details by modality (a loop of its own: see plainCandidate.ts's arePlainParts). */
const areModalityCounts = (details: unknown): boolean => {
  if (!Array.isArray(details)) return false;
  for (let at = 0; at < details.length; at += 1) if (!isModalityCount(details[at])) return false;
  return true;
};

const isPlainUsage = (usage: unknown): boolean => {
  if (!isJsonObject(usage)) return false;
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
        if (!areModalityCounts(field)) return false;
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
  if (!isJsonObject(feedback)) return false;
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
        if (!arePlainRatings(field)) return false;
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
        if (!arePlainCandidates(field)) return false;
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

/**
 * The extensions the walk finds in a plain response: each candidate's `finishMessage` (own keys
 * only, as the walk reads them), in the candidates' order, which is the body's.
 */
export const plainExtensions = (response: JsonRecord): FoundExtension[] => {
  const found: FoundExtension[] = [];
  const candidates = response.candidates;
  if (!Array.isArray(candidates)) return found;
  for (let at = 0; at < candidates.length; at += 1) {
    const candidate: unknown = candidates[at];
    if (isJsonObject(candidate) && Object.hasOwn(candidate, 'finishMessage')) {
      found.push({ path: pathText(['candidates', at, 'finishMessage']), value: candidate.finishMessage });
    }
  }
  return found;
};
