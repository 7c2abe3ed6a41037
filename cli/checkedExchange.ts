import type { DecodedExchange } from '../decode/index';

/**
 * Whether an exchange passes: it conforms to its wire format's contract and none of its tool calls
 * or structured outputs breaks the request's own schemas (issue 15: those errors leave `conforms`,
 * the provider's contract, alone, but a CI run must still fail on them).
 */
export const passes = (exchange: DecodedExchange): boolean =>
  exchange.conforms && !exchange.issues.some((issue) => issue.schema !== undefined && issue.severity === 'error');

/** One decoded exchange and where it came from ("chat.har, entry 3"), for messages a person reads. */
export type CheckedExchange = {
  readonly exchange: DecodedExchange;
  readonly origin: string;
};
