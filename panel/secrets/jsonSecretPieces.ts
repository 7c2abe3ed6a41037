import { isSecretBodyField } from './bodyFieldNames';
import { maskSecret } from './maskSecret';
import type { Piece } from './secretPieces';
import { textPiece } from './secretPieces';

/**
 * The string values of secret-named fields in a JSON text (`"api_key": "sk-…"` at any depth, and
 * each string of `"api_keys"`-like arrays under such a name), found by scanning the text rather than
 * by JSON.parse and JSON.stringify: a redacted body keeps its spacing, key order and integers beyond
 * 2^53 exactly as sent. Only object keys name secrets: a key quoted inside a string
 * (`messages[].content`) is one string token to the scanner and is never looked into. Tolerant of
 * cut or malformed JSON (a browser may hand over a truncated body): it never throws.
 */

type Frame = {
  readonly kind: 'object' | 'array';
  /** The key whose value comes next (objects). */
  key: string | null;
  expectingKey: boolean;
  /** For an array that is the value of a secret field: that field's name. */
  readonly secretName: string | null;
};

/** Index of the quote closing the string token that starts at `start` (a `"`), or -1 if the text is cut inside it. */
function closingQuote(text: string, start: number): number {
  let at = start + 1;
  for (;;) {
    const quote = text.indexOf('"', at);
    if (quote === -1) return -1;
    let backslashes = 0;
    while (text[quote - 1 - backslashes] === '\\') backslashes += 1;
    if (backslashes % 2 === 0) return quote;
    at = quote + 1;
  }
}

function decodedString(token: string): string | null {
  try {
    const value: unknown = JSON.parse(token);
    return typeof value === 'string' ? value : null;
  } catch {
    return null;
  }
}

/** The secret field a value at this place belongs to, if any. */
function secretNameAt(frame: Frame | undefined): string | null {
  if (frame === undefined) return null;
  if (frame.kind === 'array') return frame.secretName;
  return frame.key !== null && isSecretBodyField(frame.key) ? frame.key : null;
}

export function jsonSecretPieces(text: string): Piece[] {
  const pieces: Piece[] = [];
  const stack: Frame[] = [];
  let textStart = 0;
  let at = 0;
  while (at < text.length) {
    const char = text[at];
    const top = stack.at(-1);
    if (char === '"') {
      const quote = closingQuote(text, at);
      // A body cut inside a string (a truncated capture) still hides what it kept of a key.
      const raw = text.slice(at + 1, quote === -1 ? text.length : quote);
      if (top?.kind === 'object' && top.expectingKey) {
        top.key = decodedString(`"${raw}"`) ?? raw;
      } else {
        const name = secretNameAt(top);
        // Decoded only when it is a secret: a body's other strings (a base64 image) are skipped over.
        const value = name === null ? '' : (decodedString(`"${raw}"`) ?? raw);
        if (name !== null && value !== '') {
          pieces.push(textPiece(text.slice(textStart, at + 1)));
          pieces.push({ kind: 'secret', name, value, masked: maskSecret(value), encoding: 'json', raw });
          textStart = at + 1 + raw.length;
        }
      }
      at = quote === -1 ? text.length : quote + 1;
      continue;
    }
    if (char === '{') stack.push({ kind: 'object', key: null, expectingKey: true, secretName: null });
    else if (char === '[') stack.push({ kind: 'array', key: null, expectingKey: false, secretName: secretNameAt(top) });
    else if (char === '}' || char === ']') stack.pop();
    else if (char === ':' && top?.kind === 'object') top.expectingKey = false;
    else if (char === ',' && top?.kind === 'object') {
      top.expectingKey = true;
      top.key = null;
    }
    at += 1;
  }
  if (textStart < text.length || pieces.length === 0) pieces.push(textPiece(text.slice(textStart)));
  return pieces;
}
