import * as E from 'fp-ts/Either';
import { indexPath, isAtOrBelow, keyPath } from './issuePath';
import type { ContractIssue, PreciseNumber } from './model';
import { parseJsonValue } from './parseJson';

/**
 * Integers beyond 2^53 in JSON text, found with the digits the server sent. JSON.parse turns
 * them into the nearest double (Together's `seed` 5844196810245229000, an id or a token count
 * from a buggy server), so the parsed value can no longer say what came.
 *
 * Why a scan of the text: `JSON.parse` with a reviver's `context.source` gives the source text
 * of each number, but only from Chrome 114 and Node 21; the CLI runs on Node 20. A full second
 * parser would cost a second parse of every body. Instead callers first ask the parsed value
 * (parseJson's `mayHoldPreciseNumbers`: is any number beyond ±(2^53 - 1)?), which almost every
 * body answers no at the cost of a walk it needs anyway for its depth. Only then does a regular
 * expression look for the only thing that can be such a literal (16 or more digits right after
 * `:`, `,` or `[`) and, when there is one, a small tokenizer walk the (already validated) text
 * once, skipping strings with indexOf, keeping a stack of keys and indexes so each literal gets
 * the path an issue would give it.
 */

/** A candidate: a number literal of at least 16 digits where JSON allows a value to start. */
const CANDIDATE = /[[:,]\s*-?\d{16}/;
const NUMBER_LITERAL = /-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const INTEGER_LITERAL = /^-?\d+$/;
const MAX_SAFE_DIGITS = String(Number.MAX_SAFE_INTEGER);

const BACKSLASH = 0x5c;

interface Frame {
  readonly isArray: boolean;
  key: string;
  index: number;
}

const isBeyondSafe = (literal: string): boolean => {
  if (!INTEGER_LITERAL.test(literal)) return false;
  const digits = literal.startsWith('-') ? literal.slice(1) : literal;
  // Same length strings of digits compare like the numbers they write (JSON has no leading zeros).
  return digits.length > MAX_SAFE_DIGITS.length || (digits.length === MAX_SAFE_DIGITS.length && digits > MAX_SAFE_DIGITS);
};

/** The index of the quote that closes the string opening at `start`. */
const stringEnd = (text: string, start: number): number => {
  let from = start + 1;
  for (;;) {
    const quote = text.indexOf('"', from);
    if (quote === -1) return text.length - 1;
    let backslashes = 0;
    while (text.charCodeAt(quote - 1 - backslashes) === BACKSLASH) backslashes += 1;
    if (backslashes % 2 === 0) return quote;
    from = quote + 1;
  }
};

/** A key's text; JSON.parse only when it holds escapes ("\u005f_proto__" is `__proto__`). */
const keyText = (literal: string): string => {
  if (!literal.includes('\\')) return literal.slice(1, -1);
  const parsed = parseJsonValue(literal);
  return E.isRight(parsed) && typeof parsed.right === 'string' ? parsed.right : literal;
};

/** `choices[0].seed`: the path findExtensions and the issue list use for the same place. */
const pathOf = (stack: readonly Frame[]): string => {
  let path = '';
  for (const frame of stack) path = frame.isArray ? indexPath(path, frame.index) : keyPath(path, frame.key);
  return path;
};

/**
 * The integers beyond 2^53 in `text`, which must be valid JSON (call it after parseJson
 * succeeded, and only when it says `mayHoldPreciseNumbers`). Linear in the text.
 */
export const findPreciseNumbers = (text: string): PreciseNumber[] => {
  if (!CANDIDATE.test(text)) return [];
  const found: PreciseNumber[] = [];
  const stack: Frame[] = [];
  let expectKey = false;
  let at = 0;
  while (at < text.length) {
    const char = text[at];
    const top = stack[stack.length - 1];
    if (char === '"') {
      const end = stringEnd(text, at);
      if (expectKey && top !== undefined) top.key = keyText(text.slice(at, end + 1));
      expectKey = false;
      at = end + 1;
    } else if (char === '{' || char === '[') {
      stack.push({ isArray: char === '[', key: '', index: 0 });
      expectKey = char === '{';
      at += 1;
    } else if (char === '}' || char === ']') {
      stack.pop();
      expectKey = false;
      at += 1;
    } else if (char === ',') {
      if (top?.isArray === true) top.index += 1;
      else expectKey = true;
      at += 1;
    } else if (char === '-' || (char !== undefined && char >= '0' && char <= '9')) {
      NUMBER_LITERAL.lastIndex = at;
      const literal = NUMBER_LITERAL.exec(text)?.[0] ?? char;
      if (isBeyondSafe(literal)) found.push({ path: pathOf(stack), digits: literal });
      at += literal.length;
    } else {
      at += 1;
    }
  }
  return found;
};

/** The exact value of the double JavaScript reads in place of the literal. */
const heldValue = (digits: string): string => {
  const read = Number(digits);
  return Number.isFinite(read) ? BigInt(read).toString() : String(read);
};

/** The warning for one such integer: what JavaScript holds in its place, and the digits as sent. */
export const preciseNumberIssue = (found: PreciseNumber): ContractIssue => {
  const held = heldValue(found.digits);
  const what = held === found.digits ? 'holds it, but cannot tell it from its neighbours' : `holds ${held} instead`;
  return {
    severity: 'warning',
    path: found.path,
    message: `integer beyond 2^53: JavaScript ${what}; the digits as sent are kept in preciseNumbers`,
    expected: `an integer of at most ${MAX_SAFE_DIGITS} in magnitude`,
    actual: `integer ${found.digits}`,
  };
};

/** The numbers at or below an extension's path, for showing its value with the digits as sent. */
export const preciseNumbersUnder = (path: string, numbers: readonly PreciseNumber[]): PreciseNumber[] =>
  numbers.filter((number) => isAtOrBelow(number.path, path));
