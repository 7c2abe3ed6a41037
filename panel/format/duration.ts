/**
 * Every duration the panel shows, in one format (the list's cells, the detail's badge, the timing
 * phases): `0.42 ms`, `7.5 ms`, `812 ms`, `33.05 s`, `2.5 min`; precise where a phase is a fraction
 * of a millisecond, short where it is not. The unit is chosen after rounding, so 999.6 ms reads
 * `1.00 s`, never `1000 ms`. `—` for no measurement (null, negative: HAR's -1, not finite).
 */
export function formatDuration(ms: number | null): string {
  if (ms === null || !Number.isFinite(ms) || ms < 0) return '—';
  if (ms === 0) return '0 ms';
  if (Number(ms.toFixed(2)) < 1) return `${ms.toFixed(2)} ms`;
  if (Number(ms.toFixed(1)) < 10) return `${ms.toFixed(1)} ms`;
  if (Math.round(ms) < 1000) return `${Math.round(ms)} ms`;
  const seconds = ms / 1000;
  if (Number(seconds.toFixed(2)) < 60) return `${seconds.toFixed(2)} s`;
  return `${(ms / 60_000).toFixed(1)} min`;
}
