const units: ReadonlyArray<{ readonly seconds: number; readonly one: string; readonly many: string }> = [
  { seconds: 365 * 24 * 3600, one: 'year', many: 'years' },
  { seconds: 30 * 24 * 3600, one: 'month', many: 'months' },
  { seconds: 24 * 3600, one: 'day', many: 'days' },
  { seconds: 3600, one: 'h', many: 'h' },
  { seconds: 60, one: 'min', many: 'min' },
];

/**
 * How long ago a Unix-seconds time was, as DevTools-dense English ("3 min ago", "2 h ago",
 * "5 days ago"); "in 4 min" for a time ahead of the clock (a provider's clock can be). Written
 * out rather than Intl.RelativeTimeFormat, whose wording changes with the browser's locale.
 */
export function relativeTimeText(unixSeconds: number, nowMs: number): string {
  const difference = Math.round(nowMs / 1000 - unixSeconds);
  const size = Math.abs(difference);
  if (size < 60) return size < 5 ? 'just now' : difference > 0 ? `${String(size)} s ago` : `in ${String(size)} s`;
  const unit = units.find((candidate) => size >= candidate.seconds) ?? { seconds: 60, one: 'min', many: 'min' };
  const count = Math.floor(size / unit.seconds);
  const amount = `${String(count)} ${count === 1 ? unit.one : unit.many}`;
  return difference > 0 ? `${amount} ago` : `in ${amount}`;
}
