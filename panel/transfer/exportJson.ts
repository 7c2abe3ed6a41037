import type { ExchangeEntry } from '../store/exchangeEntry';
import { redactDecoded, redactExchange } from '../secrets/redactExchange';
import type { RedactOptions } from '../secrets/redactExchange';

/**
 * The JSON export: each shown exchange as captured (the input decode/ read, so it can be decoded
 * again by another version) and as decoded (what the panel showed). An exchange decode/ failed on
 * has `decoded: null` and says why in `decodeFailure`.
 */
export function exportJson(entries: readonly ExchangeEntry[], options: RedactOptions, now: Date): string {
  const exchanges = entries.map((entry) => {
    const captured = redactExchange(entry.captured, options);
    return entry.outcome.ok
      ? { captured, decoded: redactDecoded(entry.outcome.decoded, options) }
      : { captured, decoded: null, decodeFailure: entry.outcome.failure };
  });
  return JSON.stringify(
    {
      exportedBy: 'LLM Network Inspector',
      exportedAt: now.toISOString(),
      secretsIncluded: options.includeSecrets,
      exchanges,
    },
    null,
    2,
  );
}
