import type { NormalizedToolCall } from '../../model';
import type { ValueScan } from '../../parseJson';
import { isHuge, MAX_JSON_DEPTH, scanInto } from '../../parseJson';
import { isJsonObject } from '../../lenientFields';

/**
 * The `tool_calls` of a final body's message as Ollama's server writes them (api/types.go ToolCall):
 * each call `{function: {name, arguments, index?}, id?}`, nothing else, each of its type. Of such
 * calls the contract walk would find that they conform with no extension (`arguments` is the
 * tool's own object, opaque to the codec), the scan that `arguments` nests within the depth limit
 * and holds no huge number, and the fold would make each call as normalize.ts's normalizeToolCall
 * does. Read here through their own keys (doneBody.ts), `arguments` scanned for the scan's two
 * questions and written as JSON text once. Any other array answers undefined: the codec path reads it.
 */

/**
 * How many levels `arguments` may hold: the body is the first of MAX_JSON_DEPTH, `message` the
 * second, `tool_calls` the third, a call the fourth, its `function` the fifth, `arguments` the sixth.
 */
const ARGUMENTS_LEVELS = MAX_JSON_DEPTH - 5;

/** `arguments` as the fold writes it (JSON text of the object), or undefined when the scan would flag it. */
const argumentsText = (value: unknown): string | undefined => {
  // An array is no t.UnknownRecord: a departure, for the walk to report.
  if (!isJsonObject(value)) return undefined;
  const scan: ValueScan = { tooDeep: false, hugeNumber: false };
  scanInto(value, ARGUMENTS_LEVELS, scan, false);
  return scan.tooDeep || scan.hugeNumber ? undefined : JSON.stringify(value);
};

/** `function: {name, arguments, index?}` as the fold makes it, or undefined. */
const readFunction = (value: unknown): NormalizedToolCall['function'] | undefined => {
  if (!isJsonObject(value)) return undefined;
  let name: string | undefined;
  let text: string | undefined;
  for (const key in value) {
    const field = value[key];
    if (key === 'name') {
      if (typeof field !== 'string') return undefined;
      name = field;
    } else if (key === 'arguments') {
      text = argumentsText(field);
      if (text === undefined) return undefined;
    } else if (key !== 'index' || typeof field !== 'number' || !Number.isInteger(field) || isHuge(field)) {
      // `index` (Ollama 0.12) is a t.Int the scan finds safe; any other key is off the codec.
      return undefined;
    }
  }
  return name === undefined || text === undefined ? undefined : { name, arguments: text };
};

/** One call as normalizeToolCall makes it (`id` "" when there is none), or undefined. */
const readToolCall = (value: unknown): NormalizedToolCall | undefined => {
  if (!isJsonObject(value)) return undefined;
  let id = '';
  let fn: NormalizedToolCall['function'] | undefined;
  for (const key in value) {
    const field = value[key];
    if (key === 'function') {
      fn = readFunction(field);
      if (fn === undefined) return undefined;
    } else if (key === 'id' && typeof field === 'string') {
      id = field;
    } else {
      return undefined;
    }
  }
  return fn === undefined ? undefined : { id, type: 'function', function: fn };
};

/**
 * The calls of a `tool_calls` value in order, or undefined when it is not an array of such calls.
 * Called only where own keys suffice (plainLine.ts, ownKeysSuffice: the names read here included).
 */
export const readDoneToolCalls = (value: unknown): NormalizedToolCall[] | undefined => {
  if (!Array.isArray(value)) return undefined;
  const items: readonly unknown[] = value;
  const calls: NormalizedToolCall[] = [];
  for (let index = 0; index < items.length; index += 1) {
    const call = readToolCall(items[index]);
    if (call === undefined) return undefined;
    calls.push(call);
  }
  return calls;
};
