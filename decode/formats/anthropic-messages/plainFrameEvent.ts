import type { JsonRecord } from '../../lenientFields';
import { isHuge } from '../../parseJson';
import { isPlainObject } from './plainBlockDelta';

/**
 * The events that frame a stream's blocks, `{"type":"ping"}`, `{"type":"message_stop"}`,
 * `{"type":"content_block_stop","index":0}` and `{"type":"content_block_start","index":0,
 * "content_block":{"type":"text","text":""}}` (or a thinking block of `thinking` and `signature`):
 * a fifth of a recorded stream's events, each walked against its codec before. An event with
 * exactly these own keys, an integer index within ±2^53 and strings where the block has them is
 * what the walk (contract/walkContract.ts) finds conforming with no extension, no number beyond
 * 2^53 and no deep nesting; anything else (another key, a tool_use block, a citation list) goes the
 * walk's way. Read by own keys, as the walk reads them (plainBlockDelta.ts reads the deltas so).
 */

/** What a plain framing event says; overwritten by the next read. */
export interface PlainFrameEvent {
  /** ping, message_stop, content_block_stop or content_block_start. */
  type: string;
  /** The block's index (content_block_stop, content_block_start). */
  index: number;
  /** content_block_start's block, as parsed. */
  block: JsonRecord | undefined;
}

/** An event type read here, and whether it has an `index` and a `content_block`. */
interface Shape {
  /** The type as a constant: the stream compares it with the event line's slice of the body, cheaper than with the parsed `type`. */
  readonly type: string;
  readonly index: boolean;
  readonly block: boolean;
}

const SHAPES: ReadonlyMap<string, Shape> = new Map(
  [
    { type: 'ping', index: false, block: false },
    { type: 'message_stop', index: false, block: false },
    { type: 'content_block_stop', index: true, block: false },
    { type: 'content_block_start', index: true, block: true },
  ].map((shape) => [shape.type, shape]),
);

/** A text block of exactly `type` and `text`, or a thinking block of exactly `type`, `thinking` and `signature`. */
const isPlainBlock = (block: JsonRecord): boolean => {
  let keys = 0;
  let type: unknown;
  let strings = 0;
  for (const key in block) {
    keys += 1;
    const value = block[key];
    if (key === 'type') type = value;
    else if ((key === 'text' || key === 'thinking' || key === 'signature') && typeof value === 'string') strings += 1;
    else return false;
  }
  if (type === 'text') return keys === 2 && strings === 1 && typeof block.text === 'string';
  if (type === 'thinking') return keys === 3 && strings === 2 && typeof block.thinking === 'string' && typeof block.signature === 'string';
  return false;
};

/**
 * A reader of plain framing events, or undefined while Object.prototype has an enumerable property
 * (then `for...in` would list it as a key of every event, and io-ts's `is` decides: see
 * enumerableInheritance.ts). Asked once per stream. The reader answers undefined for an event that
 * is not plain; its answer is overwritten by the next call.
 */
export const plainFrameEventReader = (
  prototypeHasEnumerableKeys: boolean,
): ((event: JsonRecord) => PlainFrameEvent | undefined) | undefined => {
  if (prototypeHasEnumerableKeys) return undefined;
  const plain: PlainFrameEvent = { type: '', index: 0, block: undefined };
  return (event) => {
    if (!isPlainObject(event)) return undefined;
    const type = event.type;
    const shape = typeof type === 'string' ? SHAPES.get(type) : undefined;
    if (shape === undefined || typeof type !== 'string') return undefined;
    let keys = 0;
    let indexed = false;
    plain.index = 0;
    let block: JsonRecord | undefined;
    for (const key in event) {
      keys += 1;
      const value = event[key];
      if (key === 'type') continue;
      if (key === 'index' && shape.index) {
        if (typeof value !== 'number' || !Number.isInteger(value) || isHuge(value)) return undefined;
        plain.index = value;
        indexed = true;
      } else if (key === 'content_block' && shape.block) {
        if (!isPlainObject(value) || !isPlainBlock(value)) return undefined;
        block = value;
      } else return undefined;
    }
    if (shape.index !== indexed || shape.block !== (block !== undefined)) return undefined;
    if (keys !== 1 + (shape.index ? 1 : 0) + (shape.block ? 1 : 0)) return undefined;
    plain.type = shape.type;
    plain.block = block;
    return plain;
  };
};
