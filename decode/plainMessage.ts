import { MessageRole } from './contract';
import type { JsonRecord } from './lenientFields';
import { arePlainAnnotations } from './plainAnnotations';
import type { PlainWalk } from './plainDeltaWalk';
import { isNullableString, plainExtension } from './plainDeltaWalk';
import { isJsonObject } from './lenientFields';

/**
 * The parts of plainCompletion.ts's walk below a choice: a message of role, text, reasoning text,
 * refusal, url citations and function tool calls, as Message and FunctionToolCall define them, any other key an
 * extension. Anything the walk would judge by more than a type test (content parts,
 * audio, a function_call, a custom tool call) gives the body up to the walk.
 */

/** A call's `function`: FunctionCall, a required `name` and an optional `arguments`, both strings. */
const isPlainFunction = (walk: PlainWalk, fn: JsonRecord): boolean => {
  let named = false;
  for (const key in fn) {
    const value = fn[key];
    if (key === 'name') {
      if (typeof value !== 'string') return false;
      named = true;
    } else if (key === 'arguments') {
      if (typeof value !== 'string') return false;
    } else plainExtension(walk, key, value);
  }
  return named;
};

const ID = 1;
const TYPE = 2;
const FUNCTION = 4;
const CALL_REQUIRED = ID | TYPE | FUNCTION;

/**
 * A FunctionToolCall. ToolCall is a union tagged by `type`: the walk reads a key of the other
 * member (`custom`) as that member's field, not as an extension, so such a key gives up.
 */
const isPlainToolCall = (walk: PlainWalk, call: JsonRecord): boolean => {
  let required = 0;
  for (const key in call) {
    const value = call[key];
    switch (key) {
      case 'id':
        if (typeof value !== 'string') return false;
        required |= ID;
        break;
      case 'type':
        if (value !== 'function') return false;
        required |= TYPE;
        break;
      case 'function':
        if (!isJsonObject(value)) return false;
        walk.steps.push(key);
        if (!isPlainFunction(walk, value)) return false;
        walk.steps.pop();
        required |= FUNCTION;
        break;
      case 'custom':
        return false;
      default:
        plainExtension(walk, key, value);
    }
  }
  return required === CALL_REQUIRED;
};

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

/** A choice's message, its path already on `walk.steps`. */
export const isPlainMessage = (walk: PlainWalk, message: JsonRecord): boolean => {
  let hasRole = false;
  for (const key in message) {
    const value = message[key];
    switch (key) {
      case 'role':
        if (!MessageRole.is(value)) return false;
        hasRole = true;
        break;
      case 'content':
      case 'refusal':
      case 'reasoning_content':
        if (!isNullableString(value)) return false;
        break;
      case 'name':
      case 'tool_call_id':
        if (typeof value !== 'string') return false;
        break;
      case 'tool_calls':
        if (!arePlainToolCalls(walk, value)) return false;
        break;
      case 'annotations':
        if (!arePlainAnnotations(walk, value)) return false;
        break;
      case 'function_call':
      case 'audio':
        if (value !== null) return false;
        break;
      default:
        plainExtension(walk, key, value);
    }
  }
  return hasRole;
};
