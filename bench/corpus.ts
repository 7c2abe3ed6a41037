import type { RecordedBody } from '../demo/fixtures';

/** The recorded bodies (demo/fixtures.ts `recordedBodies`) sized for the benchmarks; testing/exchanges.ts `recordedExchange` wraps one as the capture layer hands it over. */

export type BodyKind = RecordedBody['kind'];

export const byteLength = (text: string): number => Buffer.byteLength(text, 'utf8');

/**
 * The bodies repeated until they add up to at least minBytes. Each repetition is a fresh string
 * (a copy through a Buffer), as each captured response is in the panel: one string reused 600
 * times would let the engine keep what it learned about it (its flattened form, its hash).
 */
export const repeatToBytes = (
  bodies: readonly RecordedBody[],
  minBytes: number,
): { bodies: RecordedBody[]; repetitions: number; bytes: number } => {
  const once = bodies.reduce((total, body) => total + byteLength(body.text), 0);
  if (once === 0) return { bodies: [], repetitions: 0, bytes: 0 };
  const repetitions = Math.max(1, Math.ceil(minBytes / once));
  const repeated: RecordedBody[] = [];
  for (let copy = 0; copy < repetitions; copy += 1) {
    for (const body of bodies) repeated.push({ ...body, text: Buffer.from(body.text, 'utf8').toString('utf8') });
  }
  return { bodies: repeated, repetitions, bytes: once * repetitions };
};
