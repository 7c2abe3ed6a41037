import { recordAt, recordOf, stringAt } from '../../lenientFields';
import type {
  NormalizedAnnotation,
  NormalizedCompletion,
  NormalizedMessage,
  NormalizedReasoningBlock,
  NormalizedServerTool,
  NormalizedToolCall,
  NormalizedUsage,
} from '../../model';
import type { JsonRecord } from '../../lenientFields';
import type { ReasoningMarks } from './partFields';
import { jsonText, markPlainReasoning, markReasoning, readMetadata } from './partFields';
import type { PlainPart } from './plainPart';

/** One tool call as its parts tell it, by toolCallId, in the order first seen. */
interface ToolCallState {
  readonly id: string;
  name: string;
  /** The `tool-input-delta` fragments, joined once at the end. */
  readonly fragments: string[];
  /** The JSON text of `input` from tool-input-available (or -error); undefined until one came. */
  input: string | undefined;
  providerExecuted: boolean;
  /** The JSON text of `output` from tool-output-available; undefined when none came. */
  output: string | undefined;
  outputValue: unknown;
}

interface ReasoningState extends ReasoningMarks {
  readonly texts: string[];
}

/**
 * Builds the one assistant message of a UI message stream from its parts, read leniently (a part
 * that fails its codec still gives what it has): text-deltas joined, reasoning-deltas joined and
 * kept per block with their signatures, tool calls with their input (or joined input deltas),
 * the provider's own tools apart, sources as annotations. Fragments are joined once, at the end.
 */
export class UiMessageAssembler {
  readonly #texts: string[] = [];
  #sawText = false;
  readonly #reasoning: string[] = [];
  readonly #blocks = new Map<string, ReasoningState>();
  /** The block the last reasoning part named: its deltas come in a row, so most parts skip the Map (their ids are long fresh strings to hash). */
  #lastBlock: { readonly id: string; readonly state: ReasoningState } | undefined;
  readonly #tools = new Map<string, ToolCallState>();
  readonly #annotations: NormalizedAnnotation[] = [];
  #messageId: string | null = null;
  #model: string | null = null;
  #usage: NormalizedUsage | null = null;
  #finishReason: string | null = null;
  #parts = 0;

  add(type: string, part: JsonRecord): void {
    this.#parts += 1;
    switch (type) {
      case 'start':
        this.#messageId ??= stringAt(part, 'messageId') ?? null;
        this.#metadata(part.messageMetadata);
        return;
      case 'message-metadata':
        this.#metadata(part.messageMetadata);
        return;
      case 'finish':
        this.#finishReason = stringAt(part, 'finishReason') ?? this.#finishReason;
        this.#metadata(part.messageMetadata);
        return;
      case 'text-start':
        this.#sawText = true;
        return;
      case 'text-delta':
        this.#textDelta(stringAt(part, 'delta') ?? '');
        return;
      case 'reasoning-start':
      case 'reasoning-end':
        markReasoning(recordAt(part, 'providerMetadata'), this.#block(stringAt(part, 'id') ?? ''));
        return;
      case 'reasoning-delta':
        markReasoning(recordAt(part, 'providerMetadata'), this.#reasoningDelta(stringAt(part, 'id') ?? '', stringAt(part, 'delta') ?? ''));
        return;
      case 'tool-input-start':
        this.#tool(part);
        return;
      case 'tool-input-delta':
        this.#tool(part).fragments.push(stringAt(part, 'inputTextDelta') ?? '');
        return;
      case 'tool-input-available':
      case 'tool-input-error': {
        const tool = this.#tool(part);
        if ('input' in part) tool.input = jsonText(part.input);
        return;
      }
      case 'tool-output-available': {
        const tool = this.#tool(part);
        tool.output = jsonText(part.output);
        tool.outputValue = part.output;
        return;
      }
      case 'source-url':
        this.#annotations.push(annotation('source-url', stringAt(part, 'url') ?? null, stringAt(part, 'title') ?? null));
        return;
      case 'source-document':
        this.#annotations.push(annotation('source-document', null, stringAt(part, 'title') ?? null));
        return;
      default:
        return;
    }
  }

  /**
   * Adds a plain part (plainPart.ts: a text or reasoning part holding its type, its string fields
   * and providerMetadata only) from the fields its reader found, as add would read them from the part.
   */
  addPlain(type: string, plain: PlainPart): void {
    this.#parts += 1;
    switch (type) {
      case 'text-start':
        this.#sawText = true;
        return;
      case 'text-delta':
        this.#textDelta(plain.delta ?? '');
        return;
      case 'reasoning-start':
      case 'reasoning-end':
        markPlainReasoning(plain.providerMetadata, this.#block(plain.id));
        return;
      case 'reasoning-delta':
        markPlainReasoning(plain.providerMetadata, this.#reasoningDelta(plain.id, plain.delta ?? ''));
        return;
      default:
        return;
    }
  }

  /** The completion so far; null when no part could be read at all. */
  result(): NormalizedCompletion | null {
    if (this.#parts === 0) return null;
    const message: NormalizedMessage = { role: 'assistant', content: this.#sawText ? this.#texts.join('') : null };
    const blocks = [...this.#blocks.values()].map(reasoningBlock);
    // One block holds every reasoning delta in the order they came: its text is the reasoning, joined once.
    const [onlyBlock] = blocks;
    if (this.#reasoning.length > 0)
      message.reasoning = blocks.length === 1 && onlyBlock !== undefined ? onlyBlock.text : this.#reasoning.join('');
    const calls: NormalizedToolCall[] = [];
    const serverTools: NormalizedServerTool[] = [];
    for (const tool of this.#tools.values()) {
      const args = tool.input ?? (tool.fragments.length > 0 ? tool.fragments.join('') : '{}');
      if (tool.providerExecuted) serverTools.push({ id: tool.id, name: tool.name, arguments: args, result: tool.output ?? null });
      else {
        // A tool the app ran (its `execute` on the server): its output came beside the call.
        const call: NormalizedToolCall = { id: tool.id, type: 'function', function: { name: tool.name, arguments: args } };
        if (tool.output !== undefined) call.result = tool.output;
        calls.push(call);
      }
    }
    if (calls.length > 0) message.tool_calls = calls;
    if (serverTools.length > 0) message.server_tools = serverTools;
    if (this.#annotations.length > 0) message.annotations = this.#annotations;
    if (blocks.length > 0) message.reasoning_blocks = blocks;
    return {
      id: this.#messageId,
      object: null,
      created: null,
      model: this.#model,
      choices: [{ index: 0, finish_reason: this.#finishReason, message }],
      usage: this.#usage,
    };
  }

  #metadata(value: unknown): void {
    const read = readMetadata(value, this.#usage);
    if (read.model !== undefined) this.#model = read.model;
    this.#usage = read.usage;
  }

  #textDelta(delta: string): void {
    this.#sawText = true;
    this.#texts.push(delta);
  }

  /** A reasoning delta's text added to the reasoning and to its block; returns the block, for its marks. */
  #reasoningDelta(id: string, delta: string): ReasoningState {
    this.#reasoning.push(delta);
    const block = this.#block(id);
    block.texts.push(delta);
    return block;
  }

  #block(id: string): ReasoningState {
    if (this.#lastBlock?.id === id) return this.#lastBlock.state;
    let block = this.#blocks.get(id);
    if (block === undefined) {
      block = { texts: [], signature: undefined, data: undefined };
      this.#blocks.set(id, block);
    }
    this.#lastBlock = { id, state: block };
    return block;
  }

  #tool(part: JsonRecord): ToolCallState {
    const id = stringAt(part, 'toolCallId') ?? '';
    let tool = this.#tools.get(id);
    if (tool === undefined) {
      tool = { id, name: '', fragments: [], input: undefined, providerExecuted: false, output: undefined, outputValue: undefined };
      this.#tools.set(id, tool);
    }
    const name = stringAt(part, 'toolName');
    if (name !== undefined) tool.name = name;
    if (recordOf(part)?.providerExecuted === true) tool.providerExecuted = true;
    return tool;
  }
}

const annotation = (type: string, url: string | null, title: string | null): NormalizedAnnotation => ({
  type,
  url,
  title,
  start_index: null,
  end_index: null,
});

const reasoningBlock = (state: ReasoningState): NormalizedReasoningBlock => {
  const block: NormalizedReasoningBlock = { type: 'reasoning', text: state.texts.join('') };
  if (state.signature !== undefined) block.signature = state.signature;
  if (state.data !== undefined) block.data = state.data;
  return block;
};
