import type { JsonRecord } from '../../lenientFields';
import { arrayOf, recordAt, recordOf, stringAt } from '../../lenientFields';
import { indexPath } from '../../issuePath';
import type { ContractIssue, NormalizedCompletion } from '../../model';
import { FRAGMENT_FIELD } from './plainBlockDelta';
import { messageFromBlocks } from './blocks';
import { completionOf } from './decodeJson';
import { UsageCounts } from './usage';

/**
 * Folds a stream's events into the message they describe: message_start gives id, model and the
 * first usage; each content_block_start opens a block at its index and the deltas for that index
 * grow it (text, thinking, signature, tool input fragments, citations); message_delta gives the
 * stop_reason and the cumulative usage. Fragments are kept in arrays and joined once at the end,
 * so a stream of 200,000 deltas costs linear time.
 */

/** One block being built. */
interface BlockState {
  readonly start: JsonRecord;
  readonly texts: string[];
  readonly thinking: string[];
  readonly signatures: string[];
  readonly inputs: string[];
  readonly citations: unknown[];
}

/** What a block opened by its first delta (no content_block_start came) is taken to be. */
const BLOCK_OF_DELTA: Readonly<Record<string, string>> = {
  text_delta: 'text',
  citations_delta: 'text',
  thinking_delta: 'thinking',
  signature_delta: 'thinking',
  input_json_delta: 'tool_use',
};

const newBlock = (start: JsonRecord): BlockState => ({ start, texts: [], thinking: [], signatures: [], inputs: [], citations: [] });

/** A start value joined with its fragments; the start's own text comes first (always "" from the API). */
const joined = (start: unknown, fragments: readonly string[]): string =>
  (typeof start === 'string' ? start : '') + (fragments.length === 1 ? (fragments[0] ?? '') : fragments.join(''));

/** The block as content_block_start began it with its deltas joined in. */
const readBlock = (state: BlockState): JsonRecord => {
  const { start } = state;
  const block: JsonRecord = { ...start };
  if (state.texts.length > 0 || 'text' in start) block.text = joined(start.text, state.texts);
  if (state.thinking.length > 0 || 'thinking' in start) block.thinking = joined(start.thinking, state.thinking);
  if (state.signatures.length > 0 || 'signature' in start) block.signature = joined(start.signature, state.signatures);
  if (state.citations.length > 0) block.citations = [...(arrayOf(start.citations) ?? []), ...state.citations];
  return block;
};

export class StreamAssembler {
  #message: JsonRecord | undefined;
  readonly #blocks = new Map<number, BlockState>();
  #stopReason: string | null = null;
  readonly #usage = new UsageCounts();
  readonly #issues: ContractIssue[] = [];
  #orphanDeltas = 0;
  #firstOrphan = 0;

  /** message_start: the message's id, model and first usage. */
  start(message: JsonRecord | undefined): void {
    this.#message ??= message;
    this.#usage.add(recordAt(message, 'usage'));
    const stop = stringAt(message, 'stop_reason');
    if (stop !== undefined) this.#stopReason = stop;
  }

  blockStart(index: number | undefined, block: JsonRecord | undefined): void {
    if (index === undefined || block === undefined) return;
    this.#blocks.set(index, newBlock(block));
  }

  /** content_block_delta (the `eventIndex`-th event): its delta read leniently. */
  delta(index: number | undefined, delta: JsonRecord | undefined, eventIndex: number): void {
    if (index === undefined || delta === undefined) return;
    const type = stringAt(delta, 'type') ?? '';
    const field = FRAGMENT_FIELD.get(type);
    if (field !== undefined) {
      this.fragment(index, type, stringAt(delta, field) ?? '', eventIndex);
      return;
    }
    const state = this.#blockAt(index, type, eventIndex);
    if (type === 'citations_delta') {
      const citation = recordOf(delta.citation);
      if (citation !== undefined) state.citations.push(citation);
    }
  }

  /** A delta of text, thinking, signature or tool input (its `type`) adding `fragment` to block `index`. */
  fragment(index: number, type: string, fragment: string, eventIndex: number): void {
    const state = this.#blockAt(index, type, eventIndex);
    switch (type) {
      case 'text_delta':
        state.texts.push(fragment);
        break;
      case 'thinking_delta':
        state.thinking.push(fragment);
        break;
      case 'signature_delta':
        state.signatures.push(fragment);
        break;
      case 'input_json_delta':
        state.inputs.push(fragment);
        break;
    }
  }

  /** The block a delta adds to; one no content_block_start opened is opened as the delta's kind, and counted. */
  #blockAt(index: number, type: string, eventIndex: number): BlockState {
    let state = this.#blocks.get(index);
    if (state === undefined) {
      if (this.#orphanDeltas === 0) this.#firstOrphan = eventIndex;
      this.#orphanDeltas += 1;
      state = newBlock({ type: BLOCK_OF_DELTA[type] ?? type });
      this.#blocks.set(index, state);
    }
    return state;
  }

  /** message_delta: the stop_reason and the usage so far (cumulative: its counts replace earlier ones). */
  messageDelta(delta: JsonRecord | undefined, usage: JsonRecord | undefined): void {
    const stop = stringAt(delta, 'stop_reason');
    if (stop !== undefined) this.#stopReason = stop;
    this.#usage.add(usage);
  }

  /** The message so far; null when the stream gave neither a message_start nor a block. */
  result(): { readonly completion: NormalizedCompletion | null; readonly issues: ContractIssue[] } {
    if (this.#orphanDeltas > 0) {
      this.#issues.push({
        severity: 'warning',
        path: indexPath('events', this.#firstOrphan),
        message: `${this.#orphanDeltas} content_block_delta event(s) for a block no content_block_start opened`,
      });
    }
    if (this.#message === undefined && this.#blocks.size === 0) return { completion: null, issues: this.#issues };
    const states = [...this.#blocks.values()];
    const blocks = states.map(readBlock);
    // A tool block's arguments as the input_json_delta fragments sent them.
    const inputTexts = states.map((state) => (state.inputs.length > 0 ? state.inputs.join('') : undefined));
    const message = this.#message ?? {};
    const choice = {
      index: 0,
      finish_reason: this.#stopReason,
      message: messageFromBlocks(stringAt(message, 'role') ?? 'assistant', blocks, inputTexts),
    };
    return { completion: completionOf(message, choice, this.#usage.result()), issues: this.#issues };
  }
}
