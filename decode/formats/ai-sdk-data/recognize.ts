import * as E from 'fp-ts/Either';
import { parseJsonValue } from '../../parseJson';
import { headerValue, isProtocolVersion } from '../ai-sdk-ui/recognize';
import type { ExchangeHead, PresentBody } from '../wireFormat';
import { DATA_PARTS, MESSAGE_CODES } from './codecs';
import { splitDataLines } from './framing';

/** The header `toDataStreamResponse()` sets (ai v4: `x-vercel-ai-data-stream: v1`): nothing else sends it. */
export const DATA_STREAM_HEADER = 'x-vercel-ai-data-stream';

/** How many leading lines are looked at: enough for `f:` and the first text, cheap on a 50 MB body. */
const LINES_SNIFFED = 8;

export const claimsDataStreamByHead = (head: ExchangeHead): boolean =>
  isProtocolVersion(headerValue(head.responseHeaders, DATA_STREAM_HEADER));

/**
 * A text body is a data stream when its first lines are all parts the SDK writes (`CODE:JSON`,
 * each value of its code's shape) and one of them only a message stream writes (f, 0, e, d, 3,
 * 9, g). Text that merely starts `1:2` or `a: b` is not.
 */
export const claimsDataStreamByBody = (body: PresentBody): boolean => {
  if (body.kind !== 'text') return false;
  const lines = splitDataLines(body.text, LINES_SNIFFED);
  if (lines.length === 0) return false;
  let messageParts = 0;
  for (const line of lines) {
    const kind = line.code === undefined ? undefined : DATA_PARTS.get(line.code);
    if (kind === undefined || line.code === undefined) return false;
    const value = parseJsonValue(line.payload);
    if (E.isLeft(value) || !kind.codec.is(value.right)) return false;
    if (MESSAGE_CODES.has(line.code)) messageParts += 1;
  }
  return messageParts > 0;
};
