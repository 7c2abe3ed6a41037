import * as t from 'io-ts';

/**
 * The "Memory" settings: how many exchanges, and how much body text, the panel keeps before it
 * drops the oldest. Whole numbers within a range, checked when typed and when read back from
 * storage (a hand-edited or older value outside it reads as the default).
 */
export const LogLimitSettings = t.type({ maxExchanges: t.number, maxBodyMegabytes: t.number });
export type LogLimitSettings = t.TypeOf<typeof LogLimitSettings>;

export type LimitRange = { readonly min: number; readonly max: number; readonly unit: string };

export const limitRanges: { readonly [K in keyof LogLimitSettings]: LimitRange } = {
  maxExchanges: { min: 1, max: 100_000, unit: 'requests' },
  /**
   * Up to 2,048 MB: a DevTools panel is one renderer, Chrome stops a renderer whose heap nears a
   * few GB, and the decoded form of a stream roughly doubles its text.
   */
  maxBodyMegabytes: { min: 1, max: 2_048, unit: 'MB' },
};

/**
 * 5,000 exchanges and 256 MB of body text: a long working session of chat calls (a busy agent
 * makes a few thousand an hour) with room for streams of several hundred kB each, well inside
 * what one DevTools renderer holds comfortably.
 */
export const defaultLogLimits: LogLimitSettings = { maxExchanges: 5_000, maxBodyMegabytes: 256 };

/** One MB of body text: a million bytes of UTF-8 (see store/exchangeLog.ts's bodyBytesOfEntry). */
export const BYTES_PER_MEGABYTE = 1_000_000;

export function isValidLimit(value: number, range: LimitRange): boolean {
  return Number.isInteger(value) && value >= range.min && value <= range.max;
}

/** Why a typed value is refused ("a whole number of MB from 1 to 2,048"), or null when it is fine. */
export function limitProblem(value: number, range: LimitRange): string | null {
  return isValidLimit(value, range) ? null : `a whole number of ${range.unit} from ${count(range.min)} to ${count(range.max)}`;
}

const counts = new Intl.NumberFormat('en-US');
const count = (value: number): string => counts.format(value);
