import * as t from 'io-ts';
import { nullable } from '../../nullable';
import { Annotation, ContentPart, OutputItem, ResponseObject, SummaryText } from './responseCodecs';

/**
 * The Responses API's stream events, one codec per `type` (OpenAI's API reference, "Streaming
 * events"). `sequence_number` came in mid-2025 (the 2025-03 captures have none), so it is optional
 * everywhere; `obfuscation` pads delta events since 2025-08 and `logprobs` rides on text deltas.
 */

const Sequenced = t.partial({ sequence_number: t.number });
const event = <P extends t.Props>(type: string, props: P, optional: t.Props = {}) =>
  t.intersection([t.type({ type: t.literal(type), ...props }), t.partial({ sequence_number: t.number, ...optional })], type);

/** The events that carry the whole response object. */
export const RESPONSE_EVENTS = [
  'response.created',
  'response.in_progress',
  'response.queued',
  'response.completed',
  'response.incomplete',
  'response.failed',
] as const;

/** The events after which a stream says no more (OpenAI closes the connection after one of them). */
export const TERMINAL_EVENTS: ReadonlySet<string> = new Set(['response.completed', 'response.incomplete', 'response.failed']);

const itemPlace = { item_id: t.string, output_index: t.number };
const partPlace = { ...itemPlace, content_index: t.number };
const summaryPlace = { ...itemPlace, summary_index: t.number };
const deltaExtras = { obfuscation: t.string, logprobs: t.array(t.UnknownRecord) };

/**
 * The in-stream `error` event. openai-node's ResponseErrorEvent has code, message and param at the
 * top level; a 2025-11 capture (vercel/ai's openai-error.1 fixture) nests them under `error`
 * instead. Both are read; the nested shape gets a warning of its own (streamErrors.ts).
 */
export const ErrorEvent = t.intersection(
  [
    t.type({ type: t.literal('error') }),
    t.partial({
      code: nullable(t.string),
      message: t.string,
      param: nullable(t.string),
      error: t.partial({ type: nullable(t.string), code: nullable(t.string), message: t.string, param: nullable(t.string) }),
      sequence_number: t.number,
    }),
  ],
  'error',
);

const codecs: [string, t.Mixed][] = [
  ...RESPONSE_EVENTS.map((type): [string, t.Mixed] => [type, event(type, { response: ResponseObject })]),
  ['response.output_item.added', event('response.output_item.added', { output_index: t.number, item: OutputItem })],
  ['response.output_item.done', event('response.output_item.done', { output_index: t.number, item: OutputItem })],
  ['response.content_part.added', event('response.content_part.added', { ...partPlace, part: ContentPart })],
  ['response.content_part.done', event('response.content_part.done', { ...partPlace, part: ContentPart })],
  ['response.output_text.delta', event('response.output_text.delta', { ...partPlace, delta: t.string }, deltaExtras)],
  ['response.output_text.done', event('response.output_text.done', { ...partPlace, text: t.string }, deltaExtras)],
  [
    'response.output_text.annotation.added',
    event('response.output_text.annotation.added', { ...partPlace, annotation_index: t.number, annotation: Annotation }),
  ],
  ['response.refusal.delta', event('response.refusal.delta', { ...partPlace, delta: t.string }, deltaExtras)],
  ['response.refusal.done', event('response.refusal.done', { ...partPlace, refusal: t.string })],
  ['response.reasoning_summary_part.added', event('response.reasoning_summary_part.added', { ...summaryPlace, part: SummaryText })],
  ['response.reasoning_summary_part.done', event('response.reasoning_summary_part.done', { ...summaryPlace, part: SummaryText })],
  [
    'response.reasoning_summary_text.delta',
    event('response.reasoning_summary_text.delta', { ...summaryPlace, delta: t.string }, deltaExtras),
  ],
  ['response.reasoning_summary_text.done', event('response.reasoning_summary_text.done', { ...summaryPlace, text: t.string })],
  ['response.reasoning_text.delta', event('response.reasoning_text.delta', { ...partPlace, delta: t.string }, deltaExtras)],
  ['response.reasoning_text.done', event('response.reasoning_text.done', { ...partPlace, text: t.string })],
  [
    'response.function_call_arguments.delta',
    event('response.function_call_arguments.delta', { ...itemPlace, delta: t.string }, deltaExtras),
  ],
  [
    'response.function_call_arguments.done',
    event('response.function_call_arguments.done', { ...itemPlace, arguments: t.string }, { name: t.string }),
  ],
  ['response.custom_tool_call_input.delta', event('response.custom_tool_call_input.delta', { ...itemPlace, delta: t.string }, deltaExtras)],
  ['response.custom_tool_call_input.done', event('response.custom_tool_call_input.done', { ...itemPlace, input: t.string })],
  ['response.mcp_call_arguments.delta', event('response.mcp_call_arguments.delta', { ...itemPlace, delta: t.string }, deltaExtras)],
  ['response.mcp_call_arguments.done', event('response.mcp_call_arguments.done', { ...itemPlace, arguments: t.string })],
  [
    'response.code_interpreter_call_code.delta',
    event('response.code_interpreter_call_code.delta', { ...itemPlace, delta: t.string }, deltaExtras),
  ],
  ['response.code_interpreter_call_code.done', event('response.code_interpreter_call_code.done', { ...itemPlace, code: t.string })],
  [
    'response.image_generation_call.partial_image',
    event('response.image_generation_call.partial_image', { ...itemPlace, partial_image_index: t.number, partial_image_b64: t.string }),
  ],
  ['error', ErrorEvent],
];

/**
 * The built-in tools' progress events (`response.web_search_call.searching`, ...): the item and
 * its place, nothing else.
 */
const PROGRESS =
  /^response\.(?:web_search_call|file_search_call|code_interpreter_call|image_generation_call|mcp_call|mcp_list_tools)\.[a-z_]+$/;
const ProgressEvent = t.intersection(
  [t.type({ type: t.string, output_index: t.number }), t.partial({ item_id: t.string }), Sequenced],
  'progress',
);

const byType = new Map<string, t.Mixed>(codecs);

/** The codec of an event of this type; undefined for a type this decoder does not know. */
export const eventCodec = (type: string): t.Mixed | undefined => byType.get(type) ?? (PROGRESS.test(type) ? ProgressEvent : undefined);
