import type { CapturedExchange, DecodedExchange, DecodeOptions } from '../../decode/index';

/** What the panel keeps for one chat exchange: the capture as received and its decoding, done once. */
export type ExchangeEntry = {
  readonly id: string;
  readonly captured: CapturedExchange;
  /** Decoded on first read when the entry was logged before its decoding (pending). */
  readonly outcome: DecodeOutcome;
  /**
   * True while a burst's exchange is listed but not decoded yet (loggedEntry.ts): its list row
   * shows what the capture says, and reading `outcome` decodes it at once.
   */
  readonly pending?: boolean;
};

/**
 * decode/ promises never to throw, but a bug there must not cost the user the exchange: a throw is
 * kept as a failure so the row and the detail can still show the raw body.
 */
export type DecodeOutcome = { readonly ok: true; readonly decoded: DecodedExchange } | { readonly ok: false; readonly failure: string };

/** decode/'s decodeExchange; the store passes the user's extra URL patterns as options. */
export type DecodeChatExchange = (exchange: CapturedExchange, options?: DecodeOptions) => DecodedExchange | null;

/** Decodes one capture; null when it is not chat-completion traffic (the panel skips it). */
export function toExchangeEntry(exchange: CapturedExchange, decode: DecodeChatExchange): ExchangeEntry | null {
  try {
    const decoded = decode(exchange);
    return decoded === null ? null : { id: exchange.id, captured: exchange, outcome: { ok: true, decoded } };
  } catch (error: unknown) {
    return { id: exchange.id, captured: exchange, outcome: { ok: false, failure: describeError(error) } };
  }
}

export function describeError(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}
