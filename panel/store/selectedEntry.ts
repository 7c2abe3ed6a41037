import type { CapturedExchange } from '../../decode/exchange';
import type { DecodedExchange } from '../../decode/model';
import { toExchangeEntry } from './exchangeEntry';
import type { ExchangeEntry } from './exchangeEntry';

/**
 * The log keeps each stream decoded without its list of events (decode/'s `streamEvents: false`):
 * at 10,000 exchanges of recorded traffic those are some 345,000 objects, and marking them made
 * every major garbage collection of the panel long enough to stall scrolling. Only the detail
 * shows the events (Raw, Timing, Validation), so the selected exchange is decoded again with them,
 * once per selection (a 1 MB stream in a few tens of ms), and the detail sees what it always saw.
 */
export function createSelectedEntry(decodeWithEvents: (exchange: CapturedExchange) => DecodedExchange | null) {
  let last: { readonly entry: ExchangeEntry; readonly full: ExchangeEntry } | null = null;
  return (entry: ExchangeEntry | null): ExchangeEntry | null => {
    if (entry === null) return null;
    if (last?.entry === entry) return last.full;
    // Held here for as long as it is selected: the log's entry holds its decoding only weakly (loggedEntry.ts).
    const full = lacksEvents(entry) ? (toExchangeEntry(entry.captured, decodeWithEvents) ?? entry) : { id: entry.id, captured: entry.captured, outcome: entry.outcome };
    last = { entry, full };
    return full;
  };
}

function lacksEvents(entry: ExchangeEntry): boolean {
  return entry.outcome.ok && entry.outcome.decoded.stream !== null && entry.outcome.decoded.stream.eventList === undefined;
}
