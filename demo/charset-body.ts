/**
 * `POST /charset/<sse|json|ndjson|text>/<none|utf-8|windows-1252>/v1/chat/completions`: a made-up
 * answer whose text is non-ASCII, served with or without a charset, for the e2e tests of how a
 * browser decodes such bodies for DevTools (Chromium decodes a text/* body without charset as
 * windows-1252: see decode/utf8Reread.ts). The path ends like a real chat endpoint, so the panel
 * detects the call by its URL.
 * - sse: an OpenAI-style chat.completion.chunk stream (text/event-stream), the text in two events;
 * - json: a chat.completion (application/json);
 * - ndjson: the same chunks one per line (application/x-ndjson);
 * - text: the text alone (text/plain), as the AI SDK's text stream sends it.
 * `windows-1252` is for `text` only: WINDOWS_1252_TEXT in that encoding, declared so.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { once } from 'node:events';
import { sendJsonError } from './json-error';
import { sseText } from '../testing/chatBodies';

/** Cyrillic, CJK, a check mark, an emoji and "e" + COMBINING ACUTE ACCENT (U+0301). */
export const CHARSET_TEXT = 'Привет, мир! 日本 ✓ 👋 cafe\u0301';
export const CHARSET_MODEL = 'demo-charset';
/** Text windows-1252 can encode, with characters it places at 0x80-0x9F (– is 0x96, € 0x80). */
export const WINDOWS_1252_TEXT = 'café – naïve €5';
/** WINDOWS_1252_TEXT in windows-1252, byte by byte (WHATWG index-windows-1252). */
const WINDOWS_1252_BYTES = Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x96, 0x20, 0x6e, 0x61, 0xef, 0x76, 0x65, 0x20, 0x80, 0x35]);

const KINDS = { sse: 'text/event-stream', json: 'application/json', ndjson: 'application/x-ndjson', text: 'text/plain' } as const;
export type CharsetKind = keyof typeof KINDS;
export type DeclaredCharset = 'none' | 'utf-8' | 'windows-1252';
export type CharsetRequest = { readonly kind: CharsetKind; readonly charset: DeclaredCharset };

const CHARSET_PATH = /^\/charset\/(sse|json|ndjson|text)\/(none|utf-8|windows-1252)\/v1\/chat\/completions$/;

const isKind = (value: string | undefined): value is CharsetKind => value !== undefined && value in KINDS;
const isCharset = (value: string | undefined): value is DeclaredCharset =>
  value === 'none' || value === 'utf-8' || value === 'windows-1252';

/** The kind and charset a `/charset/…` path asks for, or null for any other path. */
export function charsetRequest(url: string): CharsetRequest | null {
  const match = CHARSET_PATH.exec(new URL(url, 'http://demo.invalid').pathname);
  const kind = match?.[1];
  const charset = match?.[2];
  return isKind(kind) && isCharset(charset) ? { kind, charset } : null;
}

const HEAD = { id: 'chatcmpl-demo-charset', created: 1_700_000_000, model: CHARSET_MODEL };
const HALF = CHARSET_TEXT.indexOf('日');

const chunk = (delta: Record<string, unknown>, finish: string | null): Record<string, unknown> => ({
  ...HEAD,
  object: 'chat.completion.chunk',
  choices: [{ index: 0, delta, finish_reason: finish }],
});

const chunks = (): Record<string, unknown>[] => [
  chunk({ role: 'assistant', content: '' }, null),
  chunk({ content: CHARSET_TEXT.slice(0, HALF) }, null),
  chunk({ content: CHARSET_TEXT.slice(HALF) }, null),
  chunk({}, 'stop'),
];

/** The body and Content-Type for a request; null for windows-1252 with a kind other than text. */
export function charsetResponse({ kind, charset }: CharsetRequest): { readonly contentType: string; readonly body: Buffer } | null {
  const contentType = charset === 'none' ? KINDS[kind] : `${KINDS[kind]}; charset=${charset}`;
  if (charset === 'windows-1252') return kind === 'text' ? { contentType, body: WINDOWS_1252_BYTES } : null;
  switch (kind) {
    case 'sse':
      return { contentType, body: Buffer.from(sseText([...chunks(), '[DONE]'])) };
    case 'json':
      return {
        contentType,
        body: Buffer.from(
          JSON.stringify({
            ...HEAD,
            object: 'chat.completion',
            choices: [{ index: 0, message: { role: 'assistant', content: CHARSET_TEXT }, finish_reason: 'stop' }],
            usage: { prompt_tokens: 5, completion_tokens: 9, total_tokens: 14 },
          }),
        ),
      };
    case 'ndjson':
      return {
        contentType,
        body: Buffer.from(
          chunks()
            .map((chunk) => `${JSON.stringify(chunk)}\n`)
            .join(''),
        ),
      };
    case 'text':
      return { contentType, body: Buffer.from(CHARSET_TEXT) };
  }
}

/** Answers a `/charset/…` request; the request body is read and ignored. */
export async function handleCharsetBody(req: IncomingMessage, res: ServerResponse, request: CharsetRequest): Promise<void> {
  req.resume();
  await once(req, 'end');
  const response = charsetResponse(request);
  if (response === null) {
    sendJsonError(res, 400, 'not_windows_1252', 'Only /charset/text/ serves a windows-1252 body.');
    return;
  }
  res.writeHead(200, { 'content-type': response.contentType, 'content-length': String(response.body.length), 'cache-control': 'no-store' });
  res.end(response.body);
}
