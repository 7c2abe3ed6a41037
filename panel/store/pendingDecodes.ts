import type { CapturedExchange } from '../../decode/index';
import type { ExchangeEntry } from './exchangeEntry';
import { createFifoQueue } from './fifoQueue';
import type { LoggedEntry } from './loggedEntry';

/** Runs work soon, when the page has time (extension/panelPage.tsx: an idle callback, with a timeout). */
export type ScheduleWork = (work: () => void) => void;

/** Decoding done in one go before the page gets its turn again: well within a 50 ms long task. */
const SLICE_MS = 10;

/**
 * The exchanges of a burst that were listed before they were decoded (loggedEntry.ts
 * toPendingEntry), decoded oldest first in slices of about 10 ms whenever the page has time, so
 * that a replay of thousands lists at once, and keeps scrolling and typing answered, while their
 * models, tokens and issues fill in. `decoded` is told after each slice (the store commits then).
 */
export function createPendingDecodes(
  schedule: ScheduleWork,
  listed: (entry: ExchangeEntry) => boolean,
  decoded: () => void,
  compacted: (entry: LoggedEntry, before: CapturedExchange) => void = () => undefined,
) {
  const queue = createFifoQueue<{ readonly entry: LoggedEntry; readonly arrival: number }>();
  let scheduled = false;

  const slice = (): void => {
    scheduled = false;
    const started = performance.now();
    while (queue.size > 0 && performance.now() - started < SLICE_MS) {
      const next = queue.shift();
      // Something may have read it already (the detail, an export), or the memory limits dropped it.
      if (next === undefined || !listed(next.entry)) continue;
      if (next.entry.pending) next.entry.settle(next.arrival);
      // Its bodies as bytes now, in idle time, not while the burst is listed (loggedEntry.ts compact).
      const before = next.entry.captured;
      if (next.entry.compact() !== before) compacted(next.entry, before);
    }
    decoded();
    if (queue.size > 0) request();
  };
  const request = (): void => {
    if (scheduled) return;
    scheduled = true;
    schedule(slice);
  };

  return {
    /** How many wait; the store lists an exchange as pending only while some do or its frame's decoding budget is spent. */
    get size(): number {
      return queue.size;
    },
    add(entry: LoggedEntry, arrival: number): void {
      queue.push({ entry, arrival });
      request();
    },
    clear(): void {
      queue.clear();
    },
  };
}
