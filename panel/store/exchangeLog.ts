import { bodyBytesOf } from './compactCapture';
import type { ExchangeEntry } from './exchangeEntry';
import { createFifoQueue } from './fifoQueue';

/** How much the log keeps: the settings' "Memory" limits, already validated. */
export type LogLimits = {
  readonly maxExchanges: number;
  /** UTF-8 bytes of request and response body text (see bodyBytesOfEntry). */
  readonly maxBodyBytes: number;
};

/**
 * What one exchange counts against the body bound: its response body and its request body, in
 * UTF-8 bytes. The log holds them as those bytes (compactCapture.ts), so the count is what the
 * page holds, known without reading the text back.
 */
export function bodyBytesOfEntry(entry: ExchangeEntry): number {
  return bodyBytesOf(entry.captured);
}

/**
 * The panel's listed exchanges, oldest first, within a count and a body-text bound: beyond either
 * the oldest go, in O(1) amortized per exchange (a FIFO queue, an id index and a running sum; no
 * array is copied per add, so a HAR import of 20,000 entries or a long session stays linear). The
 * newest exchange is always kept, even when its bodies alone exceed the bound: the request the
 * user just made is the one they want to see. Not reactive by itself; the store wraps it.
 */
export function createExchangeLog() {
  const queue = createFifoQueue<ExchangeEntry>();
  const byId = new Map<string, ExchangeEntry>();
  let bodyBytes = 0;
  /** Arrival number of the oldest kept entry, so the others keep theirs when it is dropped. */
  let firstArrival = 0;
  /** Counts clears and replacements: arrival numbers start again, so a reader must not carry rows over. */
  let generation = 0;
  /** Counts entries replaced in place (live exchanges updated): the list then looks for rows to derive again. */
  let replacements = 0;

  const append = (entry: ExchangeEntry): void => {
    queue.push(entry);
    byId.set(entry.id, entry);
    bodyBytes += bodyBytesOfEntry(entry);
  };

  const enforce = (limits: LogLimits): ExchangeEntry[] => {
    const dropped: ExchangeEntry[] = [];
    while (queue.size > Math.max(1, limits.maxExchanges) || (bodyBytes > limits.maxBodyBytes && queue.size > 1)) {
      const oldest = queue.shift();
      if (oldest === undefined) break;
      byId.delete(oldest.id);
      bodyBytes -= bodyBytesOfEntry(oldest);
      firstArrival += 1;
      dropped.push(oldest);
    }
    return dropped;
  };

  return {
    get size(): number {
      return queue.size;
    },
    get bodyBytes(): number {
      return bodyBytes;
    },
    get firstArrival(): number {
      return firstArrival;
    },
    get generation(): number {
      return generation;
    },
    get replacements(): number {
      return replacements;
    },
    get(id: string): ExchangeEntry | undefined {
      return byId.get(id);
    },
    /** Appends one entry (an id already listed is ignored), then drops the oldest beyond the limits; returns those. */
    add(entry: ExchangeEntry, limits: LogLimits): ExchangeEntry[] {
      if (byId.has(entry.id)) return [];
      append(entry);
      return enforce(limits);
    },
    /**
     * Puts an entry in place of the listed one with its id (same position, same arrival number),
     * then drops the oldest beyond the limits; returns those. False when that id is not listed.
     */
    swap(entry: ExchangeEntry, limits: LogLimits): ExchangeEntry[] | false {
      const old = byId.get(entry.id);
      if (old === undefined || !queue.replace(old, entry)) return false;
      byId.set(entry.id, entry);
      bodyBytes += bodyBytesOfEntry(entry) - bodyBytesOfEntry(old);
      replacements += 1;
      return enforce(limits);
    },
    /** A listed entry counts `bodyBytesOfEntry` now instead of `counted` (its capture was compacted); drops nothing until the next add or enforce. */
    recount(entry: ExchangeEntry, counted: number): void {
      if (byId.get(entry.id) === entry) bodyBytes += bodyBytesOfEntry(entry) - counted;
    },
    /** Drops the oldest beyond (new) limits; returns them. */
    enforce,
    /** The whole log anew (a re-detection), oldest first, within the limits; returns what did not fit. */
    replace(entries: readonly ExchangeEntry[], limits: LogLimits): ExchangeEntry[] {
      queue.clear();
      byId.clear();
      bodyBytes = 0;
      firstArrival = 0;
      generation += 1;
      for (const entry of entries) append(entry);
      return enforce(limits);
    },
    clear(): void {
      queue.clear();
      byId.clear();
      bodyBytes = 0;
      firstArrival = 0;
      generation += 1;
    },
    /** A copy, oldest first: taken once per change that is read (the store's snapshot), not per add. */
    toArray(): ExchangeEntry[] {
      return queue.toArray();
    },
  };
}
