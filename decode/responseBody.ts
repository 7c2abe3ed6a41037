import * as E from 'fp-ts/Either';
import { parseJson } from './parseJson';
import type { ParsedSse } from './sse';
import { looksLikeSse, parseSse } from './sse';

/**
 * A response body parsed once, by content: an event stream, JSON, other text (an HTML error
 * page), or nothing. Detection and decoding both work from this, so a 50 MB body is read once.
 */
export type ParsedBody =
  | { readonly kind: 'sse'; readonly sse: ParsedSse }
  | { readonly kind: 'json'; readonly value: unknown }
  | { readonly kind: 'text'; readonly text: string; readonly parseError: string }
  | { readonly kind: 'empty' }
  | { readonly kind: 'missing'; readonly reason: string };

const EVENT_STREAM = /text\/event-stream/i;

export const parseResponseBody = (body: string | null, mimeType = '', unavailableReason?: string): ParsedBody => {
  if (body === null) return { kind: 'missing', reason: unavailableReason ?? 'the browser gave no body' };
  if (body.trim() === '') return { kind: 'empty' };
  const start = body.trimStart();
  const jsonLike = start.startsWith('{') || start.startsWith('[');
  // Content decides over the declared type: servers label streams application/json and vice versa.
  if (looksLikeSse(body) || (!jsonLike && EVENT_STREAM.test(mimeType))) return { kind: 'sse', sse: parseSse(body) };
  // JSON.parse rejects a leading byte-order mark, which some servers send.
  const parsed = parseJson(body.charCodeAt(0) === 0xfeff ? body.slice(1) : body);
  if (E.isLeft(parsed)) return { kind: 'text', text: body, parseError: parsed.left };
  return { kind: 'json', value: parsed.right };
};
