import { DeltaRole } from './chunk';
import type { OnExtension } from './contract/walkContract';
import type { PathStep } from './contract/walkPath';
import type { JsonRecord } from './lenientFields';
import type { ValueScan } from './parseJson';
import { isHuge, MAX_JSON_DEPTH, scanInto } from './parseJson';
import { isJsonObject } from './lenientFields';

/**
 * The plain walk every Chat Completions plain reader shares (PlainWalk, startPlainWalk,
 * plainExtension, isPlainOpaque: plainChunk.ts, plainCompletion.ts, plainMessage.ts, plainUsage.ts,
 * plainAnnotations.ts), and the parts of plainChunk.ts's walk below a choice: a delta of role, text,
 * reasoning text and tool-call fragments, as ChunkDelta and ChunkToolCall define them, any other key
 * an extension. Functions of one walk state per stream, not closures made per stream.
 */

/** A plain walk under way: the path to the value visited, what its scan found, where extensions go. */
export interface PlainWalk {
  readonly steps: PathStep[];
  /** Held until the chunk is known plain: a chunk given up leaves the caller's scan as it was. */
  readonly seen: ValueScan;
  found: OnExtension;
}

/** Ready for the next chunk, its extensions going to `found`. */
export const startPlainWalk = (walk: PlainWalk, found: OnExtension): void => {
  // Left over by a chunk given up; emptied only then (setting length is a call into the engine).
  if (walk.steps.length > 0) walk.steps.length = 0;
  walk.seen.tooDeep = false;
  walk.seen.hugeNumber = false;
  walk.found = found;
};

/** `nullable(t.string)`, as the walk tells it. */
export const isNullableString = (value: unknown): boolean => value === null || typeof value === 'string';

/** An integer, as t.Int takes it; one beyond 2^53 noted as the walk's scan notes it. */
export const isPlainInt = (walk: PlainWalk, value: unknown): boolean => {
  if (typeof value !== 'number' || !Number.isInteger(value)) return false;
  if (isHuge(value)) walk.seen.hugeNumber = true;
  return true;
};

/** An extension at the path + key: reported, and its value scanned as the walk scans what it does not walk. */
export const plainExtension = (walk: PlainWalk, key: string, value: unknown): void => {
  walk.steps.push(key);
  walk.found(walk.steps, value);
  scanInto(value, MAX_JSON_DEPTH - walk.steps.length, walk.seen, false);
  walk.steps.pop();
};

/** An object the codec takes whole (t.UnknownRecord): scanned as the walk scans it, nothing reported in it. */
export const isPlainOpaque = (walk: PlainWalk, key: string, value: unknown): boolean => {
  if (!isJsonObject(value)) return false;
  walk.steps.push(key);
  scanInto(value, MAX_JSON_DEPTH - walk.steps.length, walk.seen, false);
  walk.steps.pop();
  return true;
};

/** A call's `function`: `name` and `arguments` strings, any other key an extension; false for another value of those two. */
const isPlainFunction = (walk: PlainWalk, fn: JsonRecord): boolean => {
  for (const key in fn) {
    const value = fn[key];
    if (key === 'name' || key === 'arguments') {
      if (typeof value !== 'string') return false;
    } else plainExtension(walk, key, value);
  }
  return true;
};

const isPlainToolCall = (walk: PlainWalk, call: JsonRecord): boolean => {
  let indexed = false;
  for (const key in call) {
    const value = call[key];
    switch (key) {
      case 'index':
        if (!isPlainInt(walk, value)) return false;
        indexed = true;
        break;
      case 'id':
        if (typeof value !== 'string') return false;
        break;
      case 'type':
        if (value !== 'function') return false;
        break;
      case 'function':
        if (!isJsonObject(value)) return false;
        walk.steps.push(key);
        if (!isPlainFunction(walk, value)) return false;
        walk.steps.pop();
        break;
      default:
        plainExtension(walk, key, value);
    }
  }
  return indexed;
};

/** `tool_calls`: an array of ChunkToolCall, each an `index` and its optional id, type and function. */
const arePlainToolCalls = (walk: PlainWalk, calls: unknown): boolean => {
  if (!Array.isArray(calls)) return false;
  const items: readonly unknown[] = calls;
  walk.steps.push('tool_calls');
  for (let index = 0; index < items.length; index += 1) {
    const call = items[index];
    if (!isJsonObject(call)) return false;
    walk.steps.push(index);
    if (!isPlainToolCall(walk, call)) return false;
    walk.steps.pop();
  }
  walk.steps.pop();
  return true;
};

/** A choice's delta, its path already on `walk.steps`. */
export const isPlainDelta = (walk: PlainWalk, delta: JsonRecord): boolean => {
  for (const key in delta) {
    const value = delta[key];
    switch (key) {
      case 'role':
        if (!DeltaRole.is(value)) return false;
        break;
      case 'content':
      case 'refusal':
      case 'reasoning_content':
        if (!isNullableString(value)) return false;
        break;
      case 'tool_calls':
        if (!arePlainToolCalls(walk, value)) return false;
        break;
      case 'function_call':
        return false;
      default:
        plainExtension(walk, key, value);
    }
  }
  return true;
};
