import { shapeOf } from './contract/codecShape';
import { ChatCompletionResponse } from './contract';
import { excerpt } from './contract/contractIssues';
import type { JsonRecord } from './lenientFields';
import type { ContractIssue } from './model';

/**
 * A JSON object at a chat URL that is plainly not a completion: a job's status
 * (`{"status":"queued"}`), a framework's `{"detail":"Not Found"}`, `{}`. The rule: the body is a
 * JSON object, not an error body (decodeErrorBody took those), and has none of the fields the
 * contract requires of a completion (id, object, created, model, choices: read from the codec).
 * One issue says so, instead of one "missing required field" per field and its own fields listed
 * as provider extensions. A body with any one of those fields is a completion gone wrong, and
 * gets the usual field-by-field issues. Stream chunks are not judged this way.
 */

/** The fields t.type (not t.partial) defines in ChatCompletionResponse, in declaration order. */
const completionFields = (): readonly string[] => {
  const guard = shapeOf(ChatCompletionResponse).guard;
  if (guard.kind !== 'object') return [];
  return [...guard.fields].filter(([, field]) => field.required).map(([key]) => key);
};

const REQUIRED_FIELDS = completionFields();

/** How many of the body's own field names the issue names: enough to recognize what it is. */
const MAX_FIELDS_NAMED = 5;

const fieldList = (keys: readonly string[]): string =>
  keys.length <= 1 ? (keys[0] ?? '') : `${keys.slice(0, -1).join(', ')} and ${keys[keys.length - 1] ?? ''}`;

/** What the body holds, by its field names: `an object with status`, `an empty object`. */
const bodyFields = (body: JsonRecord): string => {
  const keys = Object.keys(body);
  if (keys.length === 0) return 'an empty object';
  const named = keys.slice(0, MAX_FIELDS_NAMED).map((key) => JSON.stringify(excerpt(key, 40)));
  const more = keys.length - named.length;
  return `an object with ${fieldList(more > 0 ? [...named, `${more} more`] : named)}`;
};

/** The one issue of a body that is not a chat completion at all; undefined for anything else. */
export const notChatCompletionIssue = (body: JsonRecord): ContractIssue | undefined => {
  if (REQUIRED_FIELDS.some((key) => Object.hasOwn(body, key))) return undefined;
  return {
    severity: 'error',
    path: '',
    message: 'not a chat completion',
    expected: `a chat completion: an object with ${fieldList(REQUIRED_FIELDS)}`,
    actual: bodyFields(body),
  };
};
