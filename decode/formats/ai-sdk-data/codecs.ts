import * as t from 'io-ts';
import { nullable } from '../../nullable';

/**
 * The parts of the AI SDK's data stream protocol (`ai` v4, `toDataStreamResponse()`), one line
 * `CODE:JSON` each; codes, names and shapes are those of the SDK's own parser
 * (packages/ui-utils/src/data-stream-parts.ts at ai@4.3.19). The names are what the Timing tab
 * lists and what issues say.
 */

/**
 * Usage of a step or of the message. The SDK's type says numbers, but it writes a count the model
 * did not report (NaN) as JSON null (the corpus's openai-data-error-stream-1.txt) and its own
 * parser accepts anything there: null is allowed, and reported as a warning by the decoder.
 */
const DataUsage = t.type({ promptTokens: nullable(t.number), completionTokens: nullable(t.number) }, 'DataUsage');

const Finish = (name: string, extra: t.Props) =>
  t.intersection([t.type({ finishReason: t.string }), t.partial({ usage: DataUsage, ...extra })], name);

export interface DataPartKind {
  readonly name: string;
  readonly codec: t.Mixed;
  /**
   * For a part whose codec asks for these string fields and nothing else: a value holding exactly
   * them conforms and has no extension, which plainLine.ts tells without the walk.
   */
  readonly stringFields?: readonly string[];
}

/** Every code the SDK writes, with its name and the codec of its value. */
export const DATA_PARTS: ReadonlyMap<string, DataPartKind> = new Map<string, DataPartKind>([
  ['0', { name: 'text', codec: t.string }],
  ['2', { name: 'data', codec: t.UnknownArray }],
  ['3', { name: 'error', codec: t.string }],
  ['8', { name: 'message_annotations', codec: t.UnknownArray }],
  ['9', { name: 'tool_call', codec: t.type({ toolCallId: t.string, toolName: t.string, args: t.UnknownRecord }, 'tool_call') }],
  ['a', { name: 'tool_result', codec: t.type({ toolCallId: t.string, result: t.unknown }, 'tool_result') }],
  [
    'b',
    {
      name: 'tool_call_streaming_start',
      codec: t.type({ toolCallId: t.string, toolName: t.string }, 'tool_call_streaming_start'),
      stringFields: ['toolCallId', 'toolName'],
    },
  ],
  [
    'c',
    {
      name: 'tool_call_delta',
      codec: t.type({ toolCallId: t.string, argsTextDelta: t.string }, 'tool_call_delta'),
      stringFields: ['toolCallId', 'argsTextDelta'],
    },
  ],
  ['d', { name: 'finish_message', codec: Finish('finish_message', {}) }],
  ['e', { name: 'finish_step', codec: Finish('finish_step', { isContinued: t.boolean }) }],
  ['f', { name: 'start_step', codec: t.type({ messageId: t.string }, 'start_step'), stringFields: ['messageId'] }],
  ['g', { name: 'reasoning', codec: t.string }],
  [
    'h',
    {
      name: 'source',
      codec: t.intersection(
        [
          t.type({ sourceType: t.literal('url'), id: t.string, url: t.string }),
          t.partial({ title: t.string, providerMetadata: t.UnknownRecord }),
        ],
        'source',
      ),
    },
  ],
  ['i', { name: 'redacted_reasoning', codec: t.type({ data: t.string }, 'redacted_reasoning'), stringFields: ['data'] }],
  ['j', { name: 'reasoning_signature', codec: t.type({ signature: t.string }, 'reasoning_signature'), stringFields: ['signature'] }],
  ['k', { name: 'file', codec: t.type({ mimeType: t.string, data: t.string }, 'file'), stringFields: ['mimeType', 'data'] }],
]);

/**
 * DATA_PARTS by the character code of their code: the decoder looks each line's code up here, an
 * array index where a Map lookup per line showed in the profile of streams of tiny text lines.
 */
const PARTS_BY_CHAR: readonly (DataPartKind | undefined)[] = (() => {
  const byChar: (DataPartKind | undefined)[] = [];
  for (const [code, kind] of DATA_PARTS) byChar[code.charCodeAt(0)] = kind;
  return byChar;
})();

/** The part a code names, by the code's character code (`0` is 0x30); undefined for a legacy or unknown code. */
export const dataPartAt = (code: number): DataPartKind | undefined => PARTS_BY_CHAR[code];

/** Codes of the older protocol (ai v3's stream parts) that v4 no longer writes: named, not read. */
export const LEGACY_PARTS: ReadonlyMap<string, string> = new Map([
  ['1', 'function_call'],
  ['4', 'assistant_message'],
  ['5', 'assistant_control_data'],
  ['6', 'data_message'],
  ['7', 'tool_calls'],
]);

/** The codes that only a message stream writes (what recognition asks for besides the line shape). */
export const MESSAGE_CODES: ReadonlySet<string> = new Set(['f', '0', 'e', 'd', '3', '9', 'g']);
