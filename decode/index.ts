/** The decoding core's public API: everything panel/ and cli/ may use. */
export * from './model';
export * from './contract';
export * from './chunk';
export { ErrorObject, ErrorResponse, FlatErrorBody, StringErrorBody } from './errorBody';
export type { DecodeOptions } from './decodeExchange';
export { decodeExchange } from './decodeExchange';
export type { BodyMeta, BodyOptions } from './decodeBody';
export { decodeResponseBody } from './decodeBody';
export { isChatCompletionUrl, hasChatShape } from './detect';
export { summarizeRequest } from './requestBody';
export type { ParsedSse } from './sse';
export { parseSse, parseSsePieces, looksLikeSse } from './sse';
export { createStreamReassembler } from './reassembleStream';
export { issuesFromErrors } from './contract/contractIssues';
export { CapturedExchange, HeaderEntry, HarTimings, ExchangeSource } from './exchange';
