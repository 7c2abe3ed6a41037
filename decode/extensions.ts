import * as t from 'io-ts';
import { indexPath, keyPath } from './issuePath';
import { arrayOf, recordOf } from './lenientFields';
import type { PreciseNumber, ProviderExtension } from './model';
import { preciseNumbersUnder } from './preciseNumbers';

/**
 * Finds the fields a body carries that the contract does not define (x_groq, provider, timings,
 * citations, content_filter_results, ...), by walking the value alongside the codec. Providers'
 * extensions are what a user came to see, so they are listed, never dropped.
 */

export interface FoundExtension {
  readonly path: string;
  readonly value: unknown;
}

const unknownArray = (value: unknown): readonly unknown[] => (t.UnknownArray.is(value) ? value : []);

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
 * What the walk needs of a codec, computed once per codec: a stream of 200,000 chunks walks the
 * same codecs 200,000 times. `props` null: not an object codec (t.UnknownRecord for moderation is
 * opaque); `element`: the element codec when it is an array codec.
 */
interface CodecShape {
  readonly props: ReadonlyMap<string, unknown> | null;
  readonly element: unknown;
}

const shapeCache = new WeakMap<object, CodecShape>();

const NO_SHAPE: CodecShape = { props: null, element: undefined };

const shapeOf = (codec: unknown): CodecShape => {
  if (typeof codec !== 'object' || codec === null) return NO_SHAPE;
  let shape = shapeCache.get(codec);
  if (shape === undefined) {
    const collected = new Map<string, unknown>();
    shape = { props: knownProps(codec, collected) ? collected : null, element: elementCodec(codec) };
    shapeCache.set(codec, shape);
  }
  return shape;
};

/**
 * The path to the value being visited, as keys and indexes: turned into text (`choices[0].x`)
 * only for an extension found, since almost every value visited is not one.
 */
type PathSteps = (string | number)[];

const pathText = (steps: PathSteps): string => {
  let path = '';
  for (const step of steps) path = typeof step === 'number' ? indexPath(path, step) : keyPath(path, step);
  return path;
};

const walk = (codec: unknown, value: unknown, steps: PathSteps, out: FoundExtension[]): void => {
  if (value === null || typeof value !== 'object') return;
  const shape = shapeOf(codec);
  const items = arrayOf(value);
  if (items !== undefined) {
    if (shape.element === undefined) return;
    for (let index = 0; index < items.length; index += 1) {
      steps.push(index);
      walk(shape.element, items[index], steps, out);
      steps.pop();
    }
    return;
  }
  const record = recordOf(value);
  const props = shape.props;
  if (record === undefined || props === null) return;
  for (const key of Object.keys(record)) {
    const child = record[key];
    const prop = props.get(key);
    steps.push(key);
    if (prop !== undefined) walk(prop, child, steps, out);
    else if (!props.has(key)) out.push({ path: pathText(steps), value: child });
    steps.pop();
  }
};

export const findExtensions = (codec: t.Mixed, value: unknown): FoundExtension[] => {
  const found: FoundExtension[] = [];
  walk(codec, value, [], found);
  return found;
};

/** Found extensions as the output lists them, each with the integers beyond 2^53 inside it. */
export const listExtensions = (found: readonly FoundExtension[], numbers: readonly PreciseNumber[]): ProviderExtension[] =>
  found.map(({ path, value }) => {
    const extension: ProviderExtension = { path, value };
    const precise = numbers.length === 0 ? [] : preciseNumbersUnder(path, numbers);
    if (precise.length > 0) extension.preciseNumbers = precise;
    return extension;
  });
