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
 * now, so decoding again gives the same answer.
 */
export function toLoggedEntry(exchange: CapturedExchange, decode: DecodeChatExchange, arrival: number): ExchangeEntry | null {
  const first = toExchangeEntry(exchange, decode);
  if (first === null) return null;
  const entry = new WeaklyDecodedEntry(exchange, decode, first.outcome);
  // While `first` still holds the decoding: the row is kept for as long as the entry (listRow.ts).
  listRowOf(entry, arrival);
  return entry;
}

/**
 * The log's entry for a capture at a chat URL (listed whatever its body holds), taken in during a
 * burst before it is decoded: its list row shows what the capture says until the store decodes it
 * between frames (reading `outcome`, which anything that needs it sooner does too).
 */
export function toPendingEntry(exchange: CapturedExchange, decode: DecodeChatExchange): ExchangeEntry {
  return new WeaklyDecodedEntry(exchange, decode, null);
}

/**
 * An entry holding its decoding weakly; a decoder that threw is kept as it is (small, and it might
 * not throw twice). A class, so that its getters sit on the prototype: getters written into an
 * object literal gave each of 10,000 entries two closures and a map of its own.
 */
class WeaklyDecodedEntry implements ExchangeEntry {
  readonly id: string;
  readonly captured: CapturedExchange;
  readonly #decode: DecodeChatExchange;
  #failed: DecodeOutcome | null;
  #held: WeakRef<DecodeOutcome> | null;

  constructor(captured: CapturedExchange, decode: DecodeChatExchange, first: DecodeOutcome | null) {
    this.id = captured.id;
    this.captured = captured;
    this.#decode = decode;
    this.#failed = first !== null && !first.ok ? first : null;
    this.#held = first !== null && first.ok ? new WeakRef(first) : null;
  }

  get pending(): boolean {
    return this.#held === null && this.#failed === null;
  }

  get outcome(): DecodeOutcome {
    if (this.#failed !== null) return this.#failed;
    const kept = this.#held?.deref();
    if (kept !== undefined) return kept;
    const outcome = toExchangeEntry(this.captured, this.#decode)?.outcome ?? { ok: false, failure: 'decoding it again found no chat-completion traffic' };
    if (outcome.ok) this.#held = new WeakRef(outcome);
    else this.#failed = outcome;
    return outcome;
  }
}
