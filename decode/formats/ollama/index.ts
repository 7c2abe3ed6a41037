import type { WireFormat } from '../wireFormat';
import { decodeOllamaBody } from './decodeBody';
import { claimsByBody, claimsByHead } from './recognize';
import { summarizeOllamaRequest } from './requestSummary';
import { decodeUnscannedOllamaJson } from './unscannedJson';

/** Ollama's native API (`/api/chat`, `/api/generate`); its OpenAI-compatible `/v1` is openai-chat. */
export const ollama: WireFormat = {
  name: 'ollama',
  label: 'Ollama',
  nativeNames: {
    id: null,
    model: 'model',
    finish_reason: 'done_reason',
    prompt_tokens: 'prompt_eval_count',
    completion_tokens: 'eval_count',
    total_tokens: null,
    created: 'created_at',
  },
  claimsByHead,
  claimsByBody,
  decodeBody: decodeOllamaBody,
  decodeUnscannedJson: decodeUnscannedOllamaJson,
  summarizeRequest: (requestBody) => summarizeOllamaRequest(requestBody),
};
