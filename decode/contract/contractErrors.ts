import * as t from 'io-ts';
import * as E from 'fp-ts/Either';

/**
 * The errors `codec.decode(value)` would report, at a fraction of its cost, for a value known not
 * to conform. `decode` collects errors and also rebuilds the value (merging every intersection's
 * results), which costs more than twice JSON.parse; the walk below follows io-ts's own order
 * through intersections, objects and arrays, with the context `decode` would have built to get
 * there, and hands to `validate` only the parts whose `is` fails: a leaf (a string, a literal, a
 * union, a refinement) or an array element. Objects and intersections, a handful of fields each,
 * are entered without asking `is` first: asking would walk a failing part once per level.
 *
 * Same errors, same order, same contexts, because for these combinators `is` accepting a value
 * means `validate` reports nothing for it, and io-ts validates each of them part by part in
 * exactly this order (members, then props in declaration order, then elements, then a union's
 * branches; a partial's absent key reports nothing). Tagged unions and refinements are validated
 * whole.
 */

type AnyDecoder = t.Decoder<unknown, unknown> & { readonly is: (value: unknown) => boolean };

const isDecoder = (value: unknown): value is AnyDecoder => value instanceof t.Type;

/** How io-ts validates a codec part by part, linked to its parts' plans; `whole` for the codecs validated as one. */
type Plan =
  | { readonly kind: 'members'; readonly members: readonly Part[] }
  | { readonly kind: 'props'; readonly optional: boolean; readonly props: readonly (readonly [string, Part])[] }
  | { readonly kind: 'elements'; readonly element: Part }
  | { readonly kind: 'branches'; readonly branches: readonly Part[] }
  | { readonly kind: 'whole' };

interface Part {
  readonly codec: AnyDecoder;
  plan: Plan;
}

/** The props of an object codec, each a decoder, in declaration order (the order io-ts checks them). */
const propsOf = (codec: { readonly props: unknown }): [string, AnyDecoder][] => {
  const props: unknown = codec.props;
  if (!t.UnknownRecord.is(props)) return [];
  const entries: [string, AnyDecoder][] = [];
  for (const key of Object.keys(props)) {
    const prop = props[key];
    if (isDecoder(prop)) entries.push([key, prop]);
  }
  return entries;
};

/** Parts per codec, made once: the codecs are module constants. */
const parts = new WeakMap<AnyDecoder, Part>();

const WHOLE: Plan = { kind: 'whole' };

const partOf = (codec: AnyDecoder): Part => {
  const known = parts.get(codec);
  if (known !== undefined) return known;
  // Stored before its parts are made, so a recursive codec would end here rather than loop.
  const part: Part = { codec, plan: WHOLE };
  parts.set(codec, part);
  if (codec instanceof t.IntersectionType) {
    const types: unknown = codec.types;
    part.plan = { kind: 'members', members: (t.UnknownArray.is(types) ? types.filter(isDecoder) : []).map(partOf) };
  } else if (codec instanceof t.InterfaceType || codec instanceof t.PartialType) {
    // io-ts's partial reports nothing for an absent key; its type reports one for a required key.
    part.plan = {
      kind: 'props',
      optional: codec instanceof t.PartialType,
      props: propsOf(codec).map(([key, prop]) => [key, partOf(prop)] as const),
    };
  } else if (codec instanceof t.UnionType && !('tag' in codec)) {
    // A tagged union (io-ts's TaggedUnionType, which has a `tag`) validates only the branch its
    // tag selects, or fails as a whole: validated whole. Any other union tries every branch.
    const types: unknown = codec.types;
    part.plan = { kind: 'branches', branches: (t.UnknownArray.is(types) ? types.filter(isDecoder) : []).map(partOf) };
  } else {
    const element: unknown = codec instanceof t.ArrayType ? codec.type : undefined;
    if (isDecoder(element)) part.plan = { kind: 'elements', element: partOf(element) };
  }
  return part;
};

const validateWhole = (part: Part, value: unknown, context: t.Context, out: t.ValidationError[]): void => {
  const result = part.codec.validate(value, context);
  // A loop, not push(...errors): a body can carry hundreds of thousands of them.
  if (E.isLeft(result)) for (const error of result.left) out.push(error);
};

/** One part of a container at `key`: entered if it is an object or intersection, else checked. */
const collectPart = (part: Part, key: string, value: unknown, context: t.Context, out: t.ValidationError[]): void => {
  const plan = part.plan;
  if (plan.kind === 'members' || plan.kind === 'props') collect(part, value, t.appendContext(context, key, part.codec, value), out);
  else if (!part.codec.is(value)) collect(part, value, t.appendContext(context, key, part.codec, value), out);
};

/** Adds the errors of `value` against the codec of `part`, whose context is `context`. */
function collect(part: Part, value: unknown, context: t.Context, out: t.ValidationError[]): void {
  const plan = part.plan;
  if (plan.kind === 'members') {
    plan.members.forEach((member, index) => {
      collectPart(member, String(index), value, context, out);
    });
    return;
  }
  if (plan.kind === 'props' && t.UnknownRecord.is(value)) {
    for (const [key, prop] of plan.props) {
      const actual = value[key];
      if (!(plan.optional && actual === undefined)) collectPart(prop, key, actual, context, out);
    }
    return;
  }
  // Only entered when the union's `is` failed, so every branch fails: io-ts reports each branch's
  // errors, in order, under the branch's index.
  if (plan.kind === 'branches') {
    plan.branches.forEach((branch, index) => {
      collect(branch, value, t.appendContext(context, String(index), branch.codec, value), out);
    });
    return;
  }
  if (plan.kind === 'elements' && t.UnknownArray.is(value)) {
    value.forEach((item, index) => {
      collectPart(plan.element, String(index), item, context, out);
    });
    return;
  }
  // Not the container its codec wants (io-ts fails it at this level), or a codec validated whole.
  validateWhole(part, value, context, out);
}

/** `codec.decode(value)`'s errors, [] when it decodes. Never throws. */
export const contractErrors = (codec: AnyDecoder, value: unknown): t.ValidationError[] => {
  const errors: t.ValidationError[] = [];
  collect(partOf(codec), value, [{ key: '', type: codec, actual: value }], errors);
  return errors;
};
