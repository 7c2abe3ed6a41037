import * as t from 'io-ts';
import type { JsonRecord } from '../../lenientFields';
import { nonEmptyStringAt, numberAt, recordAt, recordsIn, stringAt } from '../../lenientFields';
import type { NormalizedToolCall } from '../../model';

/**
 * Reads of one Ollama response object (a JSON body or one NDJSON line) for the normalized view,
 * each on its own and lenient: the view shows whatever is there even when the codec check failed.
 */

const isDigit = (code: number): boolean => code >= 0x30 && code <= 0x39;

/** Whether `count` ASCII digits stand from `at`. */
const digitsStand = (text: string, at: number, count: number): boolean => {
  for (let index = at; index < at + count; index += 1) if (!isDigit(text.charCodeAt(index))) return false;
  return true;
};

/**
 * Whether the text is Go's time.Time as encoding/json writes it: RFC 3339 with any number of
 * fractional digits, `^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$` read
 * by character codes: that regex was a twentieth of a small Ollama body's decode (every line of a
 * stream carries a `created_at`).
 */
export const isRfc3339 = (text: string): boolean => {
  if (text.length < 20 || !digitsStand(text, 0, 4) || !digitsStand(text, 5, 2) || !digitsStand(text, 8, 2)) return false;
  if (!digitsStand(text, 11, 2) || !digitsStand(text, 14, 2) || !digitsStand(text, 17, 2)) return false;
  // Character codes, not text[i]: each index read made a one-character string.
  const dash = 0x2d;
  const colon = 0x3a;
  if (text.charCodeAt(4) !== dash || text.charCodeAt(7) !== dash || text.charCodeAt(10) !== 0x54) return false;
  if (text.charCodeAt(13) !== colon || text.charCodeAt(16) !== colon) return false;
  let at = 19;
  if (text.charCodeAt(at) === 0x2e) {
    at += 1;
    const digits = at;
    while (at < text.length && isDigit(text.charCodeAt(at))) at += 1;
    if (at === digits) return false;
  }
  const zoneStart = text.charCodeAt(at);
  if (zoneStart === 0x5a) return at + 1 === text.length;
  return (
    (zoneStart === 0x2b || zoneStart === dash) &&
    at + 6 === text.length &&
    digitsStand(text, at + 1, 2) &&
    text.charCodeAt(at + 3) === colon &&
    digitsStand(text, at + 4, 2)
  );
};

/** The number written by `count` ASCII digits from `at` (the RFC 3339 pattern has matched them). */
const digitsAt = (text: string, at: number, count: number): number => {
  let value = 0;
  for (let index = at; index < at + count; index += 1) value = value * 10 + text.charCodeAt(index) - 0x30;
  return value;
};

/**
 * Whole Unix seconds of an RFC 3339 time whose every field is in the range every calendar has
 * (a day up to 28, no 24:00, no leap second, an offset below 24 h), worked out from its digits;
 * undefined for any other, which the engine's Date.parse then reads as before (V8 rolls April 31
 * and 24:00 over and refuses 23:60; another engine may refuse April 31). Date.parse was a
 * twentieth of a small stream's decode (Node 20). The fraction never changes the whole second:
 * Date.parse truncates it to milliseconds, never rounding up.
 */
const secondsFromDigits = (text: string): number | undefined => {
  const year = digitsAt(text, 0, 4);
  const month = digitsAt(text, 5, 2);
  const day = digitsAt(text, 8, 2);
  const hour = digitsAt(text, 11, 2);
  const minute = digitsAt(text, 14, 2);
  const second = digitsAt(text, 17, 2);
  // Date.UTC reads years 0 to 99 as 1900 to 1999.
  if (year < 100 || month < 1 || month > 12 || day < 1 || day > 28 || hour > 23 || minute > 59 || second > 59) return undefined;
  let offsetMinutes = 0;
  if (text.charCodeAt(text.length - 1) !== 0x5a) {
    const offsetHours = digitsAt(text, text.length - 5, 2);
    const minutes = digitsAt(text, text.length - 2, 2);
    if (offsetHours > 23 || minutes > 59) return undefined;
    offsetMinutes = (text.charCodeAt(text.length - 6) === 0x2d ? -1 : 1) * (offsetHours * 60 + minutes);
  }
  return daysSinceEpoch(year, month, day) * 86_400 + hour * 3600 + minute * 60 + second - offsetMinutes * 60;
};

/**
 * Days from 1970-01-01 to a date of the proleptic Gregorian calendar (Howard Hinnant's
 * days_from_civil), in arithmetic: Date.UTC, a call into the engine, was most of a `created_at`'s
 * reading, which every Ollama body and stream line asks for.
 */
const daysSinceEpoch = (year: number, month: number, day: number): number => {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
};

/**
 * `created_at` as Unix seconds (whole, as Chat Completions' `created`); undefined when it is not
 * an RFC 3339 time. Date.parse alone would also take "2024" or "March 7".
 */
export const createdSeconds = (record: JsonRecord): number | undefined => {
  const text = stringAt(record, 'created_at');
  return text === undefined ? undefined : secondsOfTime(text);
};

/** createdSeconds of the text of a `created_at`. */
export const secondsOfTime = (text: string): number | undefined => {
  if (!isRfc3339(text)) return undefined;
  const seconds = secondsFromDigits(text);
  if (seconds !== undefined) return seconds;
  const ms = Date.parse(text);
  return Number.isFinite(ms) ? Math.floor(ms / 1000) : undefined;
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
