import type { JsonRecord } from '../../lenientFields';
import { numberAt, recordOf, recordsIn, stringAt } from '../../lenientFields';
import type { ContractIssue } from '../../model';
import type { PlainDelta } from './plainDelta';

/**
 * Folds a Responses stream's item events into the `output` items they build, per `output_index`:
 * `response.output_item.added` opens an item, the deltas (`output_text`, `reasoning_summary_text`,
 * `reasoning_text`, `function_call_arguments`, `custom_tool_call_input`) add to it, and
 * `response.output_item.done` gives the item whole. Deltas are kept as lists and joined once, at
 * the end: linear in the body however many deltas come.
 */

type Pieces = Map<number, string[]>;

interface ItemState {
  /** The item as last given whole (output_item.done, else output_item.added). */
  item: JsonRecord | undefined;
  /** output_item.done gave the item whole: its text is final, the deltas are not needed. */
  done: boolean;
  /** What the deltas say the item is when no output_item event did (a cut or odd stream). */
  hint: 'message' | 'reasoning' | 'function_call' | 'custom_tool_call' | undefined;
  readonly text: Pieces;
  readonly refusal: Pieces;
  readonly summary: Pieces;
  readonly reasoningText: Pieces;
  readonly args: string[];
  readonly annotations: Map<number, JsonRecord[]>;
  /** The item_id this item's last event named, already placed in #indexOf. */
  lastItemId: string | undefined;
}

const newState = (): ItemState => ({
  item: undefined,
  done: false,
  hint: undefined,
  text: new Map(),
  refusal: new Map(),
  summary: new Map(),
  reasoningText: new Map(),
  args: [],
  annotations: new Map(),
  lastItemId: undefined,
});

const push = <T>(map: Map<number, T[]>, index: number, value: T): void => {
  const list = map.get(index);
  if (list === undefined) map.set(index, [value]);
  else list.push(value);
};

/** The joined pieces in index order. */
const joined = (pieces: Pieces): { index: number; text: string }[] =>
  [...pieces.entries()].sort(([a], [b]) => a - b).map(([index, list]) => ({ index, text: list.join('') }));

export class ResponseReassembler {
  readonly #items = new Map<number, ItemState>();
  /** output_index of each item_id, for events that name only the item. */
  readonly #indexOf = new Map<string, number>();

  #state(event: JsonRecord): ItemState | undefined {
    const itemId = stringAt(event, 'item_id');
    const index = numberAt(event, 'output_index') ?? (itemId === undefined ? undefined : this.#indexOf.get(itemId));
    return index === undefined ? undefined : this.#stateAt(itemId, index);
  }

  #stateAt(itemId: string | undefined, index: number): ItemState {
    let state = this.#items.get(index);
    if (state === undefined) {
      state = newState();
      this.#items.set(index, state);
    }
    // An item's every delta names it: looked up once, not per delta (hashing a fresh id string costs).
    if (itemId !== undefined && itemId !== state.lastItemId) {
      if (!this.#indexOf.has(itemId)) this.#indexOf.set(itemId, index);
      state.lastItemId = itemId;
    }
    return state;
  }

  /** Takes one event (its `type` already read); events that build no item are ignored. */
  add(type: string, event: JsonRecord): void {
    if (!type.startsWith('response.') || type === 'response.created' || type === 'response.in_progress') return;
    const state = this.#state(event);
    if (state === undefined) return;
    if (type === 'response.output_item.added' || type === 'response.output_item.done') {
      const item = recordOf(event.item);
      if (item === undefined) return;
      state.item = item;
      state.done = type === 'response.output_item.done';
      const id = stringAt(item, 'id');
      const index = numberAt(event, 'output_index');
      if (id !== undefined && index !== undefined) this.#indexOf.set(id, index);
      return;
    }
    if (type === 'response.output_text.annotation.added') {
      const annotation = recordOf(event.annotation);
      if (annotation !== undefined) push(state.annotations, numberAt(event, 'content_index') ?? 0, annotation);
      return;
    }
    const part = type === 'response.reasoning_summary_text.delta' ? numberAt(event, 'summary_index') : numberAt(event, 'content_index');
    this.#fold(state, type, part ?? 0, stringAt(event, 'delta'));
  }

  /** A delta event plainDelta.ts read: what add() takes from it, without reading it again. */
  addPlain(plain: PlainDelta): void {
    this.#fold(this.#stateAt(plain.itemId, plain.outputIndex), plain.type, plain.partIndex, plain.delta);
  }

  /** A delta of `type` adds to its item: `part` is its content_index, or summary_index for a reasoning summary. */
  #fold(state: ItemState, type: string, part: number, delta: string | undefined): void {
    switch (type) {
      case 'response.output_text.delta':
        state.hint ??= 'message';
        if (delta !== undefined) push(state.text, part, delta);
        return;
      case 'response.refusal.delta':
        state.hint ??= 'message';
        if (delta !== undefined) push(state.refusal, part, delta);
        return;
      case 'response.reasoning_summary_text.delta':
        state.hint ??= 'reasoning';
        if (delta !== undefined) push(state.summary, part, delta);
        return;
      case 'response.reasoning_text.delta':
        state.hint ??= 'reasoning';
        if (delta !== undefined) push(state.reasoningText, part, delta);
        return;
      case 'response.function_call_arguments.delta':
        state.hint ??= 'function_call';
        if (delta !== undefined) state.args.push(delta);
        return;
      case 'response.custom_tool_call_input.delta':
        state.hint ??= 'custom_tool_call';
        if (delta !== undefined) state.args.push(delta);
        return;
      default:
        return;
    }
  }

  /** Whether any item event came. */
  get isEmpty(): boolean {
    return this.#items.size === 0;
  }

  /** The items as the stream built them, in output order: whole where output_item.done came, else from the deltas. */
  output(): JsonRecord[] {
    return [...this.#items.entries()]
      .sort(([a], [b]) => a - b)
      .map(([, state]) => (state.done && state.item !== undefined ? state.item : built(state)));
  }

  /**
   * Where the deltas disagree with the final response's items (compared by place: OpenRouter
   * renames its reasoning item in response.completed, `rs_tmp_…` to another `rs_tmp_…`). A warning:
   * the final response is what is shown.
   */
  disagreements(finalOutput: readonly unknown[], at: string): ContractIssue[] {
    const issues: ContractIssue[] = [];
    for (const [index, state] of this.#items) {
      const final = recordOf(finalOutput[index]);
      if (final === undefined) continue;
      const mismatch = firstMismatch(state, final);
      if (mismatch !== undefined) {
        issues.push({
          severity: 'warning',
          path: `${at}.output[${index}]`,
          message: `the streamed deltas of output[${index}] do not add up to the ${mismatch} the final response carries`,
        });
      }
    }
    return issues;
  }
}

const outputTexts = (item: JsonRecord, type: string): string =>
  recordsIn(item.content)
    .filter((part) => stringAt(part, 'type') === type)
    .map((part) => stringAt(part, 'text') ?? '')
    .join('');

/** What the deltas of one item say differently from its final form, if anything. */
const firstMismatch = (state: ItemState, final: JsonRecord): string | undefined => {
  if (
    state.text.size > 0 &&
    joined(state.text)
      .map((piece) => piece.text)
      .join('') !== outputTexts(final, 'output_text')
  )
    return 'text';
  if (state.summary.size > 0) {
    const summary = recordsIn(final.summary);
    if (joined(state.summary).some((piece) => stringAt(summary[piece.index], 'text') !== piece.text)) return 'reasoning summary';
  }
  if (
    state.reasoningText.size > 0 &&
    joined(state.reasoningText)
      .map((piece) => piece.text)
      .join('') !== outputTexts(final, 'reasoning_text')
  )
    return 'reasoning text';
  if (state.args.length > 0) {
    const sent = stringAt(final, 'arguments') ?? stringAt(final, 'input');
    if (state.args.join('') !== sent) return 'arguments';
  }
  return undefined;
};

/** An item from what was streamed of it, for an item output_item.done never closed. */
const built = (state: ItemState): JsonRecord => {
  const item: JsonRecord = { ...(state.item ?? {}) };
  const type = stringAt(item, 'type') ?? state.hint;
  if (type !== undefined) item.type = type;
  if (type === 'message' && (state.text.size > 0 || state.refusal.size > 0)) {
    const parts: JsonRecord[] = joined(state.text).map((piece) => ({
      type: 'output_text',
      text: piece.text,
      annotations: state.annotations.get(piece.index) ?? [],
    }));
    for (const piece of joined(state.refusal)) parts.push({ type: 'refusal', refusal: piece.text });
    item.content = parts;
  } else if (type === 'reasoning') {
    if (state.summary.size > 0) item.summary = joined(state.summary).map((piece) => ({ type: 'summary_text', text: piece.text }));
    if (state.reasoningText.size > 0)
      item.content = joined(state.reasoningText).map((piece) => ({ type: 'reasoning_text', text: piece.text }));
  } else if (type === 'function_call' && state.args.length > 0) {
    item.arguments = state.args.join('');
  } else if (type === 'custom_tool_call' && state.args.length > 0) {
    item.input = state.args.join('');
  }
  return item;
};
