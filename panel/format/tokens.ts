import type { NormalizedUsage } from '../../decode/model';

/** A count the response did not report is never shown as 0. */
export function tokenCountText(count: number | null | undefined, notReported: string): string {
  return count === null || count === undefined ? notReported : count.toLocaleString('en-US');
}

export function totalTokens(usage: NormalizedUsage | null): number | null {
  return usage?.total_tokens ?? null;
}
