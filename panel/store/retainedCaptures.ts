import type { CapturedExchange } from '../../decode/exchange';
import { isChatCompletionUrl } from '../../decode/detect';
import { toExchangeEntry } from './exchangeEntry';
import type { DecodeChatExchange, ExchangeEntry } from './exchangeEntry';

/**
 * The captures the panel keeps so that changing the extra URL patterns can re-detect them: every
 * listed one, and the POST requests that were not chat traffic (only a POST can match a URL pattern,
 * see decode/detect.ts), the most recent `otherLimit` of them, so a busy page cannot exhaust memory.
 * Also the set of ids seen, since the source replays its buffer to each new subscription.
 */
export function createRetainedCaptures(otherLimit = 2_000) {
  let kept: CapturedExchange[] = [];
  const seen = new Set<string>();
  const unlisted = new Set<string>();

  return {
    /** False when this id was already seen (a replay). */
    claim(exchange: CapturedExchange): boolean {
      if (seen.has(exchange.id)) return false;
      seen.add(exchange.id);
      return true;
    },
    keep(exchange: CapturedExchange, listed: boolean): void {
      if (!listed && exchange.method.toUpperCase() !== 'POST') return;
      kept.push(exchange);
      if (listed) return;
      unlisted.add(exchange.id);
      if (unlisted.size > otherLimit) {
        const oldest = kept.findIndex((capture) => unlisted.has(capture.id));
        const [dropped] = kept.splice(oldest, 1);
        if (dropped !== undefined) unlisted.delete(dropped.id);
      }
    },
    /**
     * The log as the new patterns list it. An entry still listed by URL keeps its decoding (decode
     * output does not depend on the patterns); every other kept capture is decoded again.
     */
    redetect(current: readonly ExchangeEntry[], decode: DecodeChatExchange, patterns: readonly RegExp[]): ExchangeEntry[] {
      const byId = new Map(current.map((entry) => [entry.id, entry]));
      const entries: ExchangeEntry[] = [];
      unlisted.clear();
      for (const capture of kept) {
        const existing = byId.get(capture.id);
        const entry = existing !== undefined && isChatCompletionUrl(capture.url, capture.method, patterns) ? existing : toExchangeEntry(capture, decode);
        if (entry === null) unlisted.add(capture.id);
        else entries.push(entry);
      }
      return entries;
    },
    /** Forgets the captures but not the ids: a cleared request replayed by a reconnect stays cleared. */
    clear(): void {
      kept = [];
      unlisted.clear();
    },
  };
}
