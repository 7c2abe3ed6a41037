import type { JsonRecord } from './lenientFields';

/**
 * A stream delta that holds, of the fields the reassembler reads, only role, text content and
 * reasoning text: what almost every chunk carries (`{"content": "Hel"}`, Together's
 * `{"token_id": 14, "role": "assistant", "content": ","}`). The reassembler reads some ten fields
 * of a delta; for such a delta, going through its few own keys answers all of them without asking
 * the others, which it lacks (and in a stream of 200,000 chunks those misses add up). Keys the
 * reassembler never reads (`token_id`, `channel`) are passed over.
 */
export interface PlainDelta {
  role: unknown;
  content: string | null | undefined;
  reasoningContent: unknown;
  reasoning: unknown;
}

/**
 * Whether Object.prototype has a property named like a field the reassembler reads from a delta
 * (reassembleStream.ts mergeDelta, normalizeMessage.ts reasoningOf): every delta would inherit it.
 * One `in` per name written out, not a loop over a list of names: the loop's `name in` is a keyed
 * lookup per name (~290 ns a stream in all), a literal key one the engine caches (as
 * formats/ollama/plainLine.ts found).
 */
const prototypeHasDeltaName = (proto: object): boolean =>
  'role' in proto ||
  'content' in proto ||
  'reasoning_content' in proto ||
  'reasoning' in proto ||
  'reasoning_details' in proto ||
  'refusal' in proto ||
  'tool_calls' in proto ||
  'annotations' in proto ||
  'function_call' in proto;

/**
 * A reader of plain deltas, or undefined where reading own keys could differ from reading fields:
 * when some script gave Object.prototype a property by one of these names, every delta would
 * inherit it. Asked once per stream. The reader answers undefined for a delta that is not plain;
 * its answer is overwritten by the next call.
 */
export const plainDeltaReader = (): ((delta: JsonRecord) => PlainDelta | undefined) | undefined => {
  if (prototypeHasDeltaName(Object.prototype)) return undefined;
  const plain: PlainDelta = { role: undefined, content: undefined, reasoningContent: undefined, reasoning: undefined };
  return (delta) => {
    const prototype: unknown = Object.getPrototypeOf(delta);
    if (prototype !== Object.prototype && prototype !== null) return undefined;
    plain.role = undefined;
    plain.content = undefined;
    plain.reasoningContent = undefined;
    plain.reasoning = undefined;
    for (const key in delta) {
      const value = delta[key];
      switch (key) {
        case 'content':
          // Content parts (an array) and other values take the full path.
          if (typeof value !== 'string' && value !== null) return undefined;
          plain.content = value;
          break;
        case 'role':
          plain.role = value;
          break;
        case 'reasoning_content':
          plain.reasoningContent = value;
          break;
        case 'reasoning':
          plain.reasoning = value;
          break;
        case 'reasoning_details':
        case 'refusal':
        case 'tool_calls':
        case 'annotations':
        case 'function_call':
          return undefined;
        default:
        // Read by nobody: an extension, listed by the walk.
      }
    }
    return plain;
  };
};
