/** The gaps between a stream's events, in ms: what a reader of the stream waited between pieces. */
export type GapFigures = {
  readonly count: number;
  readonly medianMs: number;
  /** Nearest-rank 95th percentile: the smallest gap that at least 95% of the gaps do not exceed. */
  readonly p95Ms: number;
  /** The longest wait, the first one if several tie: its length, the event that ended it and that event's time. */
  readonly longest: { readonly ms: number; readonly eventIndex: number; readonly atMs: number };
};

/** One event on the stream's timeline: its index in the event list and its time in ms since the request started. */
export type TimedEvent = { readonly index: number; readonly atMs: number };

/**
 * The gaps between consecutive timed events (events in one chunk are 0 ms apart); null with
 * fewer than two events. Median of an even count: the mean of the two middle gaps.
 */
export function gapFigures(events: readonly TimedEvent[]): GapFigures | null {
  if (events.length < 2) return null;
  const gaps: number[] = [];
  let longest = { ms: Number.NEGATIVE_INFINITY, eventIndex: 0, atMs: 0 };
  for (let position = 1; position < events.length; position += 1) {
    const before = events[position - 1];
    const event = events[position];
    if (before === undefined || event === undefined) continue;
    const gap = event.atMs - before.atMs;
    gaps.push(gap);
    if (gap > longest.ms) longest = { ms: gap, eventIndex: event.index, atMs: event.atMs };
  }
  const sorted = [...gaps].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const medianMs = sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
  const p95Ms = sorted[Math.ceil(0.95 * sorted.length) - 1] ?? 0;
  return { count: gaps.length, medianMs, p95Ms, longest };
}
