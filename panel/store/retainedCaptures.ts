import type { CapturedExchange } from '../../decode/index';
import { isChatCompletionUrl } from '../../decode/index';
import { toLoggedEntry } from './loggedEntry';
import type { EntryDecoders } from './loggedEntry';
import type { ExchangeEntry } from './exchangeEntry';
import { createFifoQueue } from './fifoQueue';

/**
 * The captures the panel keeps so that changing the extra URL patterns can re-detect them: every
 * listed one (until the log's memory limits drop it: `forget`), and the POST requests that were not
 * chat traffic (only a POST can match a URL pattern, see decode/detect.ts), the most recent
 * `otherLimit` of them, so a busy page cannot exhaust memory. Also the set of ids seen, since the
 * source replays its buffer to each new subscription. Every operation but `redetect` is O(1)
 * amortized: a Map in arrival order (deleting by key leaves no search) and a FIFO of the unlisted.
 */
export function createRetainedCaptures(otherLimit = 2_000) {
  const kept = new Map<string, CapturedExchange>();
  const seen = new Set<string>();
  /** The unlisted captures, oldest first, for dropping beyond otherLimit. */
  let unlisted = createFifoQueue<CapturedExchange>();

  return {
    /** False when this id was already seen (a replay). */
    claim(exchange: CapturedExchange): boolean {
      if (seen.has(exchange.id)) return false;
      seen.add(exchange.id);
      return true;
    },
    keep(exchange: CapturedExchange, listed: boolean): void {
      if (!listed && exchange.method.toUpperCase() !== 'POST') return;
      kept.set(exchange.id, exchange);
      if (listed) return;
      unlisted.push(exchange);
      if (unlisted.size > otherLimit) {
        const oldest = unlisted.shift();
        if (oldest !== undefined) kept.delete(oldest.id);
      }
    },
    /** A listed capture the log dropped: kept no longer, so no re-detection lists it again. */
    forget(id: string): void {
      kept.delete(id);
    },
    /**
     * The log as the new patterns list it. An entry still listed by URL keeps its decoding (decode
     * output does not depend on the patterns); every other kept capture is decoded again.
     */
    redetect(current: readonly ExchangeEntry[], decode: EntryDecoders, patterns: readonly RegExp[]): ExchangeEntry[] {
      const byId = new Map(current.map((entry) => [entry.id, entry]));
      const entries: ExchangeEntry[] = [];
      unlisted = createFifoQueue<CapturedExchange>();
      for (const capture of kept.values()) {
        const existing = byId.get(capture.id);
        const entry =
          existing !== undefined && isChatCompletionUrl(capture.url, capture.method, patterns)
            ? existing
            : toLoggedEntry(capture, decode, entries.length);
        if (entry === null) unlisted.push(capture);
        else entries.push(entry);
      }
      return entries;
    },
    /** Forgets the captures but not the ids: a cleared request replayed by a reconnect stays cleared. */
    clear(): void {
      kept.clear();
      unlisted.clear();
    },
  };
}
