import * as t from 'io-ts';
import type { FormatName, StreamEvent } from '../../decode/index';

/**
 * Whether a stream event carries a token: a piece of the answer's text, of its reasoning or of a
 * tool call's arguments (the "first token" of time to first token). Read per format from the
 * event's own data, as decoded JSON through partial codecs: an event of any other shape carries none.
 */

const Piece = t.union([t.string, t.null, t.undefined]);
const has = (piece: t.TypeOf<typeof Piece>): boolean => typeof piece === 'string' && piece !== '';

const ChatChunk = t.partial({
  choices: t.array(
    t.partial({
      delta: t.partial({
        content: t.unknown,
        reasoning: Piece,
        reasoning_content: Piece,
        refusal: Piece,
        tool_calls: t.array(t.partial({ function: t.partial({ arguments: Piece }) })),
        function_call: t.partial({ arguments: Piece }),
      }),
    }),
  ),
});

/** Chat Completions: content (a string, or Mistral's parts), reasoning, refusal or arguments in a delta. */
const chatToken = (value: unknown): boolean => {
  if (!ChatChunk.is(value)) return false;
  return (value.choices ?? []).some(({ delta }) => {
    if (delta === undefined) return false;
    const content = delta.content;
    const contentGiven = (typeof content === 'string' && content !== '') || (Array.isArray(content) && content.length > 0);
    return (
      contentGiven ||
      has(delta.reasoning) ||
      has(delta.reasoning_content) ||
      has(delta.refusal) ||
      has(delta.function_call?.arguments) ||
      (delta.tool_calls ?? []).some((call) => has(call.function?.arguments))
    );
  });
};

/** Responses API: every `response.*.delta` event (text, reasoning, summary, refusal, arguments) with a non-empty delta. */
const ResponsesDelta = t.type({ type: t.string, delta: t.string });
const responsesToken = (value: unknown): boolean => ResponsesDelta.is(value) && value.type.endsWith('.delta') && value.delta !== '';

/** Anthropic: a content_block_delta adding text, thinking or a tool input's partial JSON. */
const AnthropicDelta = t.type({
  type: t.literal('content_block_delta'),
  delta: t.partial({ text: Piece, thinking: Piece, partial_json: Piece }),
});
const anthropicToken = (value: unknown): boolean =>
  AnthropicDelta.is(value) && (has(value.delta.text) || has(value.delta.thinking) || has(value.delta.partial_json));

/** Gemini: a candidate part with text (thoughts included) or a function call (sent whole). */
const GeminiChunk = t.partial({
  candidates: t.array(t.partial({ content: t.partial({ parts: t.array(t.partial({ text: Piece, functionCall: t.unknown })) }) })),
});
const geminiToken = (value: unknown): boolean =>
  GeminiChunk.is(value) &&
  (value.candidates ?? []).some((candidate) =>
    (candidate.content?.parts ?? []).some((part) => has(part.text) || (part.functionCall !== undefined && part.functionCall !== null)),
  );

/** AI SDK UI message stream: text, reasoning and tool-input deltas, or a tool input sent whole. */
const UiPart = t.intersection([t.type({ type: t.string }), t.partial({ delta: Piece, inputTextDelta: Piece })]);
const uiToken = (value: unknown): boolean =>
  UiPart.is(value) &&
  (((value.type === 'text-delta' || value.type === 'reasoning-delta') && has(value.delta)) ||
    (value.type === 'tool-input-delta' && has(value.inputTextDelta)) ||
    value.type === 'tool-input-available');

/** AI SDK data stream: the decoder names each line's part; text, reasoning and tool-call parts carry tokens. */
const DATA_TOKEN_PARTS = new Set(['text', 'reasoning', 'tool_call_delta', 'tool_call']);

/** Ollama: a message's content, thinking or tool calls, or /api/generate's response or thinking. */
const OllamaLine = t.partial({
  message: t.partial({ content: Piece, thinking: Piece, tool_calls: t.UnknownArray }),
  response: Piece,
  thinking: Piece,
});
const ollamaToken = (value: unknown): boolean =>
  OllamaLine.is(value) &&
  (has(value.message?.content) ||
    has(value.message?.thinking) ||
    (value.message?.tool_calls ?? []).length > 0 ||
    has(value.response) ||
    has(value.thinking));

const READERS: Readonly<Record<Exclude<FormatName, 'ai-sdk-data' | 'ai-sdk-text'>, (value: unknown) => boolean>> = {
  'openai-chat': chatToken,
  'openai-responses': responsesToken,
  'anthropic-messages': anthropicToken,
  gemini: geminiToken,
  'ai-sdk-ui': uiToken,
  ollama: ollamaToken,
};

const parsed = (data: string): unknown => {
  try {
    return JSON.parse(data) as unknown;
  } catch {
    return undefined;
  }
};

export function carriesToken(format: FormatName, event: StreamEvent): boolean {
  if (format === 'ai-sdk-text') return event.data !== '';
  if (format === 'ai-sdk-data') {
    if (event.event === undefined || !DATA_TOKEN_PARTS.has(event.event)) return false;
    // `0:""` adds nothing; every other text or reasoning part is a JSON string with something in it.
    return event.data !== '""';
  }
  return READERS[format](parsed(event.data));
}
