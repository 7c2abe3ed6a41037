import type { FormatInfo, FormatName } from '../../decode/index';

/**
 * Each format's label and native field names as issue 13 specifies them (its table, and
 * ../shared/docs/wire-formats.md), for panel tests written before every format is registered in
 * decode/: until then decode/'s formatInfo answers Chat Completions' info for a name it lacks.
 * Tests stand this in for formatInfo (vi.mock) so they check the panel against the spec.
 */
const SPEC: Readonly<Record<FormatName, Omit<FormatInfo, 'name'>>> = {
  'openai-chat': {
    label: 'OpenAI',
    nativeNames: {
      id: 'id',
      model: 'model',
      finish_reason: 'finish_reason',
      prompt_tokens: 'prompt_tokens',
      completion_tokens: 'completion_tokens',
      total_tokens: 'total_tokens',
    },
  },
  'openai-responses': {
    label: 'OpenAI Responses',
    nativeNames: {
      id: 'id',
      model: 'model',
      finish_reason: 'status',
      prompt_tokens: 'input_tokens',
      completion_tokens: 'output_tokens',
      total_tokens: 'total_tokens',
    },
  },
  'anthropic-messages': {
    label: 'Anthropic',
    nativeNames: {
      id: 'id',
      model: 'model',
      finish_reason: 'stop_reason',
      prompt_tokens: 'input_tokens',
      completion_tokens: 'output_tokens',
      total_tokens: null,
    },
  },
  gemini: {
    label: 'Gemini',
    nativeNames: {
      id: 'responseId',
      model: 'modelVersion',
      finish_reason: 'finishReason',
      prompt_tokens: 'promptTokenCount',
      completion_tokens: 'candidatesTokenCount',
      total_tokens: 'totalTokenCount',
    },
  },
  'ai-sdk-ui': {
    label: 'AI SDK',
    nativeNames: { id: 'messageId', model: null, finish_reason: 'finishReason', prompt_tokens: null, completion_tokens: null, total_tokens: null },
  },
  'ai-sdk-data': {
    label: 'AI SDK',
    nativeNames: {
      id: 'messageId',
      model: null,
      finish_reason: 'finishReason',
      prompt_tokens: 'promptTokens',
      completion_tokens: 'completionTokens',
      total_tokens: null,
    },
  },
  'ai-sdk-text': {
    label: 'AI SDK',
    nativeNames: { id: null, model: null, finish_reason: null, prompt_tokens: null, completion_tokens: null, total_tokens: null },
  },
  ollama: {
    label: 'Ollama',
    nativeNames: {
      id: null,
      model: 'model',
      finish_reason: 'done_reason',
      prompt_tokens: 'prompt_eval_count',
      completion_tokens: 'eval_count',
      total_tokens: null,
    },
  },
};

export const issue13FormatInfo = (name: FormatName): FormatInfo => ({ name, ...SPEC[name] });
