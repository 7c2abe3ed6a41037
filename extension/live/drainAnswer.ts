import { isRight } from 'fp-ts/Either';
import { TapDrain } from './tapDrain';

/** Larger answers are not parsed: the page decides what the drain returns and could send anything. */
export const MAX_DRAIN_CHARS = 8 * 1024 * 1024;

/**
 * One drain's answer, judged: the tap's data, "no tap installed" (null: the page navigated, or the
 * tap was never installed), or rejected with why. The answer is what the page could forge: it is
 * only ever parsed as JSON and decoded with the TapDrain codec, never evaluated.
 */
export type DrainVerdict =
  { readonly kind: 'drain'; readonly drain: TapDrain } | { readonly kind: 'none' } | { readonly kind: 'rejected'; readonly reason: string };

export function judgeDrainAnswer(result: unknown): DrainVerdict {
  if (result === null || result === undefined) return { kind: 'none' };
  if (typeof result !== 'string') return { kind: 'rejected', reason: `the drain answered a ${typeof result}, not a JSON string` };
  if (result.length > MAX_DRAIN_CHARS)
    return { kind: 'rejected', reason: `the drain answered ${result.length} characters, over the limit` };
  let parsed: unknown;
  try {
    parsed = JSON.parse(result);
  } catch {
    return { kind: 'rejected', reason: 'the drain answered text that is not JSON' };
  }
  if (parsed === null) return { kind: 'none' };
  const decoded = TapDrain.decode(parsed);
  return isRight(decoded)
    ? { kind: 'drain', drain: decoded.right }
    : { kind: 'rejected', reason: 'the drain answered JSON that is not a tap drain' };
}
