import * as t from 'io-ts';
import { recordOf } from '../lenientFields';

/**
 * What a walk of a value alongside a contract codec needs of each codec, made once per codec and
 * linked to its children's: a stream of 200,000 chunks walks the same codecs 200,000 times.
 *
 * - `props`: the fields the codec defines, merged over intersections and unions of object codecs
 *   (null: not an object codec; t.UnknownRecord for moderation is opaque). Any other field of a
 *   value is a provider's extension.
 * - `element`: the element codec's shape, when the codec (or a member of its union) is an array codec.
 * - `guard`: how to tell whether a value conforms, which for the common codecs (objects made of
 *   t.type and t.partial, arrays, `X | null`, plain unions, strings, numbers, literals, t.keyof,
 *   t.Int) the walk works out itself, with the same test io-ts's `is` makes, from the keys it
 *   visits anyway; every other codec is asked with its own `is`.
 */
export type Guard =
  | { readonly kind: 'codec'; readonly is: (value: unknown) => boolean }
  | { readonly kind: 'typeof'; readonly type: 'string' | 'number' | 'boolean' }
  | { readonly kind: 'integer' }
  | { readonly kind: 'literal'; readonly value: unknown }
  | { readonly kind: 'keyof'; readonly keys: ReadonlySet<string> }
  | { readonly kind: 'refinement'; readonly inner: CodecShape; readonly predicate: (value: unknown) => boolean }
  | { readonly kind: 'object'; readonly fields: ReadonlyMap<string, Field>; readonly requiredCount: number }
  | { readonly kind: 'array' }
  | { readonly kind: 'nullable'; readonly inner: CodecShape }
  | {
      readonly kind: 'union';
      readonly members: readonly CodecShape[];
      readonly forArrays: CodecShape | null;
      readonly forRecords: CodecShape | null;
    }
  | { readonly kind: 'tagged'; readonly tag: string; readonly branches: ReadonlyMap<unknown, ObjectGuard> };

/** The guard of an object codec made of t.type and t.partial. */
export type ObjectGuard = Extract<Guard, { kind: 'object' }>;

export type TaggedGuard = Extract<Guard, { kind: 'tagged' }>;

/** A field of an object codec: its codec's shape, and whether t.type (not t.partial) defines it. */
export interface Field {
  readonly shape: CodecShape;
  readonly required: boolean;
}

export interface CodecShape {
  readonly props: Map<string, CodecShape> | null;
  element: CodecShape | null;
  guard: Guard;
}

const unknownArray = (value: unknown): readonly unknown[] => (t.UnknownArray.is(value) ? value : []);

const isCodec = (value: unknown): value is t.Mixed => value instanceof t.Type;

/** The properties an object codec knows, merged over intersections and unions of object codecs. */
const knownProps = (codec: unknown, into: Map<string, unknown>): boolean => {
  if (codec instanceof t.InterfaceType || codec instanceof t.PartialType) {
    const props = recordOf(codec.props);
    if (props === undefined) return false;
    for (const [key, prop] of Object.entries(props)) if (!into.has(key)) into.set(key, prop);
    return true;
  }
  if (codec instanceof t.IntersectionType || codec instanceof t.UnionType) {
    let any = false;
    for (const member of unknownArray(codec.types)) any = knownProps(member, into) || any;
    return any;
  }
  if (codec instanceof t.RefinementType || codec instanceof t.ReadonlyType) return knownProps(codec.type, into);
  return false;
};

/** The element codec when the codec (or a member of its union) is an array codec. */
const elementCodec = (codec: unknown): unknown => {
  if (codec instanceof t.ArrayType || codec instanceof t.ReadonlyArrayType) return codec.type;
  if (codec instanceof t.UnionType) {
    for (const member of unknownArray(codec.types)) {
      const element = elementCodec(member);
      if (element !== undefined) return element;
    }
  }
  return undefined;
};

/**
 * Collects into `required` the required keys of an object built of t.type and t.partial
 * (intersected at any depth). False for any other codec, or when members define the same key
 * (then the codec's own `is` decides).
 */
const objectKeys = (codec: unknown, required: Set<string>, all: Set<string>): boolean => {
  if (codec instanceof t.InterfaceType || codec instanceof t.PartialType) {
    const props = recordOf(codec.props);
    if (props === undefined) return false;
    for (const key of Object.keys(props)) {
      if (all.has(key)) return false;
      all.add(key);
      if (codec instanceof t.InterfaceType) required.add(key);
    }
    return true;
  }
  if (codec instanceof t.IntersectionType) return unknownArray(codec.types).every((member) => objectKeys(member, required, all));
  return false;
};

/** `X | null` with X an object or array codec: the walk checks X itself. */
const nullableOf = (codec: unknown): unknown => {
  if (!(codec instanceof t.UnionType)) return undefined;
  const members = unknownArray(codec.types);
  if (members.length !== 2 || !members.some((member) => member instanceof t.NullType)) return undefined;
  return members.find((member) => !(member instanceof t.NullType));
};

/** The test io-ts's `is` makes for a codec with nothing inside, when it is one of the plain ones. */
const leafGuard = (codec: t.Mixed): Guard | undefined => {
  if (codec instanceof t.StringType) return { kind: 'typeof', type: 'string' };
  if (codec instanceof t.NumberType) return { kind: 'typeof', type: 'number' };
  if (codec instanceof t.BooleanType) return { kind: 'typeof', type: 'boolean' };
  if (codec instanceof t.NullType) return { kind: 'literal', value: null };
  if (codec instanceof t.LiteralType) return { kind: 'literal', value: codec.value };
  // io-ts: a string that is an own key of the keys object.
  if (codec instanceof t.KeyofType) return { kind: 'keyof', keys: new Set(Object.getOwnPropertyNames(codec.keys)) };
  // t.Int is io-ts's refinement of t.number by Number.isInteger: tested without the call.
  if (codec === t.Int) return { kind: 'integer' };
  if (codec instanceof t.RefinementType && isCodec(codec.type)) {
    // Any other refinement of a leaf (t.Int is tested above): the leaf's test, then the predicate.
    const inner = shapeOf(codec.type);
    const predicate: (value: unknown) => boolean = codec.predicate;
    if (isLeaf(inner.guard)) return { kind: 'refinement', inner, predicate };
  }
  return undefined;
};

const isLeaf = (guard: Guard): boolean =>
  guard.kind === 'typeof' || guard.kind === 'integer' || guard.kind === 'literal' || guard.kind === 'keyof' || guard.kind === 'refinement';

/**
 * A union the walk can check itself (`string | MessageContentPart[]`): not tagged (io-ts's
 * TaggedUnionType has a `tag`), its members plain leaves plus at most one object codec and at most
 * one array codec. An array or an object can then only be the one member of its kind, and its
 * fields are the ones the union's shape lists; anything else conforms if some leaf member takes it.
 */
const unionGuard = (codec: t.Mixed): Guard | undefined => {
  if (!(codec instanceof t.UnionType) || 'tag' in codec) return undefined;
  const members = unknownArray(codec.types).filter(isCodec).map(shapeOf);
  const arrays = members.filter((member) => member.guard.kind === 'array');
  const records = members.filter((member) => member.guard.kind === 'object');
  const plain = members.every((member) => isLeaf(member.guard) || member.guard.kind === 'array' || member.guard.kind === 'object');
  if (!plain || arrays.length > 1 || records.length > 1) return undefined;
  return { kind: 'union', members, forArrays: arrays[0] ?? null, forRecords: records[0] ?? null };
};

/**
 * A tagged union (io-ts's TaggedUnionType: ToolCall by its `type`), whose `is` checks the one
 * member its tag selects: each member an object of t.type and t.partial with a literal tag, and
 * every key that members share a plain leaf in each, so walking a field by the selected member or
 * by the union's merged fields finds the same extensions.
 */
const taggedGuard = (codec: t.Mixed, shape: CodecShape): Guard | undefined => {
  if (!(codec instanceof t.UnionType) || !('tag' in codec) || typeof codec.tag !== 'string' || shape.props === null) return undefined;
  const tag = codec.tag;
  const branches = new Map<unknown, ObjectGuard>();
  for (const member of unknownArray(codec.types).filter(isCodec).map(shapeOf)) {
    const guard = member.guard;
    const tagGuard = guard.kind === 'object' ? guard.fields.get(tag)?.shape.guard : undefined;
    if (guard.kind !== 'object' || tagGuard?.kind !== 'literal' || branches.has(tagGuard.value)) return undefined;
    for (const [key, field] of guard.fields) {
      if (
        key !== tag &&
        shape.props.get(key) !== field.shape &&
        !(isLeaf(field.shape.guard) && isLeaf(shape.props.get(key)?.guard ?? field.shape.guard))
      )
        return undefined;
    }
    branches.set(tagGuard.value, guard);
  }
  return { kind: 'tagged', tag, branches };
};

const guardOf = (codec: t.Mixed, shape: CodecShape): Guard => {
  const leaf = leafGuard(codec);
  if (leaf !== undefined) return leaf;
  const required = new Set<string>();
  const props = shape.props;
  if (props !== null && objectKeys(codec, required, new Set())) {
    const fields = new Map<string, Field>();
    for (const [key, prop] of props) fields.set(key, { shape: prop, required: required.has(key) });
    return { kind: 'object', fields, requiredCount: required.size };
  }
  if (codec instanceof t.ArrayType && shape.element !== null) return { kind: 'array' };
  const inner = nullableOf(codec);
  if (isCodec(inner)) {
    const innerShape = shapeOf(inner);
    if (innerShape.guard.kind !== 'codec') return { kind: 'nullable', inner: innerShape };
  }
  return unionGuard(codec) ?? taggedGuard(codec, shape) ?? { kind: 'codec', is: (value) => codec.is(value) };
};

const shapeCache = new WeakMap<object, CodecShape>();

/** For a value where no codec applies: nothing known inside, and nothing to conform to. */
const UNCHECKED: CodecShape = { props: null, element: null, guard: { kind: 'codec', is: () => true } };

export const shapeOf = (codec: unknown): CodecShape => {
  if (!isCodec(codec)) return UNCHECKED;
  const cached = shapeCache.get(codec);
  if (cached !== undefined) return cached;
  const known = new Map<string, unknown>();
  const shape: CodecShape = {
    props: knownProps(codec, known) ? new Map() : null,
    element: null,
    guard: { kind: 'codec', is: (value) => codec.is(value) },
  };
  // Cached before its children are made, so a recursive codec would end here rather than loop.
  shapeCache.set(codec, shape);
  for (const [key, prop] of known) shape.props?.set(key, shapeOf(prop));
  const element = elementCodec(codec);
  if (element !== undefined) shape.element = shapeOf(element);
  shape.guard = guardOf(codec, shape);
  return shape;
};
