import { summarizeAiSdkRequest } from '../ai-sdk-ui/requestSummary';
import type { WireFormat } from '../wireFormat';
import { decodeTextStream } from './decodeTextStream';
import { claimsTextStreamByBody } from './recognize';

/**
 * The AI SDK's bare text stream (`toTextStreamResponse()`, `text/plain; charset=utf-8`, no
 * protocol header): the answer's text alone. Never claimed by its head, which could be any text;
 * by its body only together with an AI SDK request (recognize.ts), or by a user pattern naming
 * `ai-sdk-text`. See README.md.
 */
export const aiSdkText: WireFormat = {
  name: 'ai-sdk-text',
  label: 'AI SDK',
  nativeNames: { id: null, model: null, finish_reason: null, prompt_tokens: null, completion_tokens: null, total_tokens: null },
  claimsByHead: () => false,
  claimsByBody: claimsTextStreamByBody,
  decodeBody: decodeTextStream,
  summarizeRequest: (requestBody) => summarizeAiSdkRequest(requestBody),
};
