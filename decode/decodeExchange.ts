import { requestBidiIssues } from './bidiControls';
import type { BodyMeta } from './bodyParts';
import { assembleExchange, unexpectedFailure } from './bodyParts';
import { cutEventOf, withBrowserCut } from './browserCut';
import { decodeParsedBodyAt } from './decodeBody';
import type { CapturedExchange } from './exchange';
import type { ExtraUrlPattern } from './formats/registry';
import { formatByHead, isLlmHead, recognizeFormat } from './formats/registry';
import type { ExchangeHead, WireFormat } from './formats/wireFormat';
import { NO_ISSUES } from './issueLog';
import type { DecodedExchange } from './model';
import { requestSchemaIssues } from './requestSchemas/schemaIssues';
import { NOT_PARSED, parseResponseBody, parseUnscannedJson, withoutByteOrderMark } from './responseBody';

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
const statusOf = (exchange: CapturedExchange): number | null => (exchange.status === 0 ? null : exchange.status);

const metaOf = (exchange: CapturedExchange): BodyMeta => ({ url: exchange.url, status: statusOf(exchange) });

export const headOf = (exchange: CapturedExchange): ExchangeHead => ({
  url: exchange.url,
  method: exchange.method,
  requestHeaders: exchange.requestHeaders,
  responseHeaders: exchange.responseHeaders,
  mimeType: exchange.mimeType,
  requestBody: exchange.requestBody,
});

/**
 * The response of an exchange whose head claims it for a format that walks a JSON body once
 * (WireFormat.decodeUnscannedJson), with no cut event (a JSON body has none); undefined when that
 * does not apply (no such format, no JSON body, nested too deeply): the body is decoded as before.
 */
const decodeUnscanned = (exchange: CapturedExchange, format: WireFormat, streamEvents: boolean): DecodedExchange | undefined => {
  const body = exchange.body;
  if (format.decodeUnscannedJson === undefined || body === null) return undefined;
  const value = parseUnscannedJson(body);
  if (value === NOT_PARSED) return undefined;
  const status = statusOf(exchange);
  const failed = status !== null && status >= 400;
  const parts = format.decodeUnscannedJson(value, withoutByteOrderMark(body), { streamEvents, status, failed });
  return parts === undefined ? undefined : assembleExchange(exchange.url, status, format.name, parts);
};

/**
 * The exchange decoded after parseResponseBody has told what the body is: as the format its head
 * claimed (`claimed`), else the one its body shows; null when none does.
 */
const decodeParsed = (exchange: CapturedExchange, claimed: WireFormat | undefined, options: DecodeOptions): DecodedExchange | null => {
  const parsed = parseResponseBody(exchange.body, exchange.mimeType, exchange.bodyUnavailableReason);
  const present = parsed.kind === 'missing' || parsed.kind === 'empty' ? undefined : parsed;
  const format = claimed ?? recognizeFormat(exchange, present, options.extraUrlPatterns);
  if (format === undefined) return null;
  const status = statusOf(exchange);
  const decoded = decodeParsedBodyAt(parsed, format, exchange.url, status, options.streamEvents ?? true);
  return withRequest(exchange, format, decoded, options, cutEventOf(parsed));
};

/**
 * The decoded response completed with the request's summary and issues, and the browser's cut.
 * `cutEvent`: the stream event a browser cut fell in (browserCut.ts).
 */
const withRequest = (
  exchange: CapturedExchange,
  format: WireFormat,
  decoded: DecodedExchange,
  options: DecodeOptions,
  cutEvent: number | undefined,
): DecodedExchange => {
  // The exchange is its own head (it has every field the formats read): no copy per exchange.
  const request = format.summarizeRequest(exchange.requestBody, exchange);
  // Warnings only: conforms, which says whether the response kept the contract, stays as it is.
  const bidiIssues = requestBidiIssues(request);
  // Errors against the app's own schemas (issue 15): they too leave conforms (the provider's contract) alone.
  const schemaIssues =
    options.requestSchemas === false ? NO_ISSUES : requestSchemaIssues(format.name, exchange.requestBody, decoded.completion);
  // The decoded exchange was made just now for this call: completed in place, not copied.
  if (bidiIssues.length > 0 || schemaIssues.length > 0) decoded.issues = [...decoded.issues, ...bidiIssues, ...schemaIssues];
  decoded.request = request;
  return exchange.bodyCut === undefined ? decoded : withBrowserCut(decoded, exchange.bodyCut, cutEvent);
};

const decodeDetected = (exchange: CapturedExchange, options: DecodeOptions): DecodedExchange | null => {
  const claimed = formatByHead(exchange, options.extraUrlPatterns);
  // Each path returns the exchange whole: no object per exchange to carry a format and a cut between them.
  const unscanned = claimed === undefined ? undefined : decodeUnscanned(exchange, claimed, options.streamEvents ?? true);
  return claimed !== undefined && unscanned !== undefined
    ? withRequest(exchange, claimed, unscanned, options, undefined)
    : decodeParsed(exchange, claimed, options);
};

/** No options given: one object for every call, not a default `{}` made per exchange. */
const NO_OPTIONS: DecodeOptions = {};

/**
 * Decodes one captured exchange, or returns null when it is no LLM traffic of a format decode/
 * reads. Never throws: an unexpected exception (a bug, not a property of the data) becomes an
 * error issue.
 */
export const decodeExchange = (exchange: CapturedExchange, options: DecodeOptions = NO_OPTIONS): DecodedExchange | null => {
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
