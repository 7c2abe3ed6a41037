import type { DecodedExchange } from '../decode/index';

/** One decoded exchange and where it came from ("chat.har, entry 3"), for messages a person reads. */
export type CheckedExchange = {
  readonly exchange: DecodedExchange;
  readonly origin: string;
};
