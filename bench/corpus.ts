import type { CapturedExchange } from '../decode/index';
import type { RecordedBody } from '../demo/fixtures';

/** The recorded bodies (demo/fixtures.ts `recordedBodies`) as the decoder and the CLI receive them. */

export const CHAT_URL = 'https://api.openai.com/v1/chat/completions';

export type BodyKind = RecordedBody['kind'];

export const byteLength = (text: string): number => Buffer.byteLength(text, 'utf8');

/** A body as the panel receives it from the capture layer: a POST to a chat-completions URL. */
export const capturedExchange = (body: Pick<RecordedBody, 'text' | 'mimeType' | 'status'>, id: string): CapturedExchange => ({
  id,
  url: CHAT_URL,
  method: 'POST',
  status: body.status,
  startedAt: 0,
  durationMs: null,
  requestHeaders: [{ name: 'content-type', value: 'application/json' }],
  requestBody: null,
  responseHeaders: [{ name: 'content-type', value: body.mimeType }],
  mimeType: body.mimeType,
  body: body.text,
  timings: {},
});

/**
 * The bodies repeated until they add up to at least minBytes. Each repetition is a fresh string
 * (a copy through a Buffer), as each captured response is in the panel: one string reused 600
 * times would let the engine keep what it learned about it (its flattened form, its hash).
 */
export const repeatToBytes = (bodies: readonly RecordedBody[], minBytes: number): { bodies: RecordedBody[]; repetitions: number; bytes: number } => {
  const once = bodies.reduce((total, body) => total + byteLength(body.text), 0);
  if (once === 0) return { bodies: [], repetitions: 0, bytes: 0 };
  const repetitions = Math.max(1, Math.ceil(minBytes / once));
  const repeated: RecordedBody[] = [];
  for (let copy = 0; copy < repetitions; copy += 1) {
    for (const body of bodies) repeated.push({ ...body, text: Buffer.from(body.text, 'utf8').toString('utf8') });
  }
  return { bodies: repeated, repetitions, bytes: once * repetitions };
};
