import type * as t from 'io-ts';
import type { CodecShape, Field, TaggedGuard } from './codecShape';
import { shapeOf } from './codecShape';
import type { JsonRecord } from '../lenientFields';
import { arrayOf, recordOf } from '../lenientFields';
import type { ValueScan } from '../parseJson';
import { prototypeHasEnumerableKeys } from '../enumerableInheritance';
import type { FailureNotes, NotingWalk } from './failureNotes';
import { noteFailure } from './failureNotes';
import type { ScanningWalk } from './scanAlongside';
import { scanDepth, scanNumber, scanUnwalked } from './scanAlongside';
import type { PathStep } from './walkPath';

/**
 * The conformance walk: one walk of a value alongside a codec's shape (codecShape.ts) that
 * reports the fields the codec does not define (foundExtensions.ts) and tells whether the value
 * conforms, the question io-ts's `is` answers. For every body and every stream chunk both are
 * asked, and one walk over the value's own keys costs about what `is` alone did (bench: "Decoding
 * against its floor"). Only a value that does not conform goes on to io-ts (contractErrors.ts)
 * for its errors; the walk notes where it failed (failureNotes.ts) and, when asked, what
 * parseJson's scan would find (scanAlongside.ts).
 */

/** Called for each extension, in the body's order; `steps` is only valid during the call. */
export type OnExtension = (steps: readonly PathStep[], value: unknown) => void;

interface Walk extends NotingWalk, ScanningWalk {
  readonly steps: PathStep[];
  readonly found: OnExtension;
}

/**
 * Whether a value conforms, where nothing is walked: a value that is not an object, or a codec
 * with nothing inside (a string, a literal, ...), whose test is io-ts's own, inlined.
 */
const conformsUnwalked = (shape: CodecShape, value: unknown): boolean => {
  const guard = shape.guard;
  switch (guard.kind) {
    case 'typeof':
      return typeof value === guard.type;
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value);
    case 'literal':
      return value === guard.value;
    case 'keyof':
      return typeof value === 'string' && guard.keys.has(value);
    case 'refinement':
      return conformsUnwalked(guard.inner, value) && guard.predicate(value);
    case 'nullable':
      return value === null || conformsUnwalked(guard.inner, value);
    case 'union':
      return guard.members.some((member) => conformsUnwalked(member, value));
    case 'codec':
      return guard.is(value);
    case 'object':
    case 'array':
    case 'tagged':
      return false;
  }
};

const reportExtension = (key: string, child: unknown, walk: Walk): void => {
  walk.steps.push(key);
  walk.found(walk.steps, child);
  scanUnwalked(walk, child);
  walk.steps.pop();
};

/** A field the contract defines: walked if it is an object or array, and checked. */
const visitField = (shape: CodecShape, key: string, child: unknown, walk: Walk): boolean => {
  if (typeof child !== 'object' || child === null) {
    if (typeof child === 'number') scanNumber(walk, child);
    if (conformsUnwalked(shape, child)) return true;
    noteFailure(walk, shape, key, child);
    return false;
  }
  walk.steps.push(key);
  const conforms = visit(shape, child, walk);
  walk.steps.pop();
  return conforms;
};

/** One field of an object whose codec's `is` decides: an extension, or a field walked in turn. */
const visitMember = (props: ReadonlyMap<string, CodecShape>, key: string, child: unknown, walk: Walk): void => {
  const shape = props.get(key);
  if (shape === undefined) reportExtension(key, child, walk);
  else visitField(shape, key, child, walk);
};

const visitItems = (element: CodecShape, items: readonly unknown[], walk: Walk): boolean => {
  let conforms = true;
  for (let index = 0; index < items.length; index += 1) {
    const item = items[index];
    if (typeof item !== 'object' || item === null) {
      if (typeof item === 'number') scanNumber(walk, item);
      if (conformsUnwalked(element, item)) continue;
      noteFailure(walk, element, index, item);
      conforms = false;
      continue;
    }
    walk.steps.push(index);
    conforms = visit(element, item, walk) && conforms;
    walk.steps.pop();
  }
  return conforms;
};

/**
 * An object of t.type and t.partial fields, checked as io-ts's `is` does from the keys it has: each
 * defined key's value conforms (an undefined one only where required), and every required key is
 * there. Returns whether it conforms; goes on after a failure, to find every extension.
 */
const visitFields = (fields: ReadonlyMap<string, Field>, requiredCount: number, record: JsonRecord, walk: Walk): boolean => {
  let conforms = true;
  let requiredSeen = 0;
  // The same loop twice, for...in or Object.keys: a shared callback would cost a closure per object.
  if (walk.ownKeys) {
    for (const key of Object.keys(record)) {
      const child = record[key];
      const field = fields.get(key);
      if (field === undefined) reportExtension(key, child, walk);
      else if (field.required) {
        requiredSeen += 1;
        conforms = visitField(field.shape, key, child, walk) && conforms;
      } else if (child !== undefined) conforms = visitField(field.shape, key, child, walk) && conforms;
    }
  } else {
    for (const key in record) {
      const child = record[key];
      const field = fields.get(key);
      if (field === undefined) reportExtension(key, child, walk);
      else if (field.required) {
        requiredSeen += 1;
        conforms = visitField(field.shape, key, child, walk) && conforms;
      } else if (child !== undefined) conforms = visitField(field.shape, key, child, walk) && conforms;
    }
  }
  if (requiredSeen === requiredCount) return conforms;
  for (const [key, field] of fields) if (field.required && !Object.hasOwn(record, key)) noteFailure(walk, field.shape, key, undefined);
  return false;
};

/** Any other codec: its own `is` decides; its fields and elements are still walked for extensions. */
const visitOpaque = (shape: CodecShape, is: (value: unknown) => boolean, value: object, walk: Walk): boolean => {
  const items = arrayOf(value);
  const record = items === undefined ? recordOf(value) : undefined;
  const props = shape.props;
  if (items !== undefined && shape.element !== null) visitItems(shape.element, items, walk);
  else if (record !== undefined && props !== null) {
    if (walk.ownKeys) for (const key of Object.keys(record)) visitMember(props, key, record[key], walk);
    else for (const key in record) visitMember(props, key, record[key], walk);
  } else scanUnwalked(walk, value);
  return is(value);
};

/**
 * An object under a tagged union: checked as the member its tag selects (io-ts's `is`), walked for
 * extensions by the union's merged fields, as findExtensions always has. The tag's value is noted
 * with a failure: it decides which member's errors explain it.
 */
const visitTagged = (shape: CodecShape, guard: TaggedGuard, record: JsonRecord, walk: Walk): boolean => {
  const props = shape.props;
  const branch = guard.branches.get(record[guard.tag]);
  let conforms = branch !== undefined;
  let requiredSeen = 0;
  const keys = walk.ownKeys ? Object.keys(record) : keysOf(record);
  for (const key of keys) {
    const child = record[key];
    const field = branch?.fields.get(key);
    if (field !== undefined) {
      if (field.required) requiredSeen += 1;
      if (field.required || child !== undefined) conforms = visitField(field.shape, key, child, walk) && conforms;
    } else if (props !== null) {
      visitMember(props, key, child, walk);
    }
  }
  if (branch !== undefined && requiredSeen < branch.requiredCount) {
    for (const [key, field] of branch.fields)
      if (field.required && !Object.hasOwn(record, key)) noteFailure(walk, field.shape, key, undefined);
    conforms = false;
  }
  if (!conforms) noteFailure(walk, shape, guard.tag, record[guard.tag]);
  return conforms;
};

/** An object's keys as for...in gives them (own keys, while Object.prototype is clean). */
const keysOf = (record: JsonRecord): string[] => {
  const keys: string[] = [];
  for (const key in record) keys.push(key);
  return keys;
};

/**
 * Walks an object or array alongside the codec of `shape`: reports each extension, and returns
 * whether the value conforms (what the codec's `is` answers).
 */
function visit(shape: CodecShape, value: object, walk: Walk): boolean {
  const guard = shape.guard;
  scanDepth(walk);
  switch (guard.kind) {
    case 'nullable':
      return visit(guard.inner, value, walk);
    case 'union': {
      // Only the member of the value's kind can take it (see codecShape.ts).
      const member = Array.isArray(value) ? guard.forArrays : guard.forRecords;
      if (member !== null) return visit(member, value, walk);
      break;
    }
    case 'object': {
      const record = recordOf(value);
      if (record !== undefined) return visitFields(guard.fields, guard.requiredCount, record, walk);
      break;
    }
    case 'tagged': {
      const record = recordOf(value);
      if (record !== undefined) return visitTagged(shape, guard, record, walk);
      break;
    }
    case 'array': {
      const items = arrayOf(value);
      if (items !== undefined && shape.element !== null) return visitItems(shape.element, items, walk);
      break;
    }
    case 'codec':
      if (visitOpaque(shape, guard.is, value, walk)) return true;
      noteFailure(walk, shape, undefined, value);
      return false;
    default:
      // A codec with nothing inside (a string, a literal, ...): nothing to walk in an object.
      if (conformsUnwalked(shape, value)) return true;
  }
  scanUnwalked(walk, value);
  noteFailure(walk, shape, undefined, value);
  return false;
}

/**
 * Walks a value parsed from JSON alongside `codec`: calls `found` for each field the codec does
 * not define, in the body's order, and returns whether the value conforms to the codec; notes
 * where it fails in `failures`, when given. With `scan`, it also finds what parseJson's scan
 * finds (numbers beyond 2^53, nesting beyond MAX_JSON_DEPTH) for a value parsed without one: a
 * stream chunk is then walked once, not twice.
 *
 * The answer is io-ts's own `is` when some script has added an enumerable property to
 * Object.prototype. Otherwise the walk decides for objects and arrays from their own keys, which
 * is what `is` answers for JSON values, with one exception no real page has: a property that a
 * script defined on Object.prototype, not enumerable, named like an optional field of the
 * contract (`usage`, `logprobs`), which io-ts reads as that field of every object that lacks it.
 */
export const walkContract = (codec: t.Mixed, value: unknown, found: OnExtension, failures?: FailureNotes, scan?: ValueScan): boolean => {
  const ownKeys = prototypeHasEnumerableKeys();
  const shape = shapeOf(codec);
  const walk: Walk = { steps: [], found, ownKeys, failures, scan };
  let conforms: boolean;
  if (typeof value === 'object' && value !== null) conforms = visit(shape, value, walk);
  else {
    scanUnwalked(walk, value);
    conforms = conformsUnwalked(shape, value);
    if (!conforms) noteFailure(walk, shape, undefined, value);
  }
  if (!ownKeys) return conforms;
  if (failures !== undefined) failures.reusable = false;
  return codec.is(value);
};
