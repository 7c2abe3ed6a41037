import type { JsonRecord } from '../../lenientFields';
import { MAX_JSON_DEPTH } from '../../parseJson';
import { ErrorType } from './codecs';
import { isClean } from '../../contract/cleanValue';
import { isJsonObject } from '../../lenientFields';

/**
 * Anthropic's error body as its API writes it, `{"type": "error", "error": {"type":
 * "overloaded_error", "message": "Overloaded"}}` (with `details` and `request_id` or without), told
 * from its own keys as plainMessage.ts tells a message: of such a body the walk against ErrorBody
 * (with the scan alongside) finds that it conforms, with no extension, no number beyond 2^53 and
 * no nesting beyond MAX_JSON_DEPTH. Two of the five recorded JSON bodies are such errors, where the
 * walk is a large share of a small body's decode. Asked only while Object.prototype has no
 * enumerable property.
 */

const ERROR_TYPES: ReadonlySet<string> = new Set(Object.keys(ErrorType.keys));

/** An error's `details` is level 3 (the body 1, error 2). */
const DETAILS_LEVELS = MAX_JSON_DEPTH - 2;

/** `{type, message}`: an Anthropic error type and a string, and optionally `details`, nothing else. */
const isPlainErrorObject = (error: unknown): boolean => {
  if (!isJsonObject(error)) return false;
  let fields = 0;
  for (const key in error) {
    const value = error[key];
    if (key === 'type') {
      if (typeof value !== 'string' || !ERROR_TYPES.has(value)) return false;
      fields += 1;
    } else if (key === 'message') {
      if (typeof value !== 'string') return false;
      fields += 1;
      // `details` (t.unknown, optional) is scanned by the walk: the error object is level 2, its fields level 3.
    } else if (key !== 'details' || !isClean(value, DETAILS_LEVELS)) return false;
  }
  return fields === 2;
};

/** Whether a JSON body is a plain error body (see above): the walk would report nothing of it. */
export const isPlainErrorBody = (body: JsonRecord): boolean => {
  let required = 0;
  for (const key in body) {
    const value = body[key];
    if (key === 'type') {
      if (value !== 'error') return false;
      required += 1;
    } else if (key === 'error') {
      if (!isPlainErrorObject(value)) return false;
      required += 1;
    } else if (key !== 'request_id' || typeof value !== 'string') return false;
  }
  return required === 2;
};
