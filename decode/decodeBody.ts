import type { BodyMeta, BodyOptions } from './bodyParts';
import { absentBodyParts, assembleExchange, unexpectedFailure } from './bodyParts';
import { formatNamed, recognizeFormat, WIRE_FORMATS } from './formats/registry';
import type { ExchangeHead, WireFormat } from './formats/wireFormat';
import type { DecodedExchange } from './model';
import type { ParsedBody } from './responseBody';
import { parsedJsonBody, parseResponseBody } from './responseBody';

export type { BodyMeta, BodyOptions } from './bodyParts';

/**
 * Decodes a parsed body as `format` speaks it at `url`, answered with `status`: decodeParsedBody
 * with its meta and options as arguments, for decodeExchange, which would otherwise make both
 * objects for every exchange.
 */
export const decodeParsedBodyAt = (
  parsed: ParsedBody,
  format: WireFormat,
  url: string | null,
  status: number | null,
  streamEvents: boolean | undefined,
): DecodedExchange => {
  const failed = status !== null && status >= 400;
  const parts =
    parsed.kind === 'missing' || parsed.kind === 'empty'
      ? absentBodyParts(parsed, failed)
      : // Built field by field: a spread of the caller's options object took V8's slow path (a tenth of a small body's decode).
        format.decodeBody(parsed, { streamEvents, status, failed });
  return assembleExchange(url, status, format.name, parts);
};

/** Decodes a parsed body as `format` speaks it; the exchange's format, url and status come with it. */
export const decodeParsedBody = (parsed: ParsedBody, format: WireFormat, meta: BodyMeta = {}, options: BodyOptions = {}): DecodedExchange =>
  decodeParsedBodyAt(parsed, format, meta.url ?? null, meta.status ?? null, options.streamEvents);

/** A lone body has no request line and no headers: its URL (if the caller knows one) and type are all. */
const loneBodyHead = (meta: BodyMeta): ExchangeHead => ({
  url: meta.url ?? null,
  method: null,
  requestHeaders: [],
  responseHeaders: [],
  mimeType: meta.mimeType ?? '',
  requestBody: null,
});

/** A lone body is always decoded: as the format its content shows, else as Chat Completions. */
const loneBodyFormat = (parsed: ParsedBody, meta: BodyMeta): WireFormat => {
  const present = parsed.kind === 'missing' || parsed.kind === 'empty' ? undefined : parsed;
  const recognized = recognizeFormat(loneBodyHead(meta), present);
  if (recognized !== undefined || present === undefined) return recognized ?? formatNamed('openai-chat');
  return WIRE_FORMATS.find((format) => format.claimsLoneBody?.(present) === true) ?? formatNamed('openai-chat');
};

/**
 * decodeResponseBody for a JSON body (a text with no byte-order mark, declared application/json)
 * that JSON.parse has already turned into `value`: the same result, one parse fewer. Never throws.
 */
export const decodeParsedJsonResponse = (json: string, value: unknown, meta: BodyMeta = {}, options: BodyOptions = {}): DecodedExchange => {
  try {
    const parsed = parsedJsonBody(json, value);
    return decodeParsedBody(parsed, loneBodyFormat(parsed, meta), meta, options);
  } catch (thrown) {
    return unexpectedFailure(meta, thrown);
  }
};

/** Decodes a lone response body (a file): its framing and format are told apart by content. Never throws. */
export const decodeResponseBody = (body: string, meta: BodyMeta = {}, options: BodyOptions = {}): DecodedExchange => {
  try {
    const parsed = parseResponseBody(body, meta.mimeType ?? '');
    return decodeParsedBody(parsed, loneBodyFormat(parsed, meta), meta, options);
  } catch (thrown) {
    return unexpectedFailure(meta, thrown);
  }
};
