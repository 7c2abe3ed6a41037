import { notAStreamParts } from '../ai-sdk-ui/notAStream';
import { summarizeAiSdkRequest } from '../ai-sdk-ui/requestSummary';
import type { WireFormat } from '../wireFormat';
import { decodeDataStream } from './decodeDataStream';
import { DataLineReader, NOT_A_PART } from './framing';
import { claimsDataStreamByBody, claimsDataStreamByHead } from './recognize';

/** Whether the body's first line is a part (`CODE:…`): else it is a page or text the route sent instead (an HTML 500). */
const startsWithPart = (text: string): boolean => {
  const first = new DataLineReader(text);
  return first.next() && first.code !== NOT_A_PART;
};

/**
 * The AI SDK's data stream (`ai` v4, `toDataStreamResponse()`): what a v4 `useChat` app receives
 * from its own route. Recognised by the `x-vercel-ai-data-stream: v1` response header, else by its
 * first lines. See README.md.
 */
export const aiSdkData: WireFormat = {
  name: 'ai-sdk-data',
  label: 'AI SDK',
  nativeNames: {
    id: 'f:messageId',
    model: null,
    finish_reason: 'd:finishReason',
    prompt_tokens: 'd:usage.promptTokens',
    completion_tokens: 'd:usage.completionTokens',
    total_tokens: null,
  },
  claimsByHead: claimsDataStreamByHead,
  claimsByBody: claimsDataStreamByBody,
  // The lines are not JSON, so they arrive as the body's text (responseBody.ts); a JSON body is the route's error.
  decodeBody: (body, options) =>
    body.kind === 'text' && startsWithPart(body.text)
      ? decodeDataStream(body.text, options.streamEvents ?? true, options.failed)
      : notAStreamParts(body, options, 'an AI SDK data stream (CODE:JSON lines)'),
  summarizeRequest: (requestBody) => summarizeAiSdkRequest(requestBody),
};
