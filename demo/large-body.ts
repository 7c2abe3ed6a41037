/**
 * `POST /large/<json|stream>/<bytes>/v1/chat/completions`: a made-up chat completion of exactly
 * <bytes> bytes, JSON or an SSE stream, for the e2e tests of bodies larger than a browser hands to
 * DevTools in full (Firefox: devtools.netmonitor.responseBodyLimit, 1 MiB by default). The path ends
 * like a real chat endpoint, so the panel detects the call by its URL. The text is non-ASCII
 * ("café ✓"), so a test also sees how the browser decodes what it kept.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { once } from 'node:events';
import { sendJsonError } from './json-error';
import { writePacedEvents } from './sse-pacing';
import { sseEvent } from '../testing/chatBodies';

const LARGE_PATH = /^\/large\/(json|stream)\/(\d{1,9})\/v1\/chat\/completions$/;
/** Large enough for every browser's limit, small enough for a loopback test. */
export const MAX_LARGE_BYTES = 64 * 1024 * 1024;
export const LARGE_MODEL = 'demo-large';
/** What each content piece says; 10 bytes in UTF-8 (é is 2, ✓ is 3). */
export const LARGE_TEXT = 'café ✓ ';

const PAUSE_MS = 2;
/** Content events per write: 55 × 1,179 = 64,845 bytes, about 64 KiB. */
const EVENTS_PER_WRITE = 55;

export type LargeBodyRequest = { readonly kind: 'json' | 'stream'; readonly bytes: number };

/** The size and kind a `/large/…` path asks for, or null for any other path. */
export function largeBodyRequest(url: string): LargeBodyRequest | null {
  const match = LARGE_PATH.exec(new URL(url, 'http://demo.invalid').pathname);
  const kind = match?.[1];
  const bytes = Number(match?.[2]);
  if ((kind !== 'json' && kind !== 'stream') || !Number.isSafeInteger(bytes)) return null;
  return { kind, bytes };
}

const HEAD = { id: 'chatcmpl-demo-large', created: 1_700_000_000, model: LARGE_MODEL };

/**
 * Text of exactly `bytes` UTF-8 bytes: LARGE_TEXT as often as it fits whole, then ASCII `x` for
 * the rest (so no character is ever split).
 */
function textOfBytes(bytes: number): string {
  const whole = Math.floor(bytes / Buffer.byteLength(LARGE_TEXT));
  return LARGE_TEXT.repeat(whole) + 'x'.repeat(bytes - whole * Buffer.byteLength(LARGE_TEXT));
}

/** A chat.completion of exactly `bytes` bytes, or null when a completion cannot be that small. */
export function largeJsonBody(bytes: number): Buffer | null {
  const around = (content: string) =>
    JSON.stringify({
      ...HEAD,
      object: 'chat.completion',
      choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }],
      usage: { prompt_tokens: 8, completion_tokens: 1, total_tokens: 9 },
    });
  const room = bytes - Buffer.byteLength(around(''));
  return room < 0 ? null : Buffer.from(around(textOfBytes(room)));
}

const chunk = (delta: Record<string, unknown>, finish: string | null): string =>
  sseEvent({ ...HEAD, object: 'chat.completion.chunk', choices: [{ index: 0, delta, finish_reason: finish }] });

/** One content event: LARGE_TEXT 100 times (1,000 bytes of content, 1,179 bytes in all). */
const PIECE = chunk({ content: LARGE_TEXT.repeat(100) }, null);

/**
 * A stream of exactly `bytes` bytes, event by event: a role event, content events of PIECE, one
 * shorter content event that makes up the size, a stop event and `[DONE]`. Null when too small.
 */
export function largeStreamEvents(bytes: number): Buffer[] | null {
  const first = chunk({ role: 'assistant', content: '' }, null);
  const last = [chunk({}, 'stop'), sseEvent('[DONE]')];
  const emptyPiece = Buffer.byteLength(chunk({ content: '' }, null));
  let room = bytes - Buffer.byteLength(first) - last.reduce((sum, event) => sum + Buffer.byteLength(event), 0);
  if (room < emptyPiece) return null;
  const events = [first];
  const pieceBytes = Buffer.byteLength(PIECE);
  while (room - pieceBytes >= emptyPiece) {
    events.push(PIECE);
    room -= pieceBytes;
  }
  events.push(chunk({ content: textOfBytes(room - emptyPiece) }, null), ...last);
  return events.map((event) => Buffer.from(event));
}

/**
 * The stream's bytes in the pieces the server writes: the first ends between the two bytes of the
 * first content event's "é", every other is EVENTS_PER_WRITE content events long, so every cut
 * between two writes splits an "é" in the same place. Firefox cuts a body where a piece crossed its
 * limit, and a real stream's pieces split characters anywhere: this makes the split certain.
 */
export function largeStreamWrites(events: readonly Buffer[]): Buffer[] {
  const body = Buffer.concat(events);
  const role = events[0]?.length ?? 0;
  const firstSplit = role + Buffer.from(PIECE).indexOf(Buffer.from('é')) + 1;
  const step = EVENTS_PER_WRITE * Buffer.byteLength(PIECE);
  const writes = [body.subarray(0, firstSplit)];
  for (let start = firstSplit; start < body.length; start += step) writes.push(body.subarray(start, start + step));
  return writes;
}

/** Answers a `/large/…` request; the request body is read and ignored. */
export async function handleLargeBody(req: IncomingMessage, res: ServerResponse, request: LargeBodyRequest): Promise<void> {
  req.resume();
  await once(req, 'end');
  if (request.bytes > MAX_LARGE_BYTES) {
    sendJsonError(res, 400, 'too_large', `The demo server makes large bodies of up to ${MAX_LARGE_BYTES} bytes.`);
    return;
  }
  if (request.kind === 'json') {
    const body = largeJsonBody(request.bytes);
    if (body === null) {
      sendJsonError(res, 400, 'too_small', `A chat completion cannot be as small as ${request.bytes} bytes.`);
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(body.length) });
    res.end(body);
    return;
  }
  const events = largeStreamEvents(request.bytes);
  if (events === null) {
    sendJsonError(res, 400, 'too_small', `A chat completion stream cannot be as small as ${request.bytes} bytes.`);
    return;
  }
  res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache' });
  // A pause between writes, as between a provider's chunks, so the browser reads them one by one.
  await writePacedEvents(res, largeStreamWrites(events), PAUSE_MS);
}
