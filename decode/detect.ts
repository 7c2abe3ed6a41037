import { isPost } from './formats/httpMethod';
import { oncePerUrl, pathOfUrl } from './formats/urlParts';
import { arrayOf, recordOf, stringAt } from './lenientFields';

/**
 * Which exchanges are chat-completion traffic: by URL (OpenAI-style `/chat/completions`, which
 * also covers Azure's `/openai/deployments/<name>/chat/completions`, plus patterns the user adds)
 * or by the body's shape. Other JSON, even with a `choices` field (legacy text completions,
 * search APIs), is not.
 */

const CHAT_COMPLETIONS_PATH = /\/chat\/completions\/?$/i;

const isChatCompletionsPath = oncePerUrl((url) => CHAT_COMPLETIONS_PATH.test(pathOfUrl(url)));

/** No extra patterns: one array for every call that names none, not a default `[]` made per exchange. */
const NO_EXTRA_PATTERNS: readonly RegExp[] = [];

/**
 * Only POST creates a completion: a CORS preflight (OPTIONS) or OpenAI's `GET /chat/completions`
 * (the stored-completions list) at the same URL is not a completion exchange.
 */

export const isChatCompletionUrl = (url: string, method: string, extraPatterns: readonly RegExp[] = NO_EXTRA_PATTERNS): boolean => {
  if (!isPost(method)) return false;
  if (isChatCompletionsPath(url)) return true;
  // Most callers name none: no closure over the URL for an empty list.
  if (extraPatterns.length === 0) return false;
  return extraPatterns.some((pattern) => {
    pattern.lastIndex = 0;
    return pattern.test(url);
  });
};

const CHAT_OBJECTS = new Set(['chat.completion', 'chat.completion.chunk', 'chat.completion.done']);

/** A completion or a chunk: its object says so, or its choices carry a message or a delta. */
export const hasChatShape = (value: unknown): boolean => {
  const record = recordOf(value);
  if (record === undefined) return false;
  const object = stringAt(record, 'object');
  if (object !== undefined && CHAT_OBJECTS.has(object)) return true;
  const choices = arrayOf(record.choices);
  if (choices === undefined) return false;
  return choices.some((choice) => {
    const entry = recordOf(choice);
    return recordOf(entry?.message) !== undefined || recordOf(entry?.delta) !== undefined;
  });
};
