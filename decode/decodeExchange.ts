import { requestBidiIssues } from './bidiControls';
import type { BodyMeta } from './bodyParts';
import { assembleExchange, unexpectedFailure } from './bodyParts';
import { cutEventOf, withBrowserCut } from './browserCut';
import { decodeParsedBody } from './decodeBody';
import type { CapturedExchange } from './exchange';
import type { ExtraUrlPattern } from './formats/registry';
import { formatByHead, isLlmHead, recognizeFormat } from './formats/registry';
import type { ExchangeHead, WireFormat } from './formats/wireFormat';
import type { DecodedExchange } from './model';
import { requestSchemaIssues } from './requestSchemas/schemaIssues';
import { parseResponseBody, parseUnscannedJson } from './responseBody';

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

interface DecodedResponse {
  readonly format: WireFormat;
  readonly decoded: DecodedExchange;
  /** The stream event a browser cut fell in (browserCut.ts). */
  readonly cutEvent: number | undefined;
}

/**
 * The response of an exchange whose head claims it for a format that walks a JSON body once
 * (WireFormat.decodeUnscannedJson), with no cut event (a JSON body has none); undefined when that
 * does not apply (no such format, no JSON body, nested too deeply): the body is decoded as before.
 */
const decodeUnscanned = (exchange: CapturedExchange, format: WireFormat, streamEvents: boolean): DecodedResponse | undefined => {
  if (format.decodeUnscannedJson === undefined) return undefined;
  const parsed = parseUnscannedJson(exchange.body);
  if (parsed === undefined) return undefined;
  const status = exchange.status === 0 ? null : exchange.status;
  const failed = status !== null && status >= 400;
  const parts = format.decodeUnscannedJson(parsed.value, parsed.json, { streamEvents, status, failed });
  if (parts === undefined) return undefined;
  return { format, decoded: assembleExchange({ url: exchange.url, status, format: format.name }, parts), cutEvent: undefined };
};

/**
 * The response decoded after parseResponseBody has told what the body is: as the format its head
 * claimed (`claimed`), else the one its body shows; null when none does.
 */
const decodeParsed = (exchange: CapturedExchange, claimed: WireFormat | undefined, options: DecodeOptions): DecodedResponse | null => {
  const parsed = parseResponseBody(exchange.body, exchange.mimeType, exchange.bodyUnavailableReason);
  const present = parsed.kind === 'missing' || parsed.kind === 'empty' ? undefined : parsed;
  const format = claimed ?? recognizeFormat(exchange, present, options.extraUrlPatterns);
  if (format === undefined) return null;
  const decoded = decodeParsedBody(parsed, format, metaOf(exchange), { streamEvents: options.streamEvents ?? true });
  return { format, decoded, cutEvent: cutEventOf(parsed) };
};

const decodeDetected = (exchange: CapturedExchange, options: DecodeOptions): DecodedExchange | null => {
  // The exchange is its own head (it has every field the formats read): no copy per exchange.
  const head: ExchangeHead = exchange;
  const claimed = formatByHead(head, options.extraUrlPatterns);
  const response =
    (claimed === undefined ? undefined : decodeUnscanned(exchange, claimed, options.streamEvents ?? true)) ??
    decodeParsed(exchange, claimed, options);
  if (response === null) return null;
  const { format, decoded, cutEvent } = response;
  const request = format.summarizeRequest(exchange.requestBody, head);
  // Warnings only: conforms, which says whether the response kept the contract, stays as it is.
  const bidiIssues = requestBidiIssues(request);
  // Errors against the app's own schemas (issue 15): they too leave conforms (the provider's contract) alone.
  const schemaIssues = options.requestSchemas === false ? [] : requestSchemaIssues(format.name, exchange.requestBody, decoded.completion);
  const requestIssues = schemaIssues.length === 0 ? bidiIssues : [...bidiIssues, ...schemaIssues];
  // The decoded exchange was made just now for this call: completed in place, not copied.
  if (requestIssues.length > 0) decoded.issues = [...decoded.issues, ...requestIssues];
  decoded.request = request;
  return exchange.bodyCut === undefined ? decoded : withBrowserCut(decoded, exchange.bodyCut, cutEvent);
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
