import type { JsonRecord } from '../../lenientFields';
import { isHuge } from '../../parseJson';

/**
 * The usual delta event, `{"type":"response.output_text.delta","sequence_number":9,"item_id":"msg_…",
 * "output_index":1,"content_index":0,"delta":"Hel","logprobs":[],"obfuscation":"…"}`: nearly every
 * event of a stream, and walking each against its codec (eventCodecs.ts) cost about a fifth of
 * decoding a stream (bench/formatsDecode.ts). An event of one of the delta types the reassembler
 * folds, with only its codec's fields, each a string or a number within ±2^53 as the codec wants
 * and `logprobs` empty, is what the walk (contract/walkContract.ts) finds conforming with no
 * extension, no number beyond 2^53 and no deep nesting; anything else goes the walk's way. Read by
 * own keys, as the walk reads them.
 */

/** The delta types read here, and the field that places the delta within its item (none for arguments). */
const PART_FIELD: ReadonlyMap<string, string | null> = new Map([
  ['response.output_text.delta', 'content_index'],
  ['response.refusal.delta', 'content_index'],
  ['response.reasoning_text.delta', 'content_index'],
  ['response.reasoning_summary_text.delta', 'summary_index'],
  ['response.function_call_arguments.delta', null],
  ['response.custom_tool_call_input.delta', null],
]);

/** What a plain delta event says; overwritten by the next read. */
export interface PlainDelta {
  type: string;
  itemId: string;
  outputIndex: number;
  /** content_index or summary_index; 0 for the types that have neither. */
  partIndex: number;
  delta: string;
}

const isPlainObject = (value: unknown): value is JsonRecord => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
};

const isSafeNumber = (value: unknown): value is number => typeof value === 'number' && !isHuge(value);

/**
 * A reader of plain delta events, or undefined while Object.prototype has an enumerable property
 * (then `for...in` would list it as a key of every event, and io-ts's `is` decides: see
 * enumerableInheritance.ts). Asked once per stream. The reader answers undefined for an event
 * that is not plain; its answer is overwritten by the next call.
 */
export const plainDeltaReader = (prototypeHasEnumerableKeys: boolean): ((event: unknown) => PlainDelta | undefined) | undefined => {
  if (prototypeHasEnumerableKeys) return undefined;
  const plain: PlainDelta = { type: '', itemId: '', outputIndex: 0, partIndex: 0, delta: '' };
  return (event) => {
    if (!isPlainObject(event)) return undefined;
    const type = event.type;
    if (typeof type !== 'string') return undefined;
    const partField = PART_FIELD.get(type);
    if (partField === undefined) return undefined;
    plain.type = type;
    plain.partIndex = 0;
    // The required fields met: type, item_id, output_index, delta and the part's index where there is one.
    let required = 0;
    for (const key in event) {
      const value = event[key];
      if (key === 'type') required += 1;
      else if (key === 'item_id') {
        if (typeof value !== 'string') return undefined;
        plain.itemId = value;
        required += 1;
      } else if (key === 'output_index') {
        if (!isSafeNumber(value)) return undefined;
        plain.outputIndex = value;
        required += 1;
      } else if (key === 'delta') {
        if (typeof value !== 'string') return undefined;
        plain.delta = value;
        required += 1;
      } else if (key === partField) {
        if (!isSafeNumber(value)) return undefined;
        plain.partIndex = value;
        required += 1;
      } else if (key === 'sequence_number') {
        if (!isSafeNumber(value)) return undefined;
      } else if (key === 'obfuscation') {
        if (typeof value !== 'string') return undefined;
      } else if (key !== 'logprobs' || !Array.isArray(value) || value.length > 0) return undefined;
    }
    return required === (partField === null ? 4 : 5) ? plain : undefined;
  };
};
