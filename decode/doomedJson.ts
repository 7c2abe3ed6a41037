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

/** Where the text ends once JSON whitespace before `end` is dropped (a `\r` of a CRLF line end, trailing spaces). */
const lastNonSpaceBefore = (text: string, end: number, start: number): number => {
  let at = end;
  while (at > start && isJsonSpace(text.charCodeAt(at - 1))) at -= 1;
  return at - 1;
};

/** `}`, `]`: the end of an object or array. */
const closesContainer = (code: number): boolean => code === 0x7d || code === 0x5d;

/** `,`, `}`, `]`: all that may follow the end of an object or array inside one JSON text. */
const mayFollowClose = (code: number): boolean => code === 0x2c || code === 0x7d || code === 0x5d;

/**
 * A first line ending in `}` or `]` and followed by more than whitespace that is not `,`, `}` or
 * `]` makes the body no JSON text, with no parse at all: in a JSON text every line break lies
 * outside strings (a string cannot hold a raw line break), so that last character closes an object
 * or array, and after a close JSON allows only `,`, `}`, `]` or the end. An NDJSON stream's next
 * line starts with `{`. (The line was parsed here before: a stream's first line twice, a tenth of
 * a small Ollama stream's decode.) A pretty-printed body's first line is `{`, its next `"key"`.
 */
const isLineDelimited = (text: string, start: number): boolean => {
  const lineEnd = text.indexOf('\n', start);
  if (lineEnd === -1) return false;
  const next = firstNonSpace(text, lineEnd + 1);
  if (next === text.length || mayFollowClose(text.charCodeAt(next))) return false;
  return closesContainer(text.charCodeAt(lastNonSpaceBefore(text, lineEnd, start)));
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
