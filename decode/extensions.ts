import * as t from 'io-ts';
import { indexPath, keyPath } from './issuePath';
import { recordOf } from './lenientFields';
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
 * Known properties per codec, computed once: a stream of 200,000 chunks walks the same codecs
 * 200,000 times. null: not an object codec (t.UnknownRecord for moderation is opaque).
 */
const propsCache = new WeakMap<object, ReadonlyMap<string, unknown> | null>();

const propsOf = (codec: unknown): ReadonlyMap<string, unknown> | null => {
  if (typeof codec !== 'object' || codec === null) return null;
  let props = propsCache.get(codec);
  if (props === undefined) {
    const collected = new Map<string, unknown>();
    props = knownProps(codec, collected) ? collected : null;
    propsCache.set(codec, props);
  }
  return props;
};

const walk = (codec: unknown, value: unknown, path: string, out: FoundExtension[]): void => {
  if (value === null || typeof value !== 'object') return;
  const items = t.UnknownArray.is(value) ? value : undefined;
  if (items !== undefined) {
    const element = elementCodec(codec);
    if (element === undefined) return;
    items.forEach((item, index) => {
      walk(element, item, indexPath(path, index), out);
    });
    return;
  }
  const record = recordOf(value);
  if (record === undefined) return;
  const props = propsOf(codec);
  if (props === null) return;
  for (const [key, child] of Object.entries(record)) {
    if (props.has(key)) walk(props.get(key), child, keyPath(path, key), out);
    else out.push({ path: keyPath(path, key), value: child });
  }
};

export const findExtensions = (codec: t.Mixed, value: unknown): FoundExtension[] => {
  const found: FoundExtension[] = [];
  walk(codec, value, '', found);
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
