import * as E from 'fp-ts/Either';
import { requestBidiIssues } from './bidiControls';
import { cutEventOf, withBrowserCut } from './browserCut';
import type { BodyMeta } from './decodeBody';
import { decodeParsedBody, unexpectedFailure } from './decodeBody';
import { hasChatShape, isChatCompletionUrl } from './detect';
import type { CapturedExchange } from './exchange';
import type { DecodedExchange } from './model';
import { parseJsonValue } from './parseJson';
import type { ParsedBody } from './responseBody';
import { parseResponseBody } from './responseBody';
import { summarizeRequest } from './requestBody';

export interface DecodeOptions {
  /** URL patterns the user added for chat endpoints that do not end in /chat/completions. */
  readonly extraUrlPatterns?: readonly RegExp[];
  /** Keep the list of stream events (for a timing view); default true. */
  readonly streamEvents?: boolean;
}

/** How many leading events of a stream are looked at to recognize its shape. */
const EVENTS_SNIFFED = 5;

const bodyHasChatShape = (parsed: ParsedBody): boolean => {
  if (parsed.kind === 'json') return hasChatShape(parsed.value);
  if (parsed.kind !== 'sse') return false;
  return parsed.sse.events.slice(0, EVENTS_SNIFFED).some((event) => {
    const value = parseJsonValue(event.data);
    return E.isRight(value) && hasChatShape(value.right);
  });
};

/** Status 0 is the browser saying it has none (blocked, aborted). */
const metaOf = (exchange: CapturedExchange): BodyMeta => ({ url: exchange.url, status: exchange.status === 0 ? null : exchange.status });

const decodeDetected = (exchange: CapturedExchange, options: DecodeOptions): DecodedExchange | null => {
  const byUrl = isChatCompletionUrl(exchange.url, exchange.method, options.extraUrlPatterns);
  const parsed = parseResponseBody(exchange.body, exchange.mimeType, exchange.bodyUnavailableReason);
  if (!byUrl && !bodyHasChatShape(parsed)) return null;
  const decoded = decodeParsedBody(parsed, metaOf(exchange), { streamEvents: options.streamEvents ?? true });
  const request = summarizeRequest(exchange.requestBody);
  // Warnings only: conforms, which says whether the response kept the contract, stays as it is.
  const requestIssues = requestBidiIssues(request);
  // The decoded exchange was made just now for this call: completed in place, not copied.
  if (requestIssues.length > 0) decoded.issues = [...decoded.issues, ...requestIssues];
  decoded.request = request;
  return exchange.bodyCut === undefined ? decoded : withBrowserCut(decoded, exchange.bodyCut, cutEventOf(parsed));
};

/**
 * Decodes one captured exchange, or returns null when it is not chat-completion traffic.
 * Never throws: an unexpected exception (a bug, not a property of the data) becomes an error issue.
 */
export const decodeExchange = (exchange: CapturedExchange, options: DecodeOptions = {}): DecodedExchange | null => {
  try {
    return decodeDetected(exchange, options);
  } catch (thrown) {
    return unexpectedFailure(metaOf(exchange), thrown);
  }
};
