import type { CapturedExchange, ExtraUrlPattern } from '../../decode/index';
import { isLlmByHead } from '../../decode/index';
import { compactCapture } from './compactCapture';
import { toLoggedEntry } from './loggedEntry';
import type { EntryDecoders } from './loggedEntry';
import type { ExchangeEntry } from './exchangeEntry';
import { createFifoQueue } from './fifoQueue';

/**
 * The captures the panel keeps so that changing the extra URL patterns can re-detect them: every
 * listed one (until the log's memory limits drop it: `forget`), and the POST requests that were not
 * LLM traffic (only a POST can match a URL pattern, see decode/formats/registry.ts), the most recent
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
    /**
     * Held with its bodies as bytes: the log's own entry, when it is listed, is that same compact
     * capture. A burst's entry is kept `asIs` (its bodies still strings) until `update` swaps in
     * the compact capture its entry made when decoded.
     */
    keep(received: CapturedExchange, listed: boolean, asIs = false): void {
      if (!listed && received.method.toUpperCase() !== 'POST') return;
      const exchange = asIs ? received : compactCapture(received);
      kept.set(exchange.id, exchange);
      if (listed) return;
      unlisted.push(exchange);
      if (unlisted.size > otherLimit) {
        const oldest = unlisted.shift();
        if (oldest !== undefined) kept.delete(oldest.id);
      }
    },
    /** The log's entry now holds this capture (its bodies as bytes): the same one is kept here. */
    update(exchange: CapturedExchange): void {
      if (kept.has(exchange.id)) kept.set(exchange.id, exchange);
    },
    /** A listed capture the log dropped: kept no longer, so no re-detection lists it again. */
    forget(id: string): void {
      kept.delete(id);
    },
    /**
     * The log as the new patterns list it. An entry a format claims by its head alone keeps its
     * decoding, unless a pattern naming a format matches it (that pattern then picks the format);
     * every other kept capture is decoded again.
     */
    redetect(current: readonly ExchangeEntry[], decode: EntryDecoders, patterns: readonly ExtraUrlPattern[]): ExchangeEntry[] {
      const byId = new Map(current.map((entry) => [entry.id, entry]));
      const entries: ExchangeEntry[] = [];
      unlisted = createFifoQueue<CapturedExchange>();
      for (const capture of kept.values()) {
        const existing = byId.get(capture.id);
        const entry =
          existing !== undefined && isLlmByHead(capture, []) && !namedPatternMatches(capture, patterns)
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

/**
 * Whether a pattern naming a format matches the capture, as decode/ matches user patterns (only a
 * POST, tested against the whole URL): decode/ then takes the pattern's format over the head's.
 */
function namedPatternMatches(capture: CapturedExchange, patterns: readonly ExtraUrlPattern[]): boolean {
  if (capture.method.toUpperCase() !== 'POST') return false;
  return patterns.some((pattern) => {
    if (pattern instanceof RegExp) return false;
    pattern.pattern.lastIndex = 0;
    return pattern.pattern.test(capture.url);
  });
}
