import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CapturedExchange } from '../decode/index';

/** The recorded real bodies, read in place (never copied into the project). */
export const FIXTURE_DIR = fileURLToPath(new URL('../../shared/fixtures/responses/', import.meta.url));

export const CHAT_URL = 'https://api.openai.com/v1/chat/completions';

export type BodyKind = 'json' | 'sse';

export interface FixtureBody {
  readonly name: string;
  readonly kind: BodyKind;
  readonly mimeType: string;
  /**
 * The HTTP status the body came with: the recorded error bodies say theirs in the name
 * (`groq-error-404-1.json`, `azure-error-content-filter-400-1.json`); a stream that reports an
 * error mid-way (`groq-stream-error-1.sse`) came with 200.
 */
  readonly status: number;
  readonly text: string;
}

const ERROR_STATUS = /-error-(?:[a-z-]+-)?(\d{3})-\d+\.json$/;

export const statusOf = (name: string): number => Number(ERROR_STATUS.exec(name)?.[1] ?? 200);

export const loadCorpus = (): FixtureBody[] =>
  readdirSync(FIXTURE_DIR)
    .filter((name) => name.endsWith('.json') || name.endsWith('.sse'))
    .sort()
    .map((name) => {
      const kind: BodyKind = name.endsWith('.sse') ? 'sse' : 'json';
      return {
        name,
        kind,
        mimeType: kind === 'sse' ? 'text/event-stream' : 'application/json',
        status: statusOf(name),
        text: readFileSync(`${FIXTURE_DIR}${name}`, 'utf8'),
      };
    });

export const byteLength = (text: string): number => Buffer.byteLength(text, 'utf8');

/** A body as the panel receives it from the capture layer: a POST to a chat-completions URL. */
export const capturedExchange = (body: Pick<FixtureBody, 'text' | 'mimeType' | 'status'>, id: string): CapturedExchange => ({
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
export const repeatToBytes = (bodies: readonly FixtureBody[], minBytes: number): { bodies: FixtureBody[]; repetitions: number; bytes: number } => {
  const once = bodies.reduce((total, body) => total + byteLength(body.text), 0);
  if (once === 0) return { bodies: [], repetitions: 0, bytes: 0 };
  const repetitions = Math.max(1, Math.ceil(minBytes / once));
  const repeated: FixtureBody[] = [];
  for (let copy = 0; copy < repetitions; copy += 1) {
    for (const body of bodies) repeated.push({ ...body, text: Buffer.from(body.text, 'utf8').toString('utf8') });
  }
  return { bodies: repeated, repetitions, bytes: once * repetitions };
};
