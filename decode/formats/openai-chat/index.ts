import * as E from 'fp-ts/Either';
import { unreadableTextParts } from '../../bodyParts';
import type { DecodedParts } from '../../decodeJsonBody';
import { decodeJsonBody, decodeUnscannedJsonBody } from '../../decodeJsonBody';
import { decodeStream } from '../../decodeStream';
import { hasChatShape, isChatCompletionUrl } from '../../detect';
import { parseJsonValue } from '../../parseJson';
import { summarizeRequest } from '../../requestBody';
import { usageIssues } from '../../usageIssues';
import type { FormatDecodeOptions, PresentBody, WireFormat } from '../wireFormat';

/**
 * OpenAI Chat Completions and every API that copies it (Azure, Mistral, Groq, DeepSeek,
 * OpenRouter, vLLM, LM Studio, Ollama's /v1): the format decode/ was built for. Its codecs
 * (contract.ts, chunk.ts, errorBody.ts), its walk (contract/) and its reassembly
 * (reassembleStream.ts) still live at decode/'s top level, where the other formats share the
 * walk; this folder is its entry in the registry.
 */

/** How many leading events of a stream are looked at to recognize its shape. */
const EVENTS_SNIFFED = 5;

const claimsByBody = (body: PresentBody): boolean => {
  if (body.kind === 'json') return hasChatShape(body.value);
  if (body.kind !== 'sse') return false;
  return body.sse.events.slice(0, EVENTS_SNIFFED).some((event) => {
    const value = parseJsonValue(event.data);
    return E.isRight(value) && hasChatShape(value.right);
  });
};

const decodeBody = (body: PresentBody, options: FormatDecodeOptions): DecodedParts => {
  switch (body.kind) {
    case 'text':
      return unreadableTextParts(body.text, body.failure, options.status);
    case 'sse': {
      const stream = decodeStream(body.sse, options.streamEvents ?? true);
      const completion = stream.completion;
      return {
        kind: options.failed ? 'error' : 'stream',
        issues: completion === null ? stream.issues : [...stream.issues, ...usageIssues(completion.usage, 'usage')],
        completion,
        error: stream.error,
        stream: stream.facts,
        extensions: stream.extensions,
        preciseNumbers: stream.preciseNumbers,
      };
    }
    case 'json':
      return decodeJsonBody(body.value, body.preciseNumbers, options.failed);
  }
};

export const openaiChat: WireFormat = {
  name: 'openai-chat',
  label: 'OpenAI',
  nativeNames: {
    id: 'id',
    model: 'model',
    finish_reason: 'finish_reason',
    prompt_tokens: 'prompt_tokens',
    completion_tokens: 'completion_tokens',
    total_tokens: 'total_tokens',
  },
  claimsByHead: (head) => head.url !== null && head.method !== null && isChatCompletionUrl(head.url, head.method),
  claimsByBody,
  decodeBody,
  decodeUnscannedJson: (value, json, options) => decodeUnscannedJsonBody(value, json, options.failed),
  summarizeRequest: (requestBody) => summarizeRequest(requestBody),
};
