import * as t from 'io-ts';
import type { JsonRecord } from '../../lenientFields';
import { nonEmptyStringAt, numberAt, recordAt, recordsIn, stringAt } from '../../lenientFields';
import type { NormalizedToolCall } from '../../model';
import { secondsOfTime } from './goTime';

/**
 * Reads of one Ollama response object (a JSON body or one NDJSON line) for the normalized view,
 * each on its own and lenient: the view shows whatever is there even when the codec check failed.
 */

/**
 * `created_at` as Unix seconds (whole, as Chat Completions' `created`); undefined when it is not
 * an RFC 3339 time (goTime.ts).
 */
export const createdSeconds = (record: JsonRecord): number | undefined => {
  const text = stringAt(record, 'created_at');
  return text === undefined ? undefined : secondsOfTime(text);
};

/** What one object says of the answer, wherever its endpoint puts it. */
export interface OllamaPieces {
  readonly role: string | undefined;
  /** The text (`message.content` or `response`); undefined when the object has none. */
  readonly content: string | undefined;
  readonly thinking: string | undefined;
  readonly toolCalls: readonly JsonRecord[];
}

/** /api/chat puts the answer in `message`; /api/generate at the top (`response`, `thinking`). */
export const piecesOf = (record: JsonRecord): OllamaPieces => {
  const message = recordAt(record, 'message');
  const from = message ?? record;
  return {
    role: nonEmptyStringAt(message, 'role'),
    content: message === undefined ? stringAt(record, 'response') : stringAt(message, 'content'),
    thinking: nonEmptyStringAt(from, 'thinking'),
    toolCalls: recordsIn(from.tool_calls),
  };
};

/**
 * Arguments as JSON text: Ollama sends an object (its JSON is what Chat Completions would send as
 * text); a call with none has "{}" as issue 13 says; a string some server sent is kept as sent.
 */
const argumentsText = (value: unknown): string => {
  if (value === undefined || value === null) return '{}';
  if (t.string.is(value)) return value;
  return JSON.stringify(value);
};

/** A tool call; `id` "" when the call has none (Ollama before 0.12 sent no ids). */
export const normalizeToolCall = (call: JsonRecord): NormalizedToolCall => {
  const fn = recordAt(call, 'function');
  return {
    id: stringAt(call, 'id') ?? '',
    type: 'function',
    function: { name: stringAt(fn, 'name') ?? '', arguments: argumentsText(fn?.arguments) },
  };
};

/** The two counts Ollama reports; absent ones are undefined (Go leaves a zero count out). */
export const countsOf = (record: JsonRecord): { readonly prompt: number | undefined; readonly completion: number | undefined } => ({
  prompt: numberAt(record, 'prompt_eval_count'),
  completion: numberAt(record, 'eval_count'),
});
