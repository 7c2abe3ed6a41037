import * as t from 'io-ts';
import { nullable } from '../../nullable';

/**
 * The Responses API's response object (`object: "response"`) as io-ts codecs: the JSON body of
 * `POST /v1/responses`, and what `response.created` / `.completed` / `.failed` events carry. From
 * OpenAI's API reference and openai-node's `Response` type. Required are only the fields every
 * server that speaks the format sends (OpenAI, OpenRouter, LM Studio, xAI): id, object,
 * created_at, model, output. The rest is optional, so a field one server leaves out is no issue;
 * a field no one documents (OpenRouter's `usage.cost`) is listed as an extension.
 */

/** An item's or the response's lifecycle; a value not listed is a warning (an enum), not an error. */
export const ItemStatus = t.keyof({ in_progress: null, completed: null, incomplete: null, searching: null, failed: null });

export const ResponseStatus = t.keyof({
  completed: null,
  failed: null,
  in_progress: null,
  cancelled: null,
  queued: null,
  incomplete: null,
});

/** A citation inside an output_text part: url_citation, file_citation, container_file_citation, file_path. */
export const Annotation = t.intersection(
  [
    t.type({ type: t.string }),
    t.partial({
      url: t.string,
      title: t.string,
      start_index: t.number,
      end_index: t.number,
      file_id: t.string,
      filename: t.string,
      index: t.number,
      container_id: t.string,
    }),
  ],
  'Annotation',
);

const OutputText = t.intersection(
  [
    t.type({ type: t.literal('output_text'), text: t.string }),
    // logprobs: per-token objects, shown as sent (not walked field by field).
    t.partial({ annotations: t.array(Annotation), logprobs: t.array(t.UnknownRecord) }),
  ],
  'OutputText',
);
const Refusal = t.type({ type: t.literal('refusal'), refusal: t.string }, 'Refusal');
const ReasoningText = t.type({ type: t.literal('reasoning_text'), text: t.string }, 'ReasoningText');

/** A part of a message's or a reasoning item's `content` (one codec for both, as the walk wants). */
export const ContentPart = t.union([OutputText, Refusal, ReasoningText], 'ContentPart');
export const SummaryText = t.type({ type: t.literal('summary_text'), text: t.string }, 'SummaryText');

const Content = t.array(ContentPart);

const MessageItem = t.intersection(
  [t.type({ type: t.literal('message'), id: t.string, role: t.literal('assistant'), content: Content }), t.partial({ status: ItemStatus })],
  'MessageItem',
);

const ReasoningItem = t.intersection(
  [
    t.type({ type: t.literal('reasoning'), id: t.string, summary: t.array(SummaryText) }),
    t.partial({ content: Content, encrypted_content: nullable(t.string), status: ItemStatus }),
  ],
  'ReasoningItem',
);

const FunctionCallItem = t.intersection(
  [
    t.type({ type: t.literal('function_call'), call_id: t.string, name: t.string, arguments: t.string }),
    t.partial({ id: t.string, status: ItemStatus }),
  ],
  'FunctionCallItem',
);

const CustomToolCallItem = t.intersection(
  [t.type({ type: t.literal('custom_tool_call'), call_id: t.string, name: t.string, input: t.string }), t.partial({ id: t.string })],
  'CustomToolCallItem',
);

/** The built-in tools' items keep their inputs and results as sent: objects shown, not walked. */
const WebSearchCallItem = t.intersection(
  [t.type({ type: t.literal('web_search_call'), id: t.string }), t.partial({ status: ItemStatus, action: t.UnknownRecord })],
  'WebSearchCallItem',
);

const FileSearchCallItem = t.intersection(
  [
    t.type({ type: t.literal('file_search_call'), id: t.string }),
    t.partial({ status: ItemStatus, queries: t.array(t.string), results: nullable(t.array(t.UnknownRecord)) }),
  ],
  'FileSearchCallItem',
);

const CodeInterpreterCallItem = t.intersection(
  [
    t.type({ type: t.literal('code_interpreter_call'), id: t.string }),
    t.partial({ status: ItemStatus, code: nullable(t.string), container_id: t.string, outputs: nullable(t.array(t.UnknownRecord)) }),
  ],
  'CodeInterpreterCallItem',
);

const ImageGenerationCallItem = t.intersection(
  [t.type({ type: t.literal('image_generation_call'), id: t.string }), t.partial({ status: ItemStatus, result: nullable(t.string) })],
  'ImageGenerationCallItem',
);

const McpCallItem = t.intersection(
  [
    t.type({ type: t.literal('mcp_call'), id: t.string, name: t.string, server_label: t.string, arguments: t.string }),
    t.partial({ status: ItemStatus, output: nullable(t.string), error: nullable(t.string), approval_request_id: nullable(t.string) }),
  ],
  'McpCallItem',
);

/** One item of `output`, told apart by its `type` (an io-ts tagged union). */
export const OutputItem = t.union(
  [
    MessageItem,
    ReasoningItem,
    FunctionCallItem,
    CustomToolCallItem,
    WebSearchCallItem,
    FileSearchCallItem,
    CodeInterpreterCallItem,
    ImageGenerationCallItem,
    McpCallItem,
  ],
  'OutputItem',
);

/** The output item types the codecs above check; any other is reported as unknown (a warning). */
export const KNOWN_ITEM_TYPES: ReadonlySet<string> = new Set([
  'message',
  'reasoning',
  'function_call',
  'custom_tool_call',
  'web_search_call',
  'file_search_call',
  'code_interpreter_call',
  'image_generation_call',
  'mcp_call',
]);

export const ResponseUsage = t.intersection(
  [
    t.type({ input_tokens: t.number, output_tokens: t.number, total_tokens: t.number }),
    t.partial({
      input_tokens_details: t.partial({ cached_tokens: t.number }),
      output_tokens_details: t.partial({ reasoning_tokens: t.number }),
    }),
  ],
  'ResponseUsage',
);

/** `response.error` of a failed response. */
export const ResponseError = t.type({ code: nullable(t.string), message: t.string }, 'ResponseError');

export const ResponseObject = t.intersection(
  [
    t.type({ id: t.string, object: t.literal('response'), created_at: t.number, model: t.string, output: t.array(OutputItem) }),
    t.partial({
      status: ResponseStatus,
      error: nullable(ResponseError),
      incomplete_details: nullable(t.partial({ reason: t.string })),
      instructions: nullable(t.union([t.string, t.array(t.UnknownRecord)])),
      usage: nullable(ResponseUsage),
      background: nullable(t.boolean),
      completed_at: nullable(t.number),
      conversation: nullable(t.UnknownRecord),
      max_output_tokens: nullable(t.number),
      max_tool_calls: nullable(t.number),
      metadata: nullable(t.UnknownRecord),
      output_text: nullable(t.string),
      parallel_tool_calls: t.boolean,
      previous_response_id: nullable(t.string),
      prompt: nullable(t.UnknownRecord),
      prompt_cache_key: nullable(t.string),
      prompt_cache_retention: nullable(t.string),
      // `generate_summary` is the name 2025-03 responses used for `summary`.
      reasoning: nullable(t.partial({ effort: nullable(t.string), summary: nullable(t.string), generate_summary: nullable(t.string) })),
      safety_identifier: nullable(t.string),
      service_tier: nullable(t.string),
      store: t.boolean,
      temperature: nullable(t.number),
      text: t.UnknownRecord,
      tool_choice: t.union([t.string, t.UnknownRecord]),
      tools: t.array(t.UnknownRecord),
      top_logprobs: nullable(t.number),
      top_p: nullable(t.number),
      truncation: nullable(t.string),
      user: nullable(t.string),
      // Open Responses servers (LM Studio) echo the sampling settings they were sent.
      frequency_penalty: nullable(t.number),
      presence_penalty: nullable(t.number),
    }),
  ],
  'ResponseObject',
);
export type ResponseObject = t.TypeOf<typeof ResponseObject>;
