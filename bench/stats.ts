import type { Spread } from './results';

/** The middle value (mean of the two middle ones for an even count); NaN for no values. */
export const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle];
  if (upper === undefined) return Number.NaN;
  if (sorted.length % 2 === 1) return upper;
  const lower = sorted[middle - 1] ?? upper;
  return (lower + upper) / 2;
};

export const spreadOf = (values: readonly number[]): Spread => ({
  min: values.length === 0 ? Number.NaN : Math.min(...values),
  max: values.length === 0 ? Number.NaN : Math.max(...values),
  runs: values.length,
});

/**
 * Ratio of two medians, with the spread of the per-round ratios: each round times both sides back to
 * back, so a round's ratio shares that moment's machine load and the spread says how stable it is.
 */
export const ratioOf = (numerator: readonly number[], denominator: readonly number[]): { value: number; spread: Spread } => {
  const perRound = numerator.flatMap((top, round) => {
    const bottom = denominator[round];
    return bottom === undefined || bottom === 0 ? [] : [top / bottom];
  });
  return { value: median(numerator) / median(denominator), spread: spreadOf(perRound) };
};

export const MiB = 1024 * 1024;

/** Bytes per millisecond as MiB per second. */
export const mibPerSecond = (bytes: number, ms: number): number => bytes / MiB / (ms / 1000);
