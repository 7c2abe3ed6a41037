import { unreadableTextParts } from '../../bodyParts';
import type { DecodedParts } from '../../decodeJsonBody';
import type { FormatDecodeOptions, PresentBody, WireFormat } from '../wireFormat';
import { decodeResponseEvents } from './decodeEvents';
import { decodeResponseJson } from './decodeJson';
import { claimsResponsesBody, claimsResponsesHead } from './recognize';
import { summarizeResponsesRequest } from './requestSummary';
import { decodeUnscannedResponseJson } from './unscannedJson';

const decodeBody = (body: PresentBody, options: FormatDecodeOptions): DecodedParts => {
  switch (body.kind) {
    case 'text':
      return unreadableTextParts(body.text, body.failure, options.status);
    case 'sse':
      return decodeResponseEvents(body.sse, options.streamEvents ?? true, options.failed);
    case 'json':
      return decodeResponseJson(body.value, body.preciseNumbers, options.failed);
  }
};

/** The OpenAI Responses API (`POST /v1/responses`), also served by OpenRouter, Azure, LM Studio and xAI. */
export const openaiResponses: WireFormat = {
  name: 'openai-responses',
  label: 'OpenAI Responses',
  nativeNames: {
    id: 'id',
    model: 'model',
    // incomplete_details.reason when the response is incomplete, else status.
    finish_reason: 'status',
    prompt_tokens: 'input_tokens',
    completion_tokens: 'output_tokens',
    total_tokens: 'total_tokens',
    created: 'created_at',
  },
  claimsByHead: claimsResponsesHead,
  claimsByBody: claimsResponsesBody,
  decodeBody,
  decodeUnscannedJson: decodeUnscannedResponseJson,
  summarizeRequest: (requestBody) => summarizeResponsesRequest(requestBody),
};
