import type { NormalizedUsage } from '../../decode/index';

/** One formatter for every count: `toLocaleString` builds a new one per call, measurably slow across list rows. */
const counts = new Intl.NumberFormat('en-US');

/** A count the response did not report is never shown as 0. */
export function tokenCountText(count: number | null | undefined, notReported: string): string {
  return count === null || count === undefined ? notReported : counts.format(count);
}

export function totalTokens(usage: NormalizedUsage | null): number | null {
  return usage?.total_tokens ?? null;
}
