/**
 * `POST /compressed/<gzip|br>/<bytes>/v1/chat/completions`: a made-up chat.completion of exactly
 * <bytes> bytes before compression, sent with `Content-Encoding: gzip` or `br`, for the e2e tests
 * of compressed bodies larger than a browser keeps for DevTools. Its content is noise (base64
 * letters from a fixed-seed generator) so that it hardly compresses: Firefox's
 * devtools.netmonitor.responseBodyLimit counts compressed bytes (seen on ESR 153: a 2 MiB
 * completion of repeated text compresses to 4 KB and arrives whole).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { once } from 'node:events';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { sendJsonError } from './json-error';

const COMPRESSED_PATH = /^\/compressed\/(gzip|br)\/(\d{1,9})\/v1\/chat\/completions$/;
export const MAX_COMPRESSED_BYTES = 16 * 1024 * 1024;
export const COMPRESSED_MODEL = 'demo-compressed';

export type CompressedBodyRequest = { readonly encoding: 'gzip' | 'br'; readonly bytes: number };

/** The encoding and size a `/compressed/…` path asks for, or null for any other path. */
export function compressedBodyRequest(url: string): CompressedBodyRequest | null {
  const match = COMPRESSED_PATH.exec(new URL(url, 'http://demo.invalid').pathname);
  const encoding = match?.[1];
  const bytes = Number(match?.[2]);
  if ((encoding !== 'gzip' && encoding !== 'br') || !Number.isSafeInteger(bytes)) return null;
  return { encoding, bytes };
}

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** `length` base64 letters from xorshift32 with a fixed seed: the same noise on every call. */
export function noise(length: number): string {
  let state = 0x2545f491;
  const letters = new Array<string>(length);
  for (let i = 0; i < length; i++) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    letters[i] = LETTERS[(state >>> 0) % 64] ?? 'A';
  }
  return letters.join('');
}

/** A conforming chat.completion of exactly `bytes` bytes whose content is noise; null when too small. */
export function noisyJsonBody(bytes: number): Buffer | null {
  const around = (content: string) =>
    JSON.stringify({
      id: 'chatcmpl-demo-compressed',
      object: 'chat.completion',
      created: 1_700_000_000,
      model: COMPRESSED_MODEL,
      choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }],
      usage: { prompt_tokens: 8, completion_tokens: 1, total_tokens: 9 },
    });
  const room = bytes - Buffer.byteLength(around(''));
  return room < 0 ? null : Buffer.from(around(noise(room)));
}

export const compress = (body: Buffer, encoding: 'gzip' | 'br'): Buffer =>
  encoding === 'gzip' ? gzipSync(body) : brotliCompressSync(body);

/** Answers a `/compressed/…` request; the request body is read and ignored. */
export async function handleCompressedBody(req: IncomingMessage, res: ServerResponse, request: CompressedBodyRequest): Promise<void> {
  req.resume();
  await once(req, 'end');
  const body = request.bytes > MAX_COMPRESSED_BYTES ? null : noisyJsonBody(request.bytes);
  if (body === null) {
    sendJsonError(res, 400, 'bad_size', `The demo server makes compressed completions of 300 to ${MAX_COMPRESSED_BYTES} bytes.`);
    return;
  }
  const sent = compress(body, request.encoding);
  res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': request.encoding, 'content-length': String(sent.length) });
  res.end(sent);
}
