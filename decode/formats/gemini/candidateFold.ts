import type { JsonRecord } from '../../lenientFields';
import { recordOf, recordsIn, stringAt } from '../../lenientFields';
import type { NormalizedChoice, NormalizedMessage, NormalizedReasoningBlock, NormalizedServerTool, NormalizedToolCall } from '../../model';
import { stringOf } from '../../fieldValues';
import { groundingAnnotations, searchTool, urlContextTool } from './grounding';

/**
 * One candidate's parts folded across a stream's chunks (or the one chunk of a generateContent
 * body) into a normalized choice. Text is collected in arrays and joined once at the end. A fold is
 * made for every candidate of every body, most of which hold text alone: the arrays for reasoning,
 * blocks, tool calls and code runs are made at their first entry, not for every candidate.
 */

interface ThoughtBlock {
  readonly type: 'thought';
  readonly pieces: string[];
  signature: string | undefined;
}

type Block = ThoughtBlock | { readonly type: 'thoughtSignature'; readonly signature: string };

/** `args` as JSON text; a call sent without args had no input, `{}` (issue 13's rule). */
const argumentsText = (args: unknown): string => (args === undefined ? '{}' : JSON.stringify(args));

export class CandidateFold {
  readonly index: number;
  #role: string | undefined;
  readonly #text: string[] = [];
  #sawText = false;
  #reasoning: string[] | undefined;
  #blocks: Block[] | undefined;
  /** The thought block later thought parts continue, until a signature or another part ends it. */
  #openThought: ThoughtBlock | undefined;
  #toolCalls: NormalizedToolCall[] | undefined;
  #codeRuns: NormalizedServerTool[] | undefined;
  /** The code execution still waiting for its result. */
  #pendingRun: NormalizedServerTool | undefined;
  /** The last grounding and URL context metadata with something in them: the late chunks carry it whole. */
  #grounding: JsonRecord | undefined;
  #urlContext: JsonRecord | undefined;
  #finishReason: string | null = null;

  constructor(index: number) {
    this.index = index;
  }

  get finished(): boolean {
    return this.#finishReason !== null;
  }

  add(candidate: JsonRecord): void {
    const content = recordOf(candidate.content);
    if (content !== undefined) {
      this.#role = stringOf(content.role) ?? this.#role;
      for (const part of recordsIn(content.parts)) this.#addPart(part);
    }
    const finishReason = stringOf(candidate.finishReason);
    if (finishReason !== undefined) this.#finishReason = finishReason;
    const grounding = recordOf(candidate.groundingMetadata);
    if (grounding !== undefined && Object.keys(grounding).length > 0) this.#grounding = grounding;
    const urlContext = recordOf(candidate.urlContextMetadata);
    if (urlContext !== undefined && Object.keys(urlContext).length > 0) this.#urlContext = urlContext;
  }

  #addPart(part: JsonRecord): void {
    const text = stringOf(part.text);
    const signature = stringOf(part.thoughtSignature);
    if (part.thought === true) {
      (this.#reasoning ??= []).push(text ?? '');
      let block = this.#openThought;
      if (block === undefined) {
        block = { type: 'thought', pieces: [], signature: undefined };
        (this.#blocks ??= []).push(block);
        this.#openThought = block;
      }
      block.pieces.push(text ?? '');
      if (signature !== undefined) {
        block.signature = signature;
        this.#openThought = undefined;
      }
      return;
    }
    this.#openThought = undefined;
    if (text !== undefined) {
      this.#text.push(text);
      this.#sawText = true;
    }
    const call = recordOf(part.functionCall);
    if (call !== undefined) {
      (this.#toolCalls ??= []).push({
        id: stringOf(call.id) ?? '',
        type: 'function',
        function: { name: stringOf(call.name) ?? '', arguments: argumentsText(call.args) },
      });
    }
    const code = recordOf(part.executableCode);
    if (code !== undefined) {
      const run: NormalizedServerTool = {
        id: stringAt(code, 'id') ?? '',
        name: 'code_execution',
        arguments: JSON.stringify(code),
        result: null,
      };
      (this.#codeRuns ??= []).push(run);
      this.#pendingRun = run;
    }
    const outcome = recordOf(part.codeExecutionResult);
    if (outcome !== undefined) {
      const run = this.#pendingRun;
      if (run === undefined)
        (this.#codeRuns ??= []).push({
          id: stringAt(outcome, 'id') ?? '',
          name: 'code_execution',
          arguments: null,
          result: JSON.stringify(outcome),
        });
      else run.result = JSON.stringify(outcome);
      this.#pendingRun = undefined;
    }
    // A signature on an answer or a call (gemini-3 puts it on the functionCall part) is the
    // model's reasoning state the app must send back: kept in order among the blocks.
    if (signature !== undefined) (this.#blocks ??= []).push({ type: 'thoughtSignature', signature });
  }

  result(): NormalizedChoice {
    const message: NormalizedMessage = { role: this.#role ?? 'model', content: this.#sawText ? this.#text.join('') : null };
    if (this.#reasoning !== undefined) message.reasoning = this.#reasoning.join('');
    if (this.#blocks !== undefined) message.reasoning_blocks = this.#blocks.map(blockOf);
    if (this.#toolCalls !== undefined) message.tool_calls = this.#toolCalls;
    // The code runs, then the searches and fetches grounding reports; no array at all when there are none (most answers).
    const search = this.#grounding === undefined ? undefined : searchTool(this.#grounding);
    const fetched = this.#urlContext === undefined ? undefined : urlContextTool(this.#urlContext);
    if (this.#codeRuns !== undefined || search !== undefined || fetched !== undefined) {
      const serverTools = this.#codeRuns === undefined ? [] : [...this.#codeRuns];
      if (search !== undefined) serverTools.push(search);
      if (fetched !== undefined) serverTools.push(fetched);
      message.server_tools = serverTools;
    }
    if (this.#grounding !== undefined) {
      const annotations = groundingAnnotations(this.#grounding, message.content);
      if (annotations.length > 0) message.annotations = annotations;
    }
    return { index: this.index, finish_reason: this.#finishReason, message };
  }
}

const blockOf = (block: Block): NormalizedReasoningBlock => {
  if (block.type === 'thoughtSignature') return { type: block.type, signature: block.signature };
  const normalized: NormalizedReasoningBlock = { type: block.type, text: block.pieces.join('') };
  if (block.signature !== undefined) normalized.signature = block.signature;
  return normalized;
};
