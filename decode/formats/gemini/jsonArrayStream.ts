/**
 * streamGenerateContent without `alt=sse` answers with ONE JSON array whose elements (response
 * objects) are sent as they are made: `[{…}\n,\r\n{…}\n]`. A whole array is ordinary JSON and
 * parsed as such; this reader is for the bodies JSON.parse refuses: an array cut short (the
 * connection dropped, the browser kept what came) or one followed by text (a bare error object).
 * It splits the text into the elements' texts without parsing them, in one pass: strings are
 * skipped whole and brackets counted, so it is linear and needs no recursion however deep a value.
 */
export interface JsonArrayStream {
  /** Each element's text, in order, as sent (whitespace around it left out). */
  readonly elements: string[];
  /** The array's closing `]` came. */
  readonly closed: boolean;
  /** Text after the closing `]`, trimmed; '' when none. */
  readonly trailing: string;
  /** The last element when the body stops inside it. */
  readonly cut: string | undefined;
}

const isSpace = (code: number): boolean => code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09 || code === 0xfeff;

const skipSpace = (text: string, from: number): number => {
  let at = from;
  while (at < text.length && isSpace(text.charCodeAt(at))) at += 1;
  return at;
};

/**
 * Where the string opening at `start` (a `"`) ends, just past its closing quote; -1 if it never
 * does. Jumps from quote to quote with indexOf (most of a response is inside strings); a quote
 * preceded by an odd number of backslashes is escaped.
 */
const stringEnd = (text: string, start: number): number => {
  let quote = text.indexOf('"', start + 1);
  while (quote !== -1) {
    let backslashes = 0;
    while (text.charCodeAt(quote - 1 - backslashes) === 0x5c) backslashes += 1;
    if (backslashes % 2 === 0) return quote + 1;
    quote = text.indexOf('"', quote + 1);
  }
  return -1;
};

/** Where the value starting at `start` ends (exclusive); -1 when the text stops inside it. */
const valueEnd = (text: string, start: number): number => {
  const first = text.charCodeAt(start);
  if (first === 0x22) return stringEnd(text, start);
  if (first !== 0x7b && first !== 0x5b) {
    // A number, true, false or null: up to the next delimiter (a stray `}` is one character).
    let at = start + 1;
    while (at < text.length) {
      const code = text.charCodeAt(at);
      if (code === 0x2c || code === 0x5d || code === 0x7d || isSpace(code)) return at;
      at += 1;
    }
    return -1;
  }
  return containerEnd(text, start);
};

/** The next place of `char` at or after `from`, -1 when none: `known` (an earlier answer) is kept while it is still ahead. */
const nextOf = (text: string, char: string, known: number, from: number): number =>
  known === -1 || known >= from ? known : text.indexOf(char, from);

/**
 * Where the object or array opening at `start` ends (exclusive); -1 when the text stops inside it.
 * Jumps with indexOf from one character that matters (a quote, a bracket) to the next, each
 * place kept until passed: an array stream is mostly keys, text and indentation, which a loop
 * over every character read one by one (half a JSON.parse of the body, Node 20).
 */
const containerEnd = (text: string, start: number): number => {
  let depth = 0;
  let at = start;
  let quote = -2;
  let openBrace = -2;
  let closeBrace = -2;
  let openBracket = -2;
  let closeBracket = -2;
  for (;;) {
    quote = nextOf(text, '"', quote, at);
    openBrace = nextOf(text, '{', openBrace, at);
    closeBrace = nextOf(text, '}', closeBrace, at);
    openBracket = nextOf(text, '[', openBracket, at);
    closeBracket = nextOf(text, ']', closeBracket, at);
    const next = nearest(nearest(nearest(quote, openBrace), nearest(closeBrace, openBracket)), closeBracket);
    if (next === -1) return -1;
    if (next === quote) {
      at = stringEnd(text, next);
      if (at === -1) return -1;
      continue;
    }
    if (next === openBrace || next === openBracket) depth += 1;
    else {
      depth -= 1;
      if (depth === 0) return next + 1;
    }
    at = next + 1;
  }
};

/** The nearer of two places, -1 meaning none. */
const nearest = (a: number, b: number): number => (a === -1 ? b : b === -1 ? a : Math.min(a, b));

/** Where the array's content starts, just past its `[`; -1 when the text is not an array. */
const arrayStart = (text: string): number => {
  const at = skipSpace(text, 0);
  return text.charCodeAt(at) === 0x5b ? at + 1 : -1;
};

/** The text of the array's first element, or undefined when there is none to read whole. */
export const firstArrayElement = (text: string): string | undefined => {
  const start = arrayStart(text);
  if (start === -1) return undefined;
  const at = skipSpace(text, start);
  if (at >= text.length || text.charCodeAt(at) === 0x5d) return undefined;
  const end = valueEnd(text, at);
  return end === -1 ? undefined : text.slice(at, end);
};

/** Splits a JSON-array stream's text into its elements; undefined when the text is no array at all. */
export const readJsonArrayStream = (text: string): JsonArrayStream | undefined => {
  const start = arrayStart(text);
  if (start === -1) return undefined;
  const elements: string[] = [];
  let at = start;
  for (;;) {
    at = skipSpace(text, at);
    if (at >= text.length) return { elements, closed: false, trailing: '', cut: undefined };
    const code = text.charCodeAt(at);
    if (code === 0x5d) return { elements, closed: true, trailing: text.slice(at + 1).trim(), cut: undefined };
    if (code === 0x2c) {
      at += 1;
      continue;
    }
    const end = valueEnd(text, at);
    if (end === -1) return { elements, closed: false, trailing: '', cut: text.slice(at) };
    elements.push(text.slice(at, end));
    at = end;
  }
};

/**
 * Where each event of a JSON-array stream ends: just past each element's text, as
 * readJsonArrayStream splits them (the same events whether JSON.parse took the whole array or
 * not); an element the body stops inside, or text after the closing `]`, ends with the body.
 */
export const jsonArrayElementEnds = (text: string): number[] => {
  const ends: number[] = [];
  const start = arrayStart(text);
  if (start === -1) return ends;
  let at = start;
  for (;;) {
    at = skipSpace(text, at);
    if (at >= text.length) return ends;
    const code = text.charCodeAt(at);
    if (code === 0x5d) {
      if (text.slice(at + 1).trim() !== '') ends.push(text.length);
      return ends;
    }
    if (code === 0x2c) {
      at += 1;
      continue;
    }
    const end = valueEnd(text, at);
    if (end === -1) {
      ends.push(text.length);
      return ends;
    }
    ends.push(end);
    at = end;
  }
};
