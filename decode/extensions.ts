import * as t from 'io-ts';
import { indexPath, keyPath } from './issuePath';
import { arrayOf, recordOf } from './lenientFields';
import type { PreciseNumber, ProviderExtension } from './model';
import { prototypeHasEnumerableKeys } from './enumerableInheritance';
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
 * What the walk needs of a codec, made once per codec and linked to its children's: a stream of
 * 200,000 chunks walks the same codecs 200,000 times. `props` null: not an object codec
 * (t.UnknownRecord for moderation is opaque); `element` null: not an array codec.
 */
interface CodecShape {
  readonly props: Map<string, CodecShape> | null;
  element: CodecShape | null;
}

const shapeCache = new WeakMap<object, CodecShape>();

const LEAF: CodecShape = { props: null, element: null };

const shapeOf = (codec: unknown): CodecShape => {
  if (typeof codec !== 'object' || codec === null) return LEAF;
  const cached = shapeCache.get(codec);
  if (cached !== undefined) return cached;
  const known = new Map<string, unknown>();
  const shape: CodecShape = { props: knownProps(codec, known) ? new Map() : null, element: null };
  // Cached before its children are made, so a recursive codec would end here rather than loop.
  shapeCache.set(codec, shape);
  for (const [key, prop] of known) shape.props?.set(key, shapeOf(prop));
  const element = elementCodec(codec);
  if (element !== undefined) shape.element = shapeOf(element);
  return shape;
};

/**
 * The path to the value being visited, as keys and indexes: turned into text (`choices[0].x`)
 * only where an extension is found, since almost every value visited is not one.
 */
export type PathStep = string | number;

export const pathText = (steps: readonly PathStep[]): string => {
  let path = '';
  for (const step of steps) path = typeof step === 'number' ? indexPath(path, step) : keyPath(path, step);
  return path;
};

/** Called for each extension, in the body's order; `steps` is only valid during the call. */
export type OnExtension = (steps: readonly PathStep[], value: unknown) => void;

interface Walk {
  readonly steps: PathStep[];
  readonly found: OnExtension;
  /** Object.keys rather than for...in (see enumerableInheritance.ts). */
  readonly ownKeys: boolean;
}

const visitMember = (props: ReadonlyMap<string, CodecShape>, key: string, child: unknown, walk: Walk): void => {
  const shape = props.get(key);
  if (shape !== undefined && (typeof child !== 'object' || child === null)) return;
  walk.steps.push(key);
  if (shape === undefined) walk.found(walk.steps, child);
  else if (typeof child === 'object' && child !== null) visit(shape, child, walk);
  walk.steps.pop();
};

function visit(shape: CodecShape, value: object, walk: Walk): void {
  const items = arrayOf(value);
  if (items !== undefined) {
    const element = shape.element;
    if (element === null) return;
    for (let index = 0; index < items.length; index += 1) {
      const item = items[index];
      if (typeof item !== 'object' || item === null) continue;
      walk.steps.push(index);
      visit(element, item, walk);
      walk.steps.pop();
    }
    return;
  }
  const record = recordOf(value);
  const props = shape.props;
  if (record === undefined || props === null) return;
  if (walk.ownKeys) {
    for (const key of Object.keys(record)) visitMember(props, key, record[key], walk);
  } else {
    for (const key in record) visitMember(props, key, record[key], walk);
  }
}

/** Walks `value` alongside `codec`, calling `found` for each field the codec does not define. */
export const walkExtensions = (codec: t.Mixed, value: unknown, found: OnExtension): void => {
  if (typeof value === 'object' && value !== null) visit(shapeOf(codec), value, { steps: [], found, ownKeys: prototypeHasEnumerableKeys() });
};

export const findExtensions = (codec: t.Mixed, value: unknown): FoundExtension[] => {
  const out: FoundExtension[] = [];
  walkExtensions(codec, value, (steps, child) => {
    out.push({ path: pathText(steps), value: child });
  });
  return out;
};

/** Found extensions as the output lists them, each with the integers beyond 2^53 inside it. */
export const listExtensions = (found: readonly FoundExtension[], numbers: readonly PreciseNumber[]): ProviderExtension[] =>
  found.map(({ path, value }) => {
    const extension: ProviderExtension = { path, value };
    const precise = numbers.length === 0 ? [] : preciseNumbersUnder(path, numbers);
    if (precise.length > 0) extension.preciseNumbers = precise;
    return extension;
  });
