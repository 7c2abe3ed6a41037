/** Row time as DevTools shows it: local wall clock with milliseconds, e.g. 14:03:07.250. */
export function formatClockTime(epochMs: number): string {
  const at = new Date(epochMs);
  if (Number.isNaN(at.getTime())) return '—';
  return `${pad(at.getHours())}:${pad(at.getMinutes())}:${pad(at.getSeconds())}.${pad(at.getMilliseconds(), 3)}`;
}

/**
 * `created` is Unix seconds. Shown as a local date-time in a fixed, sortable shape
 * (2024-09-26 10:22:22) rather than toLocaleString, whose shape changes with the browser's locale.
 */
export function formatUnixSeconds(seconds: number): string {
  const at = new Date(seconds * 1000);
  if (Number.isNaN(at.getTime())) return 'invalid date';
  const date = `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
  return `${date} ${pad(at.getHours())}:${pad(at.getMinutes())}:${pad(at.getSeconds())}`;
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}
