import * as t from 'io-ts';
import type { JsonRecord } from '../../lenientFields';
import { numberAt, recordAt, recordOf, stringAt } from '../../lenientFields';
import type {
  NormalizedAnnotation,
  NormalizedCompletion,
  NormalizedMessage,
  NormalizedReasoningBlock,
  NormalizedToolCall,
  NormalizedUsage,
} from '../../model';
import { jsonText } from '../ai-sdk-ui/partFields';

interface ToolCallState {
  readonly id: string;
  name: string;
  /** The `c:` argsTextDelta fragments, joined once at the end. */
  readonly fragments: string[];
  /** The JSON text of the `9:` args; undefined until the full call came. */
  args: string | undefined;
  /** The JSON text of the `a:` result (a tool the route ran); undefined when none came. */
  result: string | undefined;
}

/** A finish part's usage: each count a number or null (the SDK writes NaN as null), never 0 for "not reported". */
const usageOf = (finish: JsonRecord | undefined): NormalizedUsage | null => {
  const usage = recordAt(finish, 'usage');
  if (usage === undefined) return null;
  return {
    prompt_tokens: numberAt(usage, 'promptTokens') ?? null,
    completion_tokens: numberAt(usage, 'completionTokens') ?? null,
    total_tokens: numberAt(usage, 'totalTokens') ?? null,
  };
};

/**
 * Builds the one assistant message of a data stream from its parts, read leniently: `0:` text and
 * `g:` reasoning joined, `g:`/`i:`/`j:` kept as reasoning blocks with their signatures and
 * redacted data, tool calls from `b:`/`c:`/`9:` (the full `9:` args, else the joined deltas) with
 * the `a:` result of a tool the route ran, `h:` sources as annotations. The id is the first `f:` messageId; finish reason and usage come
 * from `d:`, else from the last `e:`.
 */
export class DataMessageAssembler {
  readonly #texts: string[] = [];
  readonly #reasoning: string[] = [];
  readonly #blocks: NormalizedReasoningBlock[] = [];
  /** The reasoning texts of the block being written (until a signature or redacted part closes it). */
  #blockTexts: string[] = [];
  /**
   * The whole reasoning joined, when one block's text is all of it (the usual stream: one block,
   * signed or not): a hundred pieces are then joined once, not once for the block and again for
   * `reasoning`. Undefined when no block holds all of it, or reasoning came since.
   */
  #reasoningJoined: string | undefined;
  /** Made at the first tool call part: most streams have none, and a Map per stream shows in the profile. */
  #tools: Map<string, ToolCallState> | undefined;
  readonly #annotations: NormalizedAnnotation[] = [];
  #messageId: string | null = null;
  #stepFinish: JsonRecord | undefined;
  #messageFinish: JsonRecord | undefined;
  #parts = 0;

  add(name: string, value: unknown): void {
    if (name !== 'error') this.#parts += 1;
    // Text and reasoning (most lines) first: their values are strings, not records to look into.
    if (name === 'text') {
      if (t.string.is(value)) this.#texts.push(value);
      return;
    }
    if (name === 'reasoning') {
      if (t.string.is(value)) {
        this.#reasoning.push(value);
        this.#blockTexts.push(value);
        this.#reasoningJoined = undefined;
      }
      return;
    }
    const record = recordOf(value);
    switch (name) {
      case 'reasoning_signature':
        this.#closeBlock({ signature: stringAt(record, 'signature') ?? '' });
        return;
      case 'redacted_reasoning':
        this.#closeReadable();
        this.#blocks.push({ type: 'redacted_reasoning', data: stringAt(record, 'data') ?? '' });
        return;
      case 'start_step':
        this.#messageId ??= stringAt(record, 'messageId') ?? null;
        return;
      case 'tool_call_streaming_start':
        this.#tool(record);
        return;
      case 'tool_call_delta':
        this.#tool(record).fragments.push(stringAt(record, 'argsTextDelta') ?? '');
        return;
      case 'tool_call':
        if (record !== undefined) this.#tool(record).args = jsonText(record.args);
        return;
      case 'tool_result':
        // A tool the route ran (its `execute` on the server): the result goes with its call, as
        // ai-sdk-ui's tool-output-available does.
        if (record !== undefined) this.#tool(record).result = jsonText(record.result);
        return;
      case 'source':
        this.#annotations.push({
          type: 'source',
          url: stringAt(record, 'url') ?? null,
          title: stringAt(record, 'title') ?? null,
          start_index: null,
          end_index: null,
        });
        return;
      case 'finish_step':
        this.#stepFinish = record;
        return;
      case 'finish_message':
        this.#messageFinish = record;
        return;
      default:
        return;
    }
  }

  /** The message so far; null when nothing but errors (or nothing at all) came. */
  result(): NormalizedCompletion | null {
    if (this.#parts === 0) return null;
    // Reasoning still open at the end (Gemini's thoughts come unsigned) is a block of its own.
    let blocks = this.#blocks;
    let reasoning = this.#reasoningJoined;
    if (this.#blockTexts.length > 0) {
      const text = this.#blockTexts.join('');
      blocks = [...blocks, { type: 'reasoning', text }];
      if (this.#blockTexts.length === this.#reasoning.length) reasoning = text;
    }
    const message: NormalizedMessage = { role: 'assistant', content: this.#texts.length > 0 ? this.#texts.join('') : null };
    if (this.#reasoning.length > 0) message.reasoning = reasoning ?? this.#reasoning.join('');
    if (blocks.length > 0) message.reasoning_blocks = blocks;
    // The Map is made by the first tool part, so it holds a call.
    if (this.#tools !== undefined) {
      message.tool_calls = [...this.#tools.values()].map((tool) => {
        const call: NormalizedToolCall = {
          id: tool.id,
          type: 'function',
          function: { name: tool.name, arguments: tool.args ?? (tool.fragments.length > 0 ? tool.fragments.join('') : '{}') },
        };
        if (tool.result !== undefined) call.result = tool.result;
        return call;
      });
    }
    if (this.#annotations.length > 0) message.annotations = this.#annotations;
    const finish = this.#messageFinish ?? this.#stepFinish;
    return {
      id: this.#messageId,
      object: null,
      created: null,
      model: null,
      choices: [{ index: 0, finish_reason: stringAt(finish, 'finishReason') ?? null, message }],
      usage: usageOf(finish),
    };
  }

  /** A signature ends the reasoning block it signs (the SDK writes `j:` after the block's `g:` parts). */
  #closeBlock(mark: { signature: string }): void {
    this.#blocks.push({ type: 'reasoning', text: this.#joinBlock(), ...mark });
    this.#blockTexts = [];
  }

  /** Reasoning written since the last block, unsigned, becomes a block of its own. */
  #closeReadable(): void {
    if (this.#blockTexts.length === 0) return;
    this.#blocks.push({ type: 'reasoning', text: this.#joinBlock() });
    this.#blockTexts = [];
  }

  /**
   * The text of the block being closed. The block's pieces are the last of the reasoning's (both
   * get every `g:`), so as many pieces as the reasoning's are all of it: kept for `reasoning`.
   */
  #joinBlock(): string {
    const text = this.#blockTexts.join('');
    if (this.#blockTexts.length === this.#reasoning.length) this.#reasoningJoined = text;
    return text;
  }

  #tool(record: JsonRecord | undefined): ToolCallState {
    const id = stringAt(record, 'toolCallId') ?? '';
    this.#tools ??= new Map();
    let tool = this.#tools.get(id);
    if (tool === undefined) {
      tool = { id, name: '', fragments: [], args: undefined, result: undefined };
      this.#tools.set(id, tool);
    }
    const name = stringAt(record, 'toolName');
    if (name !== undefined) tool.name = name;
    return tool;
  }
}
