import type { CapturedExchange } from '../../decode/exchange';
import { listRowOf } from '../list/listRow';
import { toExchangeEntry } from './exchangeEntry';
import type { DecodeChatExchange, DecodeOutcome, ExchangeEntry } from './exchangeEntry';

/**
 * The log's entry for one capture: decoded at once (to know it is chat traffic, and for its list
 * row, derived here while the decoding is at hand), but holding that decoding only weakly. The
 * list needs nothing but its rows; the decoded models of 10,000 exchanges were tens of MB of small
 * objects that every major garbage collection had to mark and move (long stalls while scrolling).
 * Whatever reads `outcome` later (the detail, an export, a re-detection) gets the same decoding,
 * made again when the collector took the first; `decode` is bound to the URL patterns in force
 * now, so decoding again gives the same answer. A decoder that threw is kept as it is (it is small
 * and might not throw twice).
 */
export function toLoggedEntry(exchange: CapturedExchange, decode: DecodeChatExchange, arrival: number): ExchangeEntry | null {
  const first = toExchangeEntry(exchange, decode);
  if (first === null || !first.outcome.ok) return first;
  let held = new WeakRef<DecodeOutcome>(first.outcome);
  const entry: ExchangeEntry = {
    id: first.id,
    captured: exchange,
    get outcome(): DecodeOutcome {
      const kept = held.deref();
      if (kept !== undefined) return kept;
      const again = toExchangeEntry(exchange, decode)?.outcome ?? { ok: false, failure: 'decoding it again found no chat-completion traffic' };
      held = new WeakRef(again);
      return again;
    },
  };
  // While `first` still holds the decoding: the row is kept for as long as the entry (listRow.ts).
  listRowOf(entry, arrival);
  return entry;
}
