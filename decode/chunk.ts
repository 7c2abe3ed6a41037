import * as t from 'io-ts';
import { nullable } from './nullable';
import { ChoiceLogprobs, FinishReason, Moderation, ServiceTier, Usage } from './contract';

/**
 * One `chat.completion.chunk` of a stream, following OpenAI's chunk schema.
 *
 * The seed's stream models (ChatCompletionStreamDelta) reuse ToolCall, which requires `id` and
 * `type` and has no `index`. Every real stream violates that: OpenAI's continuation deltas are
 * `{index, function: {arguments}}`. So tool-call deltas follow OpenAI here: `index` required, the
 * rest optional.
 */

export const DeltaRole = t.keyof({ developer: null, system: null, user: null, assistant: null, tool: null }, 'DeltaRole');

export const ChunkToolCall = t.intersection(
  [
    t.type({ index: t.Int }),
    t.partial({
      id: t.string,
      type: t.literal('function'),
      function: t.partial({ name: t.string, arguments: t.string }, 'FunctionCallDelta'),
    }),
  ],
  'ChunkToolCall',
);
export type ChunkToolCall = t.TypeOf<typeof ChunkToolCall>;

export const ChunkDelta = t.partial(
  {
    role: DeltaRole,
    content: nullable(t.string),
    refusal: nullable(t.string),
    function_call: t.partial({ name: t.string, arguments: t.string }, 'FunctionCallDelta'),
    tool_calls: t.array(ChunkToolCall),
    // In the seed's ChatCompletionStreamDelta (DeepSeek's field, adopted by many).
    reasoning_content: nullable(t.string),
  },
  'ChunkDelta',
);
export type ChunkDelta = t.TypeOf<typeof ChunkDelta>;

export const ChunkChoice = t.intersection(
  [t.type({ index: t.Int, delta: ChunkDelta }), t.partial({ finish_reason: nullable(FinishReason), logprobs: nullable(ChoiceLogprobs) })],
  'ChunkChoice',
);
export type ChunkChoice = t.TypeOf<typeof ChunkChoice>;

export const ChatCompletionChunk = t.intersection(
  [
    t.type({
      id: t.string,
      object: t.literal('chat.completion.chunk'),
      created: t.Int,
      model: t.string,
      // "may be empty in final chunk" (the usage-only chunk of include_usage).
      choices: t.array(ChunkChoice),
    }),
    t.partial({
      system_fingerprint: nullable(t.string),
      service_tier: nullable(ServiceTier),
      usage: nullable(Usage),
      obfuscation: t.string,
      moderation: nullable(Moderation),
    }),
  ],
  'ChatCompletionChunk',
);
export type ChatCompletionChunk = t.TypeOf<typeof ChatCompletionChunk>;
