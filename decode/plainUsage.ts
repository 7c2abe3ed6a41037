import type { PlainWalk } from './plainDeltaWalk';
import { isPlainInt, plainExtension } from './plainDeltaWalk';
import { isJsonObject } from './lenientFields';

/**
 * A completion's `usage` as Usage defines it: three integer counts, and the two details objects of
 * integer counts (PromptTokensDetails, CompletionTokensDetails), any other key an extension
 * (OpenRouter's `cost`, Groq's `queue_time`). A count of another type, a missing count or details
 * that are no object give the body up to the walk.
 */

const PROMPT = 1;
const COMPLETION = 2;
const TOTAL = 4;
const USAGE_REQUIRED = PROMPT | COMPLETION | TOTAL;

/** The integer fields of PromptTokensDetails. */
const isPromptDetail = (key: string): boolean =>
  key === 'cached_tokens' || key === 'audio_tokens' || key === 'text_tokens' || key === 'image_tokens' || key === 'cache_write_tokens';

/** The integer fields of CompletionTokensDetails. */
const isCompletionDetail = (key: string): boolean =>
  key === 'reasoning_tokens' ||
  key === 'audio_tokens' ||
  key === 'accepted_prediction_tokens' ||
  key === 'rejected_prediction_tokens' ||
  key === 'text_tokens';

const arePlainDetails = (walk: PlainWalk, key: string, details: unknown, isDetail: (key: string) => boolean): boolean => {
  if (!isJsonObject(details)) return false;
  walk.steps.push(key);
  for (const name in details) {
    const value = details[name];
    if (!isDetail(name)) plainExtension(walk, name, value);
    else if (!isPlainInt(walk, value)) return false;
  }
  walk.steps.pop();
  return true;
};

/** `usage`, pushed on `walk.steps` here. */
export const isPlainUsage = (walk: PlainWalk, usage: unknown): boolean => {
  if (!isJsonObject(usage)) return false;
  walk.steps.push('usage');
  let required = 0;
  for (const key in usage) {
    const value = usage[key];
    switch (key) {
      case 'prompt_tokens':
        if (!isPlainInt(walk, value)) return false;
        required |= PROMPT;
        break;
      case 'completion_tokens':
        if (!isPlainInt(walk, value)) return false;
        required |= COMPLETION;
        break;
      case 'total_tokens':
        if (!isPlainInt(walk, value)) return false;
        required |= TOTAL;
        break;
      case 'prompt_tokens_details':
        if (!arePlainDetails(walk, key, value, isPromptDetail)) return false;
        break;
      case 'completion_tokens_details':
        if (!arePlainDetails(walk, key, value, isCompletionDetail)) return false;
        break;
      default:
        plainExtension(walk, key, value);
    }
  }
  walk.steps.pop();
  return required === USAGE_REQUIRED;
};
