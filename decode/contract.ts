import * as t from 'io-ts';
import { nullable } from './nullable';

/**
 * The contract: `ChatCompletionResponse` and its siblings as the r9s seed specifies them (which
 * fields are required), extended with every field of OpenAI's schema (openai-openapi f85dbe2):
 * refusal, custom tool calls, function_call, annotations, audio, typed logprobs, service_tier and
 * the usage details. Fields that OpenAI added are optional, because the seed does not require them.
 * Codecs carry names: an issue's `expected` says what the codec allows (expectedText.ts), naming
 * object codecs by their name.
 */

/** `function_call` is OpenAI's (deprecated) fifth reason; the seed lists only the first four. */
export const FinishReason = t.keyof(
  { stop: null, length: null, tool_calls: null, content_filter: null, function_call: null },
  'FinishReason',
);
export type FinishReason = t.TypeOf<typeof FinishReason>;

export const MessageRole = t.keyof({ system: null, user: null, assistant: null, tool: null }, 'MessageRole');

export const ServiceTier = t.keyof({ auto: null, default: null, flex: null, scale: null, priority: null, fast: null }, 'ServiceTier');

export const FunctionCall = t.intersection([t.type({ name: t.string }), t.partial({ arguments: t.string })], 'FunctionCall');
export type FunctionCall = t.TypeOf<typeof FunctionCall>;

export const FunctionToolCall = t.type({ id: t.string, type: t.literal('function'), function: FunctionCall }, 'FunctionToolCall');
export const CustomToolCall = t.type(
  { id: t.string, type: t.literal('custom'), custom: t.type({ name: t.string, input: t.string }, 'CustomTool') },
  'CustomToolCall',
);
/** A union on `type`, as in OpenAI's schema (the seed's ToolCall allows any string there). */
export const ToolCall = t.union([FunctionToolCall, CustomToolCall], 'ToolCall');
export type ToolCall = t.TypeOf<typeof ToolCall>;

export const ImageUrl = t.intersection(
  [t.type({ url: t.string }), t.partial({ detail: t.keyof({ auto: null, low: null, high: null }, 'ImageDetail') })],
  'ImageUrl',
);

export const MessageContentPart = t.intersection(
  [t.type({ type: t.keyof({ text: null, image_url: null }, 'ContentPartType') }), t.partial({ text: t.string, image_url: ImageUrl })],
  'MessageContentPart',
);

export const UrlCitation = t.type({ start_index: t.Int, end_index: t.Int, url: t.string, title: t.string }, 'UrlCitation');
export const Annotation = t.type({ type: t.literal('url_citation'), url_citation: UrlCitation }, 'Annotation');

export const AudioOutput = t.type({ id: t.string, data: t.string, expires_at: t.Int, transcript: t.string }, 'AudioOutput');

export const Message = t.intersection(
  [
    t.type({ role: MessageRole }),
    t.partial({
      content: nullable(t.union([t.string, t.array(MessageContentPart)], 'string | MessageContentPart[]')),
      name: t.string,
      reasoning_content: nullable(t.string),
      tool_calls: t.array(ToolCall),
      tool_call_id: t.string,
      refusal: nullable(t.string),
      function_call: nullable(FunctionCall),
      annotations: t.array(Annotation),
      audio: nullable(AudioOutput),
    }),
  ],
  'Message',
);
export type Message = t.TypeOf<typeof Message>;

const TokenBytes = nullable(t.array(t.Int));
export const TopLogprob = t.type({ token: t.string, logprob: t.number, bytes: TokenBytes }, 'TopLogprob');
export const TokenLogprob = t.type(
  { token: t.string, logprob: t.number, bytes: TokenBytes, top_logprobs: t.array(TopLogprob) },
  'TokenLogprob',
);
/** The seed leaves logprobs untyped; OpenAI's shape is used, with both keys optional. */
export const ChoiceLogprobs = t.partial(
  { content: nullable(t.array(TokenLogprob)), refusal: nullable(t.array(TokenLogprob)) },
  'ChoiceLogprobs',
);

export const ChatCompletionChoice = t.intersection(
  [t.type({ index: t.Int, message: Message, finish_reason: FinishReason }), t.partial({ logprobs: nullable(ChoiceLogprobs) })],
  'ChatCompletionChoice',
);
export type ChatCompletionChoice = t.TypeOf<typeof ChatCompletionChoice>;

export const PromptTokensDetails = t.partial(
  { cached_tokens: t.Int, audio_tokens: t.Int, text_tokens: t.Int, image_tokens: t.Int, cache_write_tokens: t.Int },
  'PromptTokensDetails',
);
export const CompletionTokensDetails = t.partial(
  {
    reasoning_tokens: t.Int,
    audio_tokens: t.Int,
    accepted_prediction_tokens: t.Int,
    rejected_prediction_tokens: t.Int,
    text_tokens: t.Int,
  },
  'CompletionTokensDetails',
);

export const Usage = t.intersection(
  [
    t.type({ prompt_tokens: t.Int, completion_tokens: t.Int, total_tokens: t.Int }),
    t.partial({ prompt_tokens_details: PromptTokensDetails, completion_tokens_details: CompletionTokensDetails }),
  ],
  'Usage',
);
export type Usage = t.TypeOf<typeof Usage>;

/** OpenAI's moderation results (gpt-5 era), kept opaque: the contract only knows the key. */
export const Moderation = t.UnknownRecord;

export const ChatCompletionResponse = t.intersection(
  [
    t.type({
      id: t.string,
      object: t.literal('chat.completion'),
      created: t.Int,
      model: t.string,
      choices: t.array(ChatCompletionChoice),
    }),
    t.partial({
      usage: Usage,
      // The seed says string; OpenAI's own gpt-5 bodies send null (openai-chat-moderation-1.json).
      system_fingerprint: nullable(t.string),
      service_tier: nullable(ServiceTier),
      moderation: nullable(Moderation),
    }),
  ],
  'ChatCompletionResponse',
);
export type ChatCompletionResponse = t.TypeOf<typeof ChatCompletionResponse>;
