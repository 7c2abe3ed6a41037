import type { ContractIssue, DecodedExchange } from '../../decode/index';
import type { DecodeChatExchange } from './exchangeEntry';
import type { EntryDecoders } from './loggedEntry';

/**
 * decode/ reads a body as finished: a stream still arriving would be reported "ended without
 * [DONE] (cut or truncated)" (each format's reader words its terminal event that way). While the
 * Live tap says the request is in flight that is only "not ended yet", so the panel leaves those
 * issues out until it ends; the row and the detail say it is in flight instead.
 */
const NOT_ENDED_YET = /\(cut or truncated\)$/;

/**
 * The same holds for the request's schemas (issue 15): a tool call's arguments or a structured
 * answer still arriving is not JSON yet, or lacks fields still to come. They are judged once it ends.
 */
const notJudgedYet = (issue: ContractIssue): boolean => NOT_ENDED_YET.test(issue.message) || issue.schema !== undefined;

export function withoutNotEndedYet(decoded: DecodedExchange): DecodedExchange {
  const issues = decoded.issues.filter((issue) => !notJudgedYet(issue));
  if (issues.length === decoded.issues.length) return decoded;
  const conforms = decoded.conforms || issues.every((issue) => issue.severity !== 'error');
  return { ...decoded, issues, conforms };
}

const inFlight =
  (decode: DecodeChatExchange): DecodeChatExchange =>
  (exchange, options) => {
    const decoded = decode(exchange, options);
    return decoded === null ? null : withoutNotEndedYet(decoded);
  };

/** The log's decoders for an exchange the tap reports in flight. */
export function inFlightDecoders(decoders: EntryDecoders): EntryDecoders {
  return { list: inFlight(decoders.list), full: inFlight(decoders.full) };
}
