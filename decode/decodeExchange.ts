import { requestBidiIssues } from './bidiControls';
import type { BodyMeta } from './bodyParts';
import { unexpectedFailure } from './bodyParts';
import { cutEventOf, withBrowserCut } from './browserCut';
import { decodeParsedBody } from './decodeBody';
import type { CapturedExchange } from './exchange';
import type { ExtraUrlPattern } from './formats/registry';
import { isLlmHead, recognizeFormat } from './formats/registry';
import type { ExchangeHead } from './formats/wireFormat';
import type { DecodedExchange } from './model';
import { requestSchemaIssues } from './requestSchemas/schemaIssues';
import { parseResponseBody } from './responseBody';

export interface DecodeOptions {
  /**
   * URL patterns the user added for LLM endpoints the formats do not recognise by URL; a pattern
   * may name the format (registry.ts, ExtraUrlPattern).
   */
  readonly extraUrlPatterns?: readonly ExtraUrlPattern[];
  /** Keep the list of stream events (for a timing view); default true. */
  readonly streamEvents?: boolean;
  /**
   * Hold tool calls and structured content to the JSON Schemas the request sent (issue 15,
   * requestSchemas/); default true. The CLI's --no-request-schemas turns it off.
   */
  readonly requestSchemas?: boolean;
}

/** Status 0 is the browser saying it has none (blocked, aborted). */
const metaOf = (exchange: CapturedExchange): BodyMeta => ({ url: exchange.url, status: exchange.status === 0 ? null : exchange.status });

export const headOf = (exchange: CapturedExchange): ExchangeHead => ({
  url: exchange.url,
  method: exchange.method,
  requestHeaders: exchange.requestHeaders,
  responseHeaders: exchange.responseHeaders,
  mimeType: exchange.mimeType,
  requestBody: exchange.requestBody,
});

const decodeDetected = (exchange: CapturedExchange, options: DecodeOptions): DecodedExchange | null => {
  const parsed = parseResponseBody(exchange.body, exchange.mimeType, exchange.bodyUnavailableReason);
  const present = parsed.kind === 'missing' || parsed.kind === 'empty' ? undefined : parsed;
  // The exchange is its own head (it has every field the formats read): no copy per exchange.
  const head: ExchangeHead = exchange;
  const format = recognizeFormat(head, present, options.extraUrlPatterns);
  if (format === undefined) return null;
  const decoded = decodeParsedBody(parsed, format, metaOf(exchange), { streamEvents: options.streamEvents ?? true });
  const request = format.summarizeRequest(exchange.requestBody, head);
  // Warnings only: conforms, which says whether the response kept the contract, stays as it is.
  const bidiIssues = requestBidiIssues(request);
  // Errors against the app's own schemas (issue 15): they too leave conforms (the provider's contract) alone.
  const schemaIssues = options.requestSchemas === false ? [] : requestSchemaIssues(format.name, exchange.requestBody, decoded.completion);
  const requestIssues = schemaIssues.length === 0 ? bidiIssues : [...bidiIssues, ...schemaIssues];
  // The decoded exchange was made just now for this call: completed in place, not copied.
  if (requestIssues.length > 0) decoded.issues = [...decoded.issues, ...requestIssues];
  decoded.request = request;
  return exchange.bodyCut === undefined ? decoded : withBrowserCut(decoded, exchange.bodyCut, cutEventOf(parsed));
};

/**
 * Decodes one captured exchange, or returns null when it is no LLM traffic of a format decode/
 * reads. Never throws: an unexpected exception (a bug, not a property of the data) becomes an
 * error issue.
 */
export const decodeExchange = (exchange: CapturedExchange, options: DecodeOptions = {}): DecodedExchange | null => {
  try {
    return decodeDetected(exchange, options);
  } catch (thrown) {
    return unexpectedFailure(metaOf(exchange), thrown);
  }
};

/**
 * Whether an exchange is LLM traffic by its URL, method and headers alone, before its body is read
 * (the panel defers such arrivals in a burst, and keeps the rest only for re-detection).
 */
export const isLlmByHead = (exchange: CapturedExchange, patterns: readonly ExtraUrlPattern[] = []): boolean =>
  isLlmHead(headOf(exchange), patterns);
