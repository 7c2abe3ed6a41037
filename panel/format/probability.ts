/**
 * A log probability as the probability a user reads: exp(logprob) in percent with two decimals,
 * "<0.01%" below that (a logprob of -20 is not "0.00%": the token was possible).
 */
export function probabilityText(logprob: number): string {
  const percent = Math.exp(logprob) * 100;
  if (!Number.isFinite(percent)) return '—';
  if (percent > 0 && percent < 0.01) return '<0.01%';
  return `${percent.toFixed(2)}%`;
}
