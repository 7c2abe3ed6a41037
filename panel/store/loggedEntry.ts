import type { CapturedExchange } from '../../decode/index';
import { seedRow } from '../list/listRow';
import { compactCapture } from './compactCapture';
import { toExchangeEntry } from './exchangeEntry';
import type { DecodeChatExchange, DecodeOutcome, ExchangeEntry } from './exchangeEntry';

/** decode/ bound to the URL patterns in force when an exchange arrived, so that decoding it again gives the same answer. */
export type EntryDecoders = {
  /** For its list row: streams without their list of events. */
  readonly list: DecodeChatExchange;
  /** For whatever reads `outcome` (the detail, an export): everything decode/ gives. */
  readonly full: DecodeChatExchange;
};

/**
 * The log's entry for one capture. Its list row is made from a decoding that is then let go: the
 * list needs nothing but its rows, and the decoded models of 10,000 exchanges (streams' event lists
 * above all, some 345,000 objects for recorded traffic) were tens of MB that every major garbage
 * collection had to mark and move, long enough to stall scrolling. Whatever reads `outcome` (the
 * detail, an export, a re-detection) gets the whole decoding, made on that read and held weakly,
 * so it is the same as if it had been kept.
 */
export class LoggedEntry implements ExchangeEntry {
  readonly id: string;
  #captured: CapturedExchange;
  readonly #decoders: EntryDecoders;
  /** False until its row is made from a decoding: until then the row shows what the capture says. */
  #settled = false;
  /** A decoder that threw: kept as it is (small, and it might not throw twice). */
  #failed: DecodeOutcome | null = null;
  #held: WeakRef<DecodeOutcome> | null = null;

  constructor(captured: CapturedExchange, decoders: EntryDecoders) {
    this.id = captured.id;
    this.#captured = captured;
    this.#decoders = decoders;
  }

  get captured(): CapturedExchange {
    return this.#captured;
  }

  /**
   * Holds its bodies as bytes from now on (compactCapture.ts): 10,000 of them as strings stalled the
   * garbage collector. Done when it is logged, or for a burst's entry when it is decoded in the
   * page's idle time: encoding every body of a burst as it is listed doubled the time to list it.
   */
  compact(): CapturedExchange {
    this.#captured = compactCapture(this.#captured);
    return this.#captured;
  }

  get pending(): boolean {
    return !this.#settled;
  }

  get outcome(): DecodeOutcome {
    if (this.#failed !== null) return this.#failed;
    const kept = this.#held?.deref();
    if (kept !== undefined) return kept;
    const outcome = decoded(this.captured, this.#decoders.full);
    if (outcome.ok) this.#held = new WeakRef(outcome);
    else this.#failed = outcome;
    // The list can make its row from this one (listRow.ts listRowOf).
    this.#settled = true;
    return outcome;
  }

  /** Decodes it for the list and makes its row (listRow.ts), which replaces a pending one. */
  settle(arrival: number): void {
    this.settleWith(this.#failed ?? decoded(this.captured, this.#decoders.list), arrival);
  }

  /** Makes its row from a decoding for the list at hand. */
  settleWith(outcome: DecodeOutcome, arrival: number): void {
    if (!outcome.ok) this.#failed = outcome;
    this.#settled = true;
    seedRow(this, outcome, arrival);
  }
}

function decoded(captured: CapturedExchange, decode: DecodeChatExchange): DecodeOutcome {
  return toExchangeEntry(captured, decode)?.outcome ?? { ok: false, failure: 'decoding it again found no chat-completion traffic' };
}

/** The log's entry for a capture, its row made now; null when it is not chat-completion traffic. */
export function toLoggedEntry(exchange: CapturedExchange, decoders: EntryDecoders, arrival: number): LoggedEntry | null {
  const first = toExchangeEntry(exchange, decoders.list);
  if (first === null) return null;
  const entry = new LoggedEntry(exchange, decoders);
  entry.settleWith(first.outcome, arrival);
  entry.compact();
  return entry;
}

/**
 * The log's entry for a capture at a chat URL (listed whatever its body holds), taken in during a
 * burst before it is decoded: its row shows what the capture says until it is settled
 * (pendingDecodes.ts) or something reads its `outcome`. Its bodies stay strings until then.
 */
export function toPendingEntry(exchange: CapturedExchange, decoders: EntryDecoders): LoggedEntry {
  return new LoggedEntry(exchange, decoders);
}
