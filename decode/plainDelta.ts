import type { JsonRecord } from './lenientFields';

/**
 * A stream delta that holds only role, text content and reasoning text: what almost every chunk
 * carries (`{"content": "Hel"}`). The reassembler reads some ten fields of a delta; for such a
 * delta, going through its one or two own keys answers all of them without asking the other
 * eight, which it lacks (and in a stream of 200,000 chunks those misses add up).
 */
export interface PlainDelta {
  role: unknown;
  content: string | null | undefined;
  reasoningContent: unknown;
  reasoning: unknown;
}

/** The names a plain delta may have; the reassembler reads these and six more. */
const PLAIN_KEYS = new Set(['role', 'content', 'reasoning_content', 'reasoning']);

/** Every name the reassembler reads from a delta. */
const DELTA_NAMES = [...PLAIN_KEYS, 'reasoning_details', 'refusal', 'tool_calls', 'annotations', 'function_call'];

/**
 * A reader of plain deltas, or undefined where reading own keys could differ from reading fields:
 * when some script gave Object.prototype a property by one of these names, every delta would
 * inherit it. Asked once per stream. The reader answers undefined for a delta that is not plain;
 * its answer is overwritten by the next call.
 */
export const plainDeltaReader = (): ((delta: JsonRecord) => PlainDelta | undefined) | undefined => {
  if (DELTA_NAMES.some((name) => name in Object.prototype)) return undefined;
  const plain: PlainDelta = { role: undefined, content: undefined, reasoningContent: undefined, reasoning: undefined };
  return (delta) => {
    const prototype: unknown = Object.getPrototypeOf(delta);
    if (prototype !== Object.prototype && prototype !== null) return undefined;
    plain.role = undefined;
    plain.content = undefined;
    plain.reasoningContent = undefined;
    plain.reasoning = undefined;
    for (const key in delta) {
      if (!PLAIN_KEYS.has(key)) return undefined;
      const value = delta[key];
      if (key === 'content') {
        // Content parts (an array) and other values take the full path.
        if (typeof value !== 'string' && value !== null) return undefined;
        plain.content = value;
      } else if (key === 'role') plain.role = value;
      else if (key === 'reasoning_content') plain.reasoningContent = value;
      else plain.reasoning = value;
    }
    return plain;
  };
};
