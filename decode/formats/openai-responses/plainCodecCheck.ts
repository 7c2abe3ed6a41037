import * as t from 'io-ts';
import type { JsonRecord } from '../../lenientFields';
import type { ValueScan } from '../../parseJson';
import { isHuge, MAX_JSON_DEPTH, scanInto } from '../../parseJson';

/**
 * Plain-value checks made from io-ts codecs once, at load, for plainResponse.ts: each object codec
 * (t.type, t.partial and their intersection) becomes a table of its fields, a union of such told
 * apart by a `type` literal a table per member, `X | null` and arrays what they hold; a codec with
 * nothing inside for the walk to report (a string, a keyof, t.UnknownRecord, arrays or unions of
 * such) is its own `is`, with parseJson's scan's questions for what it holds. A check answers true
 * only where the contract walk (contract/walkContract.ts, scanning alongside) would find the value
 * conforming, with no extension, no number beyond 2^53 and no container below MAX_JSON_DEPTH; any
 * codec of another kind answers false (the walk decides).
 */

/** Whether a value at `depth` (its path's length: a field of the response is at 1) is plain. */
export type Check = (value: unknown, depth: number) => boolean;

const NEVER: Check = () => false;

export const isObject = (value: unknown): value is JsonRecord => typeof value === 'object' && value !== null && !Array.isArray(value);

/** What the walk's scan finds of a value it does not go into: no number beyond 2^53, no container below MAX_JSON_DEPTH. */
export const isClean = (value: unknown, depth: number): boolean => {
  if (typeof value !== 'object' || value === null) return typeof value !== 'number' || !isHuge(value);
  const scan: ValueScan = { tooDeep: false, hugeNumber: false };
  scanInto(value, MAX_JSON_DEPTH - depth, scan, false);
  return !scan.tooDeep && !scan.hugeNumber;
};

/** io-ts's own parts, read without assertions (its classes type them loosely). */
const isCodec = (value: unknown): value is t.Mixed => value instanceof t.Type;
/** The codecs of a union's or an intersection's `types`; undefined when one is not a codec. */
const codecsIn = (value: unknown): t.Mixed[] | undefined =>
  Array.isArray(value) && value.every(isCodec) ? value.filter(isCodec) : undefined;
/** A t.type's or t.partial's props; undefined when one is not a codec. */
const propsOf = (value: unknown): [string, t.Mixed][] | undefined => {
  if (typeof value !== 'object' || value === null) return undefined;
  const entries = Object.entries(value);
  const props: [string, t.Mixed][] = [];
  for (const [key, prop] of entries) if (isCodec(prop)) props.push([key, prop]);
  return props.length === entries.length ? props : undefined;
};

/** A codec the walk finds nothing inside of to report (no fields of its own): its `is` decides. */
const isLeaf = (codec: t.Mixed): boolean => {
  if (
    codec instanceof t.StringType ||
    codec instanceof t.NumberType ||
    codec instanceof t.BooleanType ||
    codec instanceof t.NullType ||
    codec instanceof t.LiteralType ||
    codec instanceof t.KeyofType ||
    codec instanceof t.AnyDictionaryType ||
    codec instanceof t.AnyArrayType ||
    codec instanceof t.UnknownType
  )
    return true;
  if (codec instanceof t.RefinementType || codec instanceof t.ArrayType) return isCodec(codec.type) && isLeaf(codec.type);
  if (codec instanceof t.UnionType) return codecsIn(codec.types)?.every(isLeaf) ?? false;
  return false;
};

export interface Field {
  readonly required: boolean;
  readonly check: Check;
}

/** The fields of an object codec (t.type, t.partial, their intersection); undefined for any other codec. */
export const fieldsOf = (codec: t.Mixed, into = new Map<string, Field>()): Map<string, Field> | undefined => {
  if (codec instanceof t.InterfaceType || codec instanceof t.PartialType) {
    const props = propsOf(codec.props);
    if (props === undefined) return undefined;
    for (const [key, prop] of props) into.set(key, { required: codec instanceof t.InterfaceType, check: compile(prop) });
    return into;
  }
  if (codec instanceof t.IntersectionType) {
    const members = codecsIn(codec.types);
    if (members === undefined) return undefined;
    for (const member of members) if (fieldsOf(member, into) === undefined) return undefined;
    return into;
  }
  return undefined;
};

/** An object of exactly some of `fields`, every required one there, each plain. */
const objectCheck = (fields: ReadonlyMap<string, Field>): Check => {
  let requiredCount = 0;
  for (const field of fields.values()) if (field.required) requiredCount += 1;
  return (value, depth) => {
    if (!isObject(value)) return false;
    let required = 0;
    for (const key in value) {
      const field = fields.get(key);
      if (field === undefined || !field.check(value[key], depth + 1)) return false;
      if (field.required) required += 1;
    }
    return required === requiredCount;
  };
};

/** A union of object codecs told apart by a `type` literal (an output item, a content part): the member its type names. */
const taggedCheck = (members: readonly t.Mixed[]): Check | undefined => {
  const branches = new Map<unknown, Check>();
  for (const member of members) {
    const fields = fieldsOf(member);
    const parts = member instanceof t.IntersectionType ? (codecsIn(member.types) ?? []) : [member];
    const tag = parts
      .map((part) => (part instanceof t.InterfaceType ? propsOf(part.props)?.find(([key]) => key === 'type')?.[1] : undefined))
      .find((prop) => prop instanceof t.LiteralType);
    if (fields === undefined || !(tag instanceof t.LiteralType)) return undefined;
    branches.set(tag.value, objectCheck(fields));
  }
  return (value, depth) => isObject(value) && (branches.get(value.type)?.(value, depth) ?? false);
};

function compile(codec: t.Mixed): Check {
  if (isLeaf(codec)) return (value, depth) => codec.is(value) && isClean(value, depth);
  const fields = fieldsOf(codec);
  if (fields !== undefined) return objectCheck(fields);
  if (codec instanceof t.ArrayType) {
    if (!isCodec(codec.type)) return NEVER;
    const item = compile(codec.type);
    return (value, depth) => {
      if (!Array.isArray(value)) return false;
      const elements: readonly unknown[] = value;
      for (const element of elements) if (!item(element, depth + 1)) return false;
      return true;
    };
  }
  if (codec instanceof t.UnionType) {
    const members = codecsIn(codec.types) ?? [];
    const inner = members.length === 2 && members[1] instanceof t.NullType ? members[0] : undefined;
    if (inner !== undefined) {
      const check = compile(inner);
      return (value, depth) => value === null || check(value, depth);
    }
    return taggedCheck(members) ?? NEVER;
  }
  return NEVER;
}
