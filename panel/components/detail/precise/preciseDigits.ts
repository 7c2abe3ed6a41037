import type { PreciseNumber } from '../../../../decode/index';

/** What the panel says wherever it shows such a number (title and accessible description). */
export const BEYOND_SAFE_NOTE = 'exceeds 2^53; shown as sent';

/** A stream's paths start with the event: `events[7].usage.prompt_tokens`. */
const EVENT_PREFIX = /^events\[\d+\]\./;

/**
 * The digits as sent for a number a view shows from the decoded exchange (`created`,
 * `usage.prompt_tokens`), or null when it is an ordinary number. `path` is the field's place in a
 * JSON body; in a stream the same field of any event matches. Digits are only used when they are
 * what JavaScript holds as `value`, so a number from another event can never stand in; of several,
 * the last wins, as the reassembled completion takes a stream's last usage.
 */
export function preciseDigitsAt(
  numbers: readonly PreciseNumber[] | undefined,
  path: string,
  value: number | null | undefined,
): string | null {
  // A safe integer, a fraction, null: nothing was rounded (the common case, decided without a search).
  if (numbers === undefined || value === null || value === undefined || Number.isSafeInteger(value) || !Number.isInteger(value))
    return null;
  for (let at = numbers.length - 1; at >= 0; at -= 1) {
    const number = numbers[at];
    if (number === undefined) continue;
    const samePlace = number.path === path || number.path.replace(EVENT_PREFIX, '') === path;
    if (samePlace && Number(number.digits) === value) return number.digits;
  }
  return null;
}

const grouped = new Intl.NumberFormat('en-US');

/** "12,345,678,901,234,567,890": a count's thousands separators, on the exact digits (BigInt formats them exactly). */
export function groupedDigits(digits: string): string {
  return grouped.format(BigInt(digits));
}
