import { unreadableTextParts } from '../../bodyParts';
import type { DecodedParts } from '../../decodeJsonBody';
import type { FormatDecodeOptions, PresentBody, WireFormat } from '../wireFormat';
import { decodeAnthropicJson } from './decodeJson';
import { decodeAnthropicStream } from './decodeStream';
import { claimsByBody, claimsByHead } from './recognize';
import { summarizeAnthropicRequest } from './requestSummary';
import { decodeUnscannedAnthropicJson } from './unscannedJson';

/** Anthropic's Messages API (`POST /v1/messages`): JSON messages, event streams and error bodies. */

const decodeBody = (body: PresentBody, options: FormatDecodeOptions): DecodedParts => {
  switch (body.kind) {
    case 'text':
      return unreadableTextParts(body.text, body.failure, options.status);
    case 'sse':
      return decodeAnthropicStream(body.sse, options.streamEvents ?? true, options.failed);
    case 'json':
      return decodeAnthropicJson(body.value, body.preciseNumbers, options.failed);
  }
};

export const anthropicMessages: WireFormat = {
  name: 'anthropic-messages',
  label: 'Anthropic',
  nativeNames: {
    id: 'id',
    model: 'model',
    finish_reason: 'stop_reason',
    prompt_tokens: 'input_tokens',
    completion_tokens: 'output_tokens',
    // Anthropic reports no total.
    total_tokens: null,
  },
  claimsByHead,
  claimsByBody: (body) => claimsByBody(body),
  decodeBody,
  decodeUnscannedJson: decodeUnscannedAnthropicJson,
  summarizeRequest: (requestBody) => summarizeAnthropicRequest(requestBody),
};
