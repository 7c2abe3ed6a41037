import * as t from 'io-ts';
import * as E from 'fp-ts/Either';

/**
 * The errors `codec.decode(value)` would report, at a fraction of its cost. `decode` walks the whole
 * value collecting errors and rebuilding it; `is` only answers yes or no and costs about a third as
 * much (BENCHMARKS.md, "Decoding against its floor"). Most values conform, so `is` alone settles
 * them. For one that does not, the walk below follows io-ts's own order through intersections,
 * objects and arrays, skips every part that `is` accepts and hands only the failing parts to
 * their codec's `validate`, with the context `decode` would have built to get there: a 22 kB
 * completion whose only fault is `service_tier: "on_demand"` validates one string, not the body.
 *
 * Same errors, same order, same contexts, because for these combinators `is` accepting a value
 * means `validate` reports nothing for it, and io-ts validates each of them part by part in
 * exactly this order (members, then props in declaration order, then elements). Unions, tagged
 * or not, and refinements are handed to `validate` whole: their errors depend on every branch.
 */

type AnyDecoder = t.Decoder<unknown, unknown> & { readonly is: (value: unknown) => boolean };

const isDecoder = (value: unknown): value is AnyDecoder => value instanceof t.Type;

/** How io-ts validates a codec part by part; `whole` for the codecs validated as one. */
type Plan =
  | { readonly kind: 'members'; readonly members: readonly AnyDecoder[] }
  | { readonly kind: 'props'; readonly optional: boolean; readonly props: readonly (readonly [string, AnyDecoder])[] }
  | { readonly kind: 'elements'; readonly element: AnyDecoder }
  | { readonly kind: 'whole' };

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

const planFor = (codec: AnyDecoder): Plan => {
  if (codec instanceof t.IntersectionType) {
    const types: unknown = codec.types;
    return { kind: 'members', members: t.UnknownArray.is(types) ? types.filter(isDecoder) : [] };
  }
  // io-ts's partial reports nothing for an absent key; its type reports one for a required key.
  if (codec instanceof t.InterfaceType || codec instanceof t.PartialType) return { kind: 'props', optional: codec instanceof t.PartialType, props: propsOf(codec) };
  const element: unknown = codec instanceof t.ArrayType ? codec.type : undefined;
  return isDecoder(element) ? { kind: 'elements', element } : { kind: 'whole' };
};

/** Plans per codec, made once: the codecs are module constants. */
const plans = new WeakMap<AnyDecoder, Plan>();

const planOf = (codec: AnyDecoder): Plan => {
  let plan = plans.get(codec);
  if (plan === undefined) {
    plan = planFor(codec);
    plans.set(codec, plan);
  }
  return plan;
};

/**
 * Adds the errors of `value` against `codec`. Parts are checked with `is` before they are entered,
 * never the container itself: the root's own `is` would walk the whole value once more only to
 * say what its parts say, and a failing part is the only one walked twice (by `is`, then entered).
 */
const collect = (codec: AnyDecoder, value: unknown, context: t.Context, out: t.ValidationError[]): void => {
  const plan = planOf(codec);
  if (plan.kind === 'members') {
    plan.members.forEach((member, index) => {
      if (!member.is(value)) collect(member, value, t.appendContext(context, String(index), member, value), out);
    });
    return;
  }
  if (plan.kind === 'props' && t.UnknownRecord.is(value)) {
    for (const [key, prop] of plan.props) {
      const actual = value[key];
      if (plan.optional && actual === undefined) continue;
      if (!prop.is(actual)) collect(prop, actual, t.appendContext(context, key, prop, actual), out);
    }
    return;
  }
  if (plan.kind === 'elements' && t.UnknownArray.is(value)) {
    const element = plan.element;
    value.forEach((item, index) => {
      if (!element.is(item)) collect(element, item, t.appendContext(context, String(index), element, item), out);
    });
    return;
  }
  // Not the container its codec wants (io-ts fails it at this level), or a codec validated whole.
  const result = codec.validate(value, context);
  // A loop, not push(...errors): a body can carry hundreds of thousands of them.
  if (E.isLeft(result)) for (const error of result.left) out.push(error);
};

/** `codec.decode(value)`'s errors, [] when it decodes. Never throws. */
export const contractErrors = (codec: AnyDecoder, value: unknown): t.ValidationError[] => {
  const errors: t.ValidationError[] = [];
  collect(codec, value, [{ key: '', type: codec, actual: value }], errors);
  return errors;
};
