import type { HeaderEntry } from './exchange';
import { opensUtf8Sequence } from './utf8SequenceStart';
import { windows1252Bytes } from './windows1252';

/**
 * Chromium hands DevTools (getContent, and the HAR it saves) a `text/*` body whose Content-Type
 * names no charset decoded as windows-1252, so UTF-8 "Привет" arrives as "ÐŸÑ€Ð¸Ð²ÐµÑ‚" (measured on
 * Chromium 156 for text/event-stream, text/plain, text/x-ndjson, text/csv, text/markdown; the
 * application/* JSON and NDJSON types and any declared charset=utf-8 arrive right). The page read
 * those bytes as UTF-8: EventSource always decodes UTF-8 and fetch's text() and json() do too.
 *
 * The decision, all four needed to re-read a text as UTF-8:
 * 1. its media type must be UTF-8: text/event-stream (the HTML standard: always UTF-8), JSON
 *    (RFC 8259 §8.1: JSON exchanged between systems is UTF-8; application/json, text/json and
 *    every +json type), NDJSON and JSON Lines (UTF-8 by their specs), and text/plain, which the AI
 *    SDK's text stream sends and the page reads with fetch's text(), always UTF-8;
 * 2. the Content-Type names no charset: a body declared windows-1252 (or anything else) is left as
 *    the browser decoded it, and one declared UTF-8 was decoded right;
 * 3. every character is one windows-1252 decoding makes (WHATWG's mapping, windows1252.ts): text
 *    holding a Cyrillic letter or an emoji was decoded right already (Firefox decodes such bodies
 *    as UTF-8), and is left alone;
 * 4. the bytes behind it hold a non-ASCII byte and are valid UTF-8: "café" decoded right is the
 *    byte E9 alone, not UTF-8, and is left alone.
 * The one text this cannot tell apart: a body that really holds mojibake and nothing beyond
 * windows-1252 ("Ã©" sent as UTF-8 C3 83 C2 A9), decoded right (Firefox, or Chromium for an
 * application/* type), is shown re-read ("é").
 */

const UTF8_MEDIA_TYPES = new Set([
  'text/event-stream',
  'application/json',
  'text/json',
  'application/x-ndjson',
  'application/ndjson',
  'text/x-ndjson',
  'application/jsonl',
  'application/x-jsonlines',
  'application/json-seq',
  'text/plain',
]);

const mustBeUtf8 = (mediaType: string): boolean => UTF8_MEDIA_TYPES.has(mediaType) || /^application\/[^;]+\+json$/.test(mediaType);

/** `text/event-stream; charset=utf-8` as its media type (lower case) and whether it names a charset. */
function parseContentType(contentType: string): { readonly mediaType: string; readonly hasCharset: boolean } {
  const [mediaType = '', ...parameters] = contentType.split(';');
  return {
    mediaType: mediaType.trim().toLowerCase(),
    hasCharset: parameters.some((parameter) => /^\s*charset\s*=/i.test(parameter)),
  };
}

/**
 * The Content-Type as the server sent it: the response header, since Chromium's HAR mimeType drops
 * the parameters (`text/event-stream` for `text/event-stream; charset=utf-8`); else the mimeType.
 */
export function contentTypeOf(headers: readonly HeaderEntry[], mimeType: string): string {
  return headers.find((header) => header.name.toLowerCase() === 'content-type')?.value ?? mimeType;
}

/** A character beyond ASCII: only those come from bytes 0x80-0xFF. */
const NON_ASCII = /[\u0080-\uffff]/;
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** A body as the browser decoded it, re-read as UTF-8 when the rule above says the browser got it wrong. */
export function rereadAsUtf8(text: string, contentType: string): string {
  const { mediaType, hasCharset } = parseContentType(contentType);
  if (hasCharset || !mustBeUtf8(mediaType)) return text;
  const firstNonAscii = text.search(NON_ASCII);
  // Not valid UTF-8 from its first byte beyond ASCII: no need to map the whole body to bytes.
  if (firstNonAscii < 0 || !opensUtf8Sequence(text, firstNonAscii)) return text;
  const bytes = windows1252Bytes(text);
  if (bytes === null) return text;
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return text;
  }
}
