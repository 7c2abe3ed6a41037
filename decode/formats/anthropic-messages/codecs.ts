import * as t from 'io-ts';
import { nullable } from '../../nullable';

/**
 * Anthropic's Messages API as io-ts codecs (docs.anthropic.com, "Messages" and "Streaming
 * Messages"): the JSON body, each stream event and the error body. Fields the docs mark optional
 * or that only some models send are optional; anything else a body carries is an extension.
 * Codecs carry names: an issue's `expected` says what the codec allows by them.
 */

/** Why the model stopped; a value outside these is a warning (keyof), as for Chat Completions. */
export const StopReason = t.keyof(
  {
    end_turn: null,
    max_tokens: null,
    stop_sequence: null,
    tool_use: null,
    pause_turn: null,
    refusal: null,
    model_context_window_exceeded: null,
  },
  'StopReason',
);

/**
 * A citation on a text block: `char_location`, `page_location`, `content_block_location`,
 * `web_search_result_location`, `search_result_location`. One loose object rather than a union:
 * new kinds appear with new tools, and only `type` is common to all.
 */
export const Citation = t.intersection(
  [
    t.type({ type: t.string }),
    t.partial({
      cited_text: t.string,
      url: t.string,
      title: nullable(t.string),
      encrypted_index: t.string,
      document_index: t.Int,
      document_title: nullable(t.string),
      file_id: nullable(t.string),
      start_char_index: t.Int,
      end_char_index: t.Int,
      start_page_number: t.Int,
      end_page_number: t.Int,
      start_block_index: t.Int,
      end_block_index: t.Int,
      search_result_index: t.Int,
      source: t.string,
    }),
  ],
  'Citation',
);

/** A tool's input: any JSON object; its fields are the app's, not extensions. */
const ToolInput = t.UnknownRecord;
/** What a server tool returned (results, or an error object): shown as JSON text, not checked. */
const ToolResultContent = t.unknown;

export const TextBlock = t.intersection(
  [t.type({ type: t.literal('text'), text: t.string }), t.partial({ citations: nullable(t.array(Citation)) })],
  'TextBlock',
);
export const ThinkingBlock = t.type({ type: t.literal('thinking'), thinking: t.string, signature: t.string }, 'ThinkingBlock');
export const RedactedThinkingBlock = t.type({ type: t.literal('redacted_thinking'), data: t.string }, 'RedactedThinkingBlock');
export const ToolUseBlock = t.type({ type: t.literal('tool_use'), id: t.string, name: t.string, input: ToolInput }, 'ToolUseBlock');
export const ServerToolUseBlock = t.type(
  { type: t.literal('server_tool_use'), id: t.string, name: t.string, input: ToolInput },
  'ServerToolUseBlock',
);
export const McpToolUseBlock = t.type(
  { type: t.literal('mcp_tool_use'), id: t.string, name: t.string, server_name: t.string, input: ToolInput },
  'McpToolUseBlock',
);

/** The result blocks of the tools Anthropic runs itself, each answering a server_tool_use by id. */
export const SERVER_TOOL_RESULT_TYPES = [
  'web_search_tool_result',
  'web_fetch_tool_result',
  'code_execution_tool_result',
  'bash_code_execution_tool_result',
  'text_editor_code_execution_tool_result',
  'tool_search_tool_result',
] as const;

const serverToolResult = <T extends string>(type: T) =>
  t.type({ type: t.literal(type), tool_use_id: t.string, content: ToolResultContent }, `${type} block`);

export const McpToolResultBlock = t.intersection(
  [t.type({ type: t.literal('mcp_tool_result'), tool_use_id: t.string, content: ToolResultContent }), t.partial({ is_error: t.boolean })],
  'McpToolResultBlock',
);
export const ContainerUploadBlock = t.type({ type: t.literal('container_upload'), file_id: t.string }, 'ContainerUploadBlock');

/** A block of `content`, told apart by `type` (io-ts makes a union of literal-tagged objects a tagged union). */
export const ContentBlock = t.union(
  [
    TextBlock,
    ThinkingBlock,
    RedactedThinkingBlock,
    ToolUseBlock,
    ServerToolUseBlock,
    McpToolUseBlock,
    McpToolResultBlock,
    ContainerUploadBlock,
    ...SERVER_TOOL_RESULT_TYPES.map(serverToolResult),
  ],
  'ContentBlock',
);

const Count = t.Int;

export const ServiceTier = t.keyof({ standard: null, priority: null, batch: null }, 'ServiceTier');

export const Usage = t.intersection(
  [
    t.type({ input_tokens: Count, output_tokens: Count }),
    t.partial({
      cache_creation_input_tokens: nullable(Count),
      cache_read_input_tokens: nullable(Count),
      cache_creation: nullable(t.partial({ ephemeral_5m_input_tokens: Count, ephemeral_1h_input_tokens: Count }, 'CacheCreation')),
      server_tool_use: nullable(t.partial({ web_search_requests: Count, web_fetch_requests: Count }, 'ServerToolUsage')),
      service_tier: nullable(ServiceTier),
      inference_geo: nullable(t.string),
      /** Sent by claude-opus-5 (anthropic-json-thinking-1.json): the thinking share of output_tokens. */
      output_tokens_details: nullable(t.partial({ thinking_tokens: Count }, 'OutputTokensDetails')),
    }),
  ],
  'Usage',
);

/**
 * The JSON body of a message, and `message_start.message` in a stream. `stop_sequence` is optional
 * here although the docs always send it: a recorded body (anthropic-json-toolcall-1.json) has none,
 * and decodeJson.ts warns about its absence instead.
 */
export const Message = t.intersection(
  [
    t.type({
      id: t.string,
      type: t.literal('message'),
      role: t.literal('assistant'),
      content: t.array(ContentBlock),
      model: t.string,
      stop_reason: nullable(StopReason),
      usage: Usage,
    }),
    t.partial({ stop_sequence: nullable(t.string), container: nullable(t.UnknownRecord), context_management: nullable(t.UnknownRecord) }),
  ],
  'Message',
);

/** Anthropic's error types; another value is a warning (keyof). */
export const ErrorType = t.keyof(
  {
    invalid_request_error: null,
    authentication_error: null,
    billing_error: null,
    permission_error: null,
    not_found_error: null,
    request_too_large: null,
    rate_limit_error: null,
    api_error: null,
    overloaded_error: null,
    timeout_error: null,
  },
  'ErrorType',
);

export const ErrorObject = t.intersection(
  [t.type({ type: ErrorType, message: t.string }), t.partial({ details: t.unknown })],
  'AnthropicErrorObject',
);

/** The error body (HTTP 4xx/5xx) and the `error` stream event: `{type: "error", error: {type, message}}`. */
export const ErrorBody = t.intersection(
  [t.type({ type: t.literal('error'), error: ErrorObject }), t.partial({ request_id: t.string })],
  'AnthropicErrorBody',
);

export const Delta = t.union(
  [
    t.type({ type: t.literal('text_delta'), text: t.string }, 'TextDelta'),
    t.type({ type: t.literal('thinking_delta'), thinking: t.string }, 'ThinkingDelta'),
    t.type({ type: t.literal('signature_delta'), signature: t.string }, 'SignatureDelta'),
    t.type({ type: t.literal('input_json_delta'), partial_json: t.string }, 'InputJsonDelta'),
    t.type({ type: t.literal('citations_delta'), citation: Citation }, 'CitationsDelta'),
  ],
  'Delta',
);

export const MessageDeltaUsage = t.intersection(
  [
    t.type({ output_tokens: Count }),
    t.partial({
      input_tokens: nullable(Count),
      cache_creation_input_tokens: nullable(Count),
      cache_read_input_tokens: nullable(Count),
      server_tool_use: nullable(t.partial({ web_search_requests: Count, web_fetch_requests: Count }, 'ServerToolUsage')),
      output_tokens_details: nullable(t.partial({ thinking_tokens: Count }, 'OutputTokensDetails')),
    }),
  ],
  'MessageDeltaUsage',
);

/** Each stream event by its `type`; an event of another type is not checked (the docs say new ones may come). */
export const STREAM_EVENT_CODECS: ReadonlyMap<string, t.Mixed> = new Map<string, t.Mixed>([
  ['message_start', t.type({ type: t.literal('message_start'), message: Message }, 'MessageStartEvent')],
  [
    'content_block_start',
    t.type({ type: t.literal('content_block_start'), index: t.Int, content_block: ContentBlock }, 'ContentBlockStartEvent'),
  ],
  ['content_block_delta', t.type({ type: t.literal('content_block_delta'), index: t.Int, delta: Delta }, 'ContentBlockDeltaEvent')],
  ['content_block_stop', t.type({ type: t.literal('content_block_stop'), index: t.Int }, 'ContentBlockStopEvent')],
  [
    'message_delta',
    t.type(
      {
        type: t.literal('message_delta'),
        delta: t.intersection(
          [t.type({ stop_reason: nullable(StopReason) }), t.partial({ stop_sequence: nullable(t.string) })],
          'MessageDeltaDelta',
        ),
        usage: MessageDeltaUsage,
      },
      'MessageDeltaEvent',
    ),
  ],
  ['message_stop', t.type({ type: t.literal('message_stop') }, 'MessageStopEvent')],
  ['ping', t.type({ type: t.literal('ping') }, 'PingEvent')],
  ['error', ErrorBody],
]);
