import * as E from 'fp-ts/Either';
import type { HeaderEntry } from '../../exchange';
import { recordOf, stringAt } from '../../lenientFields';
import { parseJsonValue } from '../../parseJson';
import type { ExchangeHead, PresentBody } from '../wireFormat';
import { isDataPartType, uiPartCodec } from './codecs';

/** The header `createUIMessageStreamResponse` sets (ai v5+: UI_MESSAGE_STREAM_HEADERS): nothing else sends it. */
export const UI_STREAM_HEADER = 'x-vercel-ai-ui-message-stream';

/** How many leading events are looked at: the SDK always opens with start, start-step or an error. */
const EVENTS_SNIFFED = 4;

/**
 * The value of the header named `name` (lowercase ASCII), any case. A name of another length is
 * passed over without lowercasing it (asked about every response, three times, while recognising):
 * the only lowercasing that changes a length, U+0130 to `i` + U+0307, cannot give ASCII.
 */
export const headerValue = (headers: readonly HeaderEntry[], name: string): string | undefined => {
  for (const header of headers) if (header.name.length === name.length && header.name.toLowerCase() === name) return header.value;
  return undefined;
};

/** The protocol's version header (`v1`, with the spaces and case a proxy may give it). */
const PROTOCOL_VERSION = /^\s*v\d+\s*$/i;

/** The protocol's version header, as the SDK writes it; asked of every response while recognising, so `v1` is told without the pattern. */
export const isProtocolVersion = (value: string | undefined): boolean =>
  value === 'v1' || (value !== undefined && PROTOCOL_VERSION.test(value));

export const claimsUiStreamByHead = (head: ExchangeHead): boolean => isProtocolVersion(headerValue(head.responseHeaders, UI_STREAM_HEADER));

/**
 * A body is a UI message stream when its first events are data-only parts the SDK defines, each
 * of its own shape (`{"type":"error","errorText":…}`), and not only an app's `data-*` parts. A
 * stock ticker's `{"type":"price"}` and the Responses API's `response.*` events are not; neither
 * is a stream naming its events (`event:` lines), which this protocol never does.
 */
export const claimsUiStreamByBody = (body: PresentBody): boolean => {
  if (body.kind !== 'sse') return false;
  let sdkParts = 0;
  for (const event of body.sse.events.slice(0, EVENTS_SNIFFED)) {
    if (event.event !== undefined) return false;
    if (event.data === '[DONE]') continue;
    const parsed = parseJsonValue(event.data);
    if (E.isLeft(parsed)) return false;
    const type = stringAt(recordOf(parsed.right), 'type');
    const codec = type === undefined ? undefined : uiPartCodec(type);
    if (type === undefined || codec === undefined || !codec.is(parsed.right)) return false;
    if (!isDataPartType(type)) sdkParts += 1;
  }
  return sdkParts > 0;
};
