/**
 * decode/'s public entry: what the other rooms (panel, cli, extension, bench, e2e, testing) use of
 * it, and nothing more, so decode/ can be reshaped inside without touching them. The rule
 * `decode-only-through-its-entry` (.dependency-cruiser.cjs) holds them to it. A name is added
 * here when a room outside needs it, in the group that says why.
 */

/** What comes in: an exchange as the extension captured it or a HAR file held it. */
export type { CapturedExchange, HarTimings, HeaderEntry } from './exchange';

/** Decoding an exchange, a lone body, or a body the CLI has already parsed. None of them throws. */
export type { DecodeOptions } from './decodeExchange';
export { decodeExchange, isLlmByHead } from './decodeExchange';
export { decodeParsedJsonResponse, decodeResponseBody } from './decodeBody';
/** Whether a URL is chat traffic, asked before decoding: the panel defers such arrivals in a burst. */
export { isChatCompletionUrl } from './detect';
/** The wire formats (issue 13): a format's label and native field names, and user URL patterns that may name one. */
export type { ExtraUrlPattern, FormatInfo } from './formats/registry';
export { formatInfo } from './formats/registry';
export { FormatName } from './model';

/** What comes out: the decoded exchange and the parts the panel and the CLI show (model.ts). */
export type {
  ContractIssue,
  SchemaIssueFacts,
  SchemaIssueTarget,
  DecodedExchange,
  ExchangeError,
  ExchangeKind,
  NormalizedAnnotation,
  NormalizedChoice,
  NormalizedCompletion,
  NormalizedLogprobs,
  NormalizedMessage,
  NormalizedReasoningBlock,
  NormalizedSegment,
  NormalizedServerTool,
  NormalizedTokenLogprob,
  NormalizedToolCall,
  NormalizedUsage,
  PreciseNumber,
  ProviderExtension,
  RequestAttachment,
  RequestMessage,
  StreamEvent,
  StreamFacts,
} from './model';

/**
 * The doors in: a HAR entry and a body as the browser hands them over. The extension reads
 * getContent's answer through the same codec and repairs as a HAR file (see README.md, "Before
 * decoding"); the panel and the CLI read HAR files.
 */
export { HarEntry, harEntryWithBody, harToExchanges } from './har';
export type { BodyText } from './bodyText';
export { base64BodyText } from './bodyText';
export { contentTypeOf, rereadAsUtf8 } from './utf8Reread';

/**
 * Reading raw bodies as decode/ reads them, for what the panel and the CLI show beside the
 * decoding (the events list, the JSON tree, telling a HAR from a body), so that both agree with
 * the issues: the same SSE parser, the same JSON limits, the same digits beyond 2^53, the same
 * paths, the same bidi controls.
 */
export { parseSse } from './sse';
/** Where each stream event ends in the body, for the Live timing (issue 14): the panel matches it to the page's chunk arrivals. */
export { streamEventEnds } from './streamEventEnds';
export { parseJsonValue } from './parseJson';
export type { JsonRecord } from './lenientFields';
export { recordOf } from './lenientFields';
export { findPreciseNumbers } from './preciseNumbers';
export { indexPath, keyPath } from './issuePath';
export { BIDI_CONTROL, codePoint } from './bidiControls';
