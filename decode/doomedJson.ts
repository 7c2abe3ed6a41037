/**
 * Whether a whole body certainly is not one JSON text, told without JSON.parse failing on it. A
 * failing JSON.parse costs more than parsing a few kilobytes (V8 builds a SyntaxError with its
 * message and stack: about 5 µs, measured on Node 20 against 4 µs for parsing all five lines of
 * a small Ollama stream), and the bodies that fail it are ordinary traffic: an NDJSON stream
 * (Ollama) or an AI SDK data stream (`0:"text"`). Only certainties answer true: a body this says
 * nothing about is parsed as before.
 */

/** JSON's own whitespace (RFC 8259: space, tab, LF, CR), not JavaScript's wider `\s`. */
const isJsonSpace = (code: number): boolean => code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;

/** The only JSON texts that do not start with `{`, `[` or `"`: one number or literal, alone. */
const LONE_SCALAR = /^[ \t\n\r]*(?:-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?|true|false|null)[ \t\n\r]*$/;

const firstNonSpace = (text: string, from: number): number => {
  let at = from;
  while (at < text.length && isJsonSpace(text.charCodeAt(at))) at += 1;
  return at;
};

/** The line without JSON whitespace at its end (a `\r` of a CRLF line end, trailing spaces). */
const trimEndJsonSpace = (line: string): string => {
  let end = line.length;
  while (end > 0 && isJsonSpace(line.charCodeAt(end - 1))) end -= 1;
  return line.slice(0, end);
};

const parses = (text: string): boolean => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

/**
 * A first line that is a whole JSON value, with more than whitespace after it, makes the body no
 * JSON text: the value ends where it ended on its own line (a string cannot hold a raw line break,
 * and the line break ends a number), and JSON allows only whitespace after the value. The line is
 * parsed only when it looks whole (`{…}` or `[…]`): a pretty-printed body's first line is `{`.
 */
const isLineDelimited = (text: string, start: number): boolean => {
  const lineEnd = text.indexOf('\n', start);
  if (lineEnd === -1 || firstNonSpace(text, lineEnd + 1) === text.length) return false;
  const line = trimEndJsonSpace(text.slice(start, lineEnd));
  const last = line.charCodeAt(line.length - 1);
  const closes = line.startsWith('{') ? last === 0x7d : line.startsWith('[') && last === 0x5d;
  return closes && parses(line);
};

/** True only when JSON.parse(text) would certainly throw a SyntaxError. `text` has no byte-order mark. */
export const cannotBeOneJsonValue = (text: string): boolean => {
  const start = firstNonSpace(text, 0);
  const first = text.charCodeAt(start);
  // `{`, `[`: an object or array, unless the body is one per line.
  if (first === 0x7b || first === 0x5b) return isLineDelimited(text, start);
  // `"`: a string (rare as a whole body): left to JSON.parse.
  if (first === 0x22) return false;
  return !LONE_SCALAR.test(text);
};
