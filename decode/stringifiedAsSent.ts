import type { JsonRecord } from './lenientFields';
import { isPlainObject } from './lenientFields';
import { MAX_JSON_DEPTH } from './parseJson';

/**
 * `JSON.stringify` of a value inside a parsed payload, taken from the payload's own text when the
 * text already holds exactly those characters: the slice shares the body's memory and costs a few
 * comparisons where JSON.stringify builds a copy (an Anthropic web search result is 27 KB, and its
 * JSON.stringify took 9% of decoding the recorded streams).
 *
 * The text is read from its first character as JSON.stringify would write the parsed value:
 * each key in the value's own order, no whitespace, every string and number exactly as written.
 * Each token is compared with what JSON.stringify writes for it, so the slice returned is that
 * output, character for character. A string is compared as written only when JSON.stringify
 * writes it unescaped: no `"` or `\` (looked up with indexOf), no lone surrogate (isWellFormed,
 * answered at once for Latin-1 text), and no control character, which the matched text cannot
 * hold: read in step from the first character, each compared string is a string of the text,
 * where JSON.parse allows none. Anything else (whitespace, escapes, `1.0`, keys in another order,
 * a toJSON anywhere) answers undefined, and the caller stringifies.
 */

const QUOTE = 0x22;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;

/** What does not fit the one walk: the text cannot be the value's JSON.stringify from here. */
const MISMATCH = -1;

declare global {
  interface String {
    /** ES2024 (Chrome 111, Firefox 119, Node 20); absent in older engines, where the regex decides. */
    isWellFormed?(): boolean;
  }
}

/** A surrogate with no partner: JSON.stringify writes it as `\udXXX`. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Whether JSON.stringify writes the string between quotes as it is (control characters aside: see above). */
const writtenAsIs = (value: string): boolean =>
  value.indexOf('"') === -1 &&
  value.indexOf('\\') === -1 &&
  (value.isWellFormed === undefined ? !LONE_SURROGATE.test(value) : value.isWellFormed());

/** Where `expected` ends in `text` if it starts at `at`, else MISMATCH. */
const literalAt = (text: string, at: number, expected: string): number => (text.startsWith(expected, at) ? at + expected.length : MISMATCH);

/** Where the string's JSON ends in `text` if it starts at `at`, else MISMATCH. */
const stringAt = (text: string, at: number, value: string): number => {
  if (!writtenAsIs(value)) return literalAt(text, at, JSON.stringify(value));
  const end = at + 1 + value.length;
  // A slice of a flat string shares its characters; comparing two strings is V8's memcmp.
  if (text.charCodeAt(at) === QUOTE && text.charCodeAt(end) === QUOTE && (value.length === 0 || text.slice(at + 1, end) === value))
    return end + 1;
  // A control character, which JSON.stringify escapes: compared as it writes it.
  return literalAt(text, at, JSON.stringify(value));
};

/** An object or array that JSON.stringify writes by its own keys or elements alone (no toJSON of its own or inherited). */
const stringifiedPlainly = (value: object): boolean => !('toJSON' in value);

/** Where the value's JSON.stringify ends in `text` if it starts at `at`, else MISMATCH; `levels` bounds the recursion. */
const valueAt = (text: string, at: number, value: unknown, levels: number): number => {
  if (typeof value === 'string') return stringAt(text, at, value);
  if (typeof value === 'number') return Number.isFinite(value) ? literalAt(text, at, String(value)) : MISMATCH;
  if (typeof value === 'boolean') return literalAt(text, at, value ? 'true' : 'false');
  if (value === null) return literalAt(text, at, 'null');
  if (levels === 0) return MISMATCH;
  if (Array.isArray(value)) {
    if (!stringifiedPlainly(value) || text.charCodeAt(at) !== OPEN_BRACKET) return MISMATCH;
    let next = at + 1;
    for (let index = 0; index < value.length; index += 1) {
      if (index > 0) {
        if (text.charCodeAt(next) !== COMMA) return MISMATCH;
        next += 1;
      }
      next = valueAt(text, next, value[index], levels - 1);
      if (next === MISMATCH) return MISMATCH;
    }
    return text.charCodeAt(next) === CLOSE_BRACKET ? next + 1 : MISMATCH;
  }
  if (!isPlainObject(value) || !stringifiedPlainly(value) || text.charCodeAt(at) !== OPEN_BRACE) return MISMATCH;
  const next = membersAt(text, at + 1, value, levels, undefined);
  return next !== MISMATCH && text.charCodeAt(next) === CLOSE_BRACE ? next + 1 : MISMATCH;
};

/** Where a member's `"key":` ends in `text` if it starts at `at` (after a comma unless it is the first), else MISMATCH. */
const keyAt = (text: string, at: number, key: string, first: boolean): number => {
  let next = at;
  if (!first) {
    if (text.charCodeAt(next) !== COMMA) return MISMATCH;
    next += 1;
  }
  next = stringAt(text, next, key);
  return next !== MISMATCH && text.charCodeAt(next) === COLON ? next + 1 : MISMATCH;
};

/**
 * The members of an object read from `at` (after its `{`), in the order JSON.stringify writes
 * them (for...in over own keys: the caller keeps this off while Object.prototype has an
 * enumerable key). Answers where they end, or, with a `target` key, where that key's value starts
 * (its value and the members after it unread); MISMATCH when the text differs or the target never comes.
 */
const membersAt = (text: string, at: number, record: JsonRecord, levels: number, target: string | undefined): number => {
  let next = at;
  let first = true;
  for (const key in record) {
    next = keyAt(text, next, key, first);
    if (next === MISMATCH || key === target) return next;
    first = false;
    next = valueAt(text, next, record[key], levels - 1);
    if (next === MISMATCH) return MISMATCH;
  }
  return target === undefined ? next : MISMATCH;
};

/**
 * JSON.stringify(root[path[0]][path[1]]...) as a slice of `text`, the JSON text `root` was parsed
 * from, when the text holds it as JSON.stringify writes it (see above); undefined when it does not,
 * when a step of the path is not an object's key, or while Object.prototype has an enumerable
 * property (`prototypeHasEnumerableKeys`: for...in would list it among every object's keys).
 */
export const stringifiedAsSent = (
  text: string,
  root: unknown,
  path: readonly string[],
  prototypeHasEnumerableKeys: boolean,
): string | undefined => {
  if (prototypeHasEnumerableKeys) return undefined;
  let value: unknown = root;
  let at = 0;
  for (const key of path) {
    if (!isPlainObject(value) || !stringifiedPlainly(value) || text.charCodeAt(at) !== OPEN_BRACE) return undefined;
    // Everything before the key is read too: only a text read in step from its first character is known to be in step.
    at = membersAt(text, at + 1, value, MAX_JSON_DEPTH, key);
    if (at === MISMATCH) return undefined;
    value = value[key];
  }
  const end = valueAt(text, at, value, MAX_JSON_DEPTH);
  return end === MISMATCH ? undefined : text.slice(at, end);
};
