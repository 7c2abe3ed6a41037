import { summarizeAiSdkRequest } from './requestSummary';
import { decodeUiStream } from './decodeUiStream';
import { notAStreamParts } from './notAStream';
import { claimsUiStreamByBody, claimsUiStreamByHead } from './recognize';
import type { WireFormat } from '../wireFormat';

/**
 * The AI SDK's UI message stream (`ai` v5+, `toUIMessageStreamResponse()`): what a `useChat` app
 * receives from its own route. Recognised by the `x-vercel-ai-ui-message-stream: v1` response
 * header, else by its first parts. See README.md.
 */
export const aiSdkUi: WireFormat = {
  name: 'ai-sdk-ui',
  label: 'AI SDK',
  nativeNames: {
    id: 'start.messageId',
    model: 'messageMetadata.model',
    finish_reason: 'finish.finishReason',
    prompt_tokens: 'messageMetadata.totalUsage.inputTokens',
    completion_tokens: 'messageMetadata.totalUsage.outputTokens',
    total_tokens: 'messageMetadata.totalUsage.totalTokens',
  },
  claimsByHead: claimsUiStreamByHead,
  claimsByBody: claimsUiStreamByBody,
  decodeBody: (body, options) =>
    body.kind === 'sse'
      ? decodeUiStream(body.sse, options.streamEvents ?? true, options.failed)
      : notAStreamParts(body, options, 'a UI message stream (data: {"type": …} events)'),
  summarizeRequest: (requestBody) => summarizeAiSdkRequest(requestBody),
};
