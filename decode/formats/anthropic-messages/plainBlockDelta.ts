import type { JsonRecord } from '../../lenientFields';
import { isHuge } from '../../parseJson';

/**
 * The usual content_block_delta, `{"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"Hel"}}`:
 * nine events in ten of a stream, and walking each against its codec cost more than a fifth of
 * decoding a stream (bench/formatsDecode.ts). An event with exactly these own keys, an integer
 * index within ±2^53 and a delta of one of the four fragment types with exactly its `type` and
 * its string, is what the walk (contract/walkContract.ts) finds conforming with no extension, no
 * number beyond 2^53 and no deep nesting; anything else (another key, a citation, a null) goes
 * the walk's way. Read by own keys, as the walk reads them.
 */

/** The deltas that carry a string fragment, and the field each carries it in (codecs.ts, Delta). */
export const FRAGMENT_FIELD: ReadonlyMap<string, string> = new Map([
  ['text_delta', 'text'],
  ['thinking_delta', 'thinking'],
  ['signature_delta', 'signature'],
  ['input_json_delta', 'partial_json'],
]);

/** What a plain delta says; overwritten by the next read. */
export interface PlainBlockDelta {
  index: number;
  /** text_delta, thinking_delta, signature_delta or input_json_delta. */
  type: string;
  fragment: string;
}

/** A JSON object with no prototype but Object's or none (plainFrameEvent.ts asks it too). */
export const isPlainObject = (value: unknown): value is JsonRecord => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
};

/** Whether a delta object is plain (its `type` and that type's string, nothing else); if so, noted in `plain`. */
const readFragment = (delta: JsonRecord, plain: PlainBlockDelta): boolean => {
  let type: unknown;
  let other: string | undefined;
  let fragment: unknown;
  let keys = 0;
  for (const key in delta) {
    keys += 1;
    if (key === 'type') type = delta[key];
    else {
      other = key;
      fragment = delta[key];
    }
  }
  if (keys !== 2 || typeof type !== 'string' || typeof fragment !== 'string' || other !== FRAGMENT_FIELD.get(type)) return false;
  plain.type = type;
  plain.fragment = fragment;
  return true;
};

/**
 * A reader of plain content_block_delta events, or undefined while Object.prototype has an
 * enumerable property (then `for...in` would list it as a key of every event, and io-ts's `is`
 * decides: see enumerableInheritance.ts). Asked once per stream. The reader answers undefined for
 * an event that is not plain; its answer is overwritten by the next call.
 */
export const plainBlockDeltaReader = (
  prototypeHasEnumerableKeys: boolean,
): ((event: JsonRecord) => PlainBlockDelta | undefined) | undefined => {
  if (prototypeHasEnumerableKeys) return undefined;
  const plain: PlainBlockDelta = { index: 0, type: '', fragment: '' };
  return (event) => {
    if (!isPlainObject(event)) return undefined;
    let keys = 0;
    for (const key in event) {
      keys += 1;
      const value = event[key];
      if (key === 'type') {
        if (value !== 'content_block_delta') return undefined;
      } else if (key === 'index') {
        if (typeof value !== 'number' || !Number.isInteger(value) || isHuge(value)) return undefined;
        plain.index = value;
      } else if (key === 'delta') {
        if (!isPlainObject(value) || !readFragment(value, plain)) return undefined;
      } else return undefined;
    }
    return keys === 3 ? plain : undefined;
  };
};
