import * as E from 'fp-ts/Either';
import * as t from 'io-ts';
import { recordOf, recordsIn, stringAt } from '../../lenientFields';
import { parseJsonValue } from '../../parseJson';
import { DATA_STREAM_HEADER } from '../ai-sdk-data/recognize';
import { headerValue, UI_STREAM_HEADER } from '../ai-sdk-ui/recognize';
import type { ExchangeHead, PresentBody } from '../wireFormat';
import { isPost } from '../httpMethod';

const PLAIN_TEXT = /^\s*text\/plain\b/i;

/**
 * Whether a request body is what the AI SDK's hooks post: useChat v5+ (`messages[]` whose
 * entries have `parts`, or `id` + `messages` + `trigger`), useChat v4 (`messages[]` with
 * `parts`), or useCompletion's `{prompt}`.
 */
export const isAiSdkRequest = (requestBody: string | null): boolean => {
  if (requestBody === null) return false;
  const parsed = parseJsonValue(requestBody);
  const record = E.isRight(parsed) ? recordOf(parsed.right) : undefined;
  if (record === undefined) return false;
  const messages = record.messages;
  if (t.UnknownArray.is(messages)) {
    if (recordsIn(messages).some((message) => t.UnknownArray.is(message.parts))) return true;
    return stringAt(record, 'id') !== undefined && stringAt(record, 'trigger') !== undefined;
  }
  return stringAt(record, 'prompt') !== undefined;
};

const declaredPlainText = (head: ExchangeHead): boolean =>
  PLAIN_TEXT.test(head.mimeType) || PLAIN_TEXT.test(headerValue(head.responseHeaders, 'content-type') ?? '');

/**
 * A bare text stream (`toTextStreamResponse()`) has nothing in its bytes to recognise: text is
 * text. It is claimed only when the head says so: a POST of an AI SDK request, answered with
 * text/plain and neither protocol header (those are the other two AI SDK streams).
 */
export const claimsTextStreamByBody = (body: PresentBody, head: ExchangeHead): boolean =>
  body.kind === 'text' &&
  head.method !== null &&
  isPost(head.method) &&
  declaredPlainText(head) &&
  headerValue(head.responseHeaders, UI_STREAM_HEADER) === undefined &&
  headerValue(head.responseHeaders, DATA_STREAM_HEADER) === undefined &&
  isAiSdkRequest(head.requestBody);
