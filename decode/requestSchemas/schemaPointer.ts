import { recordOf } from '../lenientFields';

/**
 * Reading the JSON Pointers @cfworker/json-schema reports (`#/items/0/price`, keywordLocation
 * `#/properties/unit/$ref/enum`) back into the values they name. Keys are matched by the same
 * encoding the validator used, so a key holding `/`, `~`, `#` or spaces is found exactly.
 */

/** @cfworker/json-schema's own encoding of one pointer segment (pointer.js). */
const encodeSegment = (key: string): string => encodeURI(key.replace(/~/g, '~0').replace(/\//g, '~1')).replace(/#/g, '%23');

const segmentsOf = (pointer: string): readonly string[] =>
  pointer === '#' || pointer === '' ? [] : pointer.replace(/^#\//, '').split('/');

const keyFor = (record: Readonly<Record<string, unknown>>, segment: string): string | undefined => {
  if (Object.prototype.hasOwnProperty.call(record, segment) && encodeSegment(segment) === segment) return segment;
  return Object.keys(record).find((key) => encodeSegment(key) === segment);
};

/** The path of keys and indexes to an instance location, read against the value it points into. */
export const instancePath = (value: unknown, pointer: string): (string | number)[] => {
  const path: (string | number)[] = [];
  let current = value;
  for (const segment of segmentsOf(pointer)) {
    if (Array.isArray(current)) {
      const index = Number(segment);
      path.push(index);
      current = current[index];
      continue;
    }
    const record = recordOf(current);
    const key = record === undefined ? undefined : keyFor(record, segment);
    path.push(key ?? segment);
    current = key === undefined ? undefined : record?.[key];
  }
  return path;
};

/** The value at a path of keys and indexes (undefined when it is not there). */
export const valueAt = (value: unknown, path: readonly (string | number)[]): unknown => {
  let current = value;
  for (const step of path) {
    if (typeof step === 'number') current = Array.isArray(current) ? current[step] : undefined;
    else current = recordOf(current)?.[step];
  }
  return current;
};

/**
 * The schema value a keywordLocation names, following local `$ref`s (`#/$defs/Unit`) as the
 * validator did; undefined where it cannot be followed (a `$ref` by `$id`).
 */
export const schemaValueAt = (root: unknown, pointer: string, hops = 0): unknown => {
  // A $ref chain that points into itself (`#/$ref`) is followed only so far.
  if (hops > 32) return undefined;
  let current = root;
  for (const segment of segmentsOf(pointer)) {
    const record = recordOf(current);
    if (segment === '$ref' && typeof record?.$ref === 'string' && record.$ref.startsWith('#')) {
      current = schemaValueAt(root, record.$ref, hops + 1);
      continue;
    }
    if (Array.isArray(current)) current = current[Number(segment)];
    else {
      const key = record === undefined ? undefined : keyFor(record, segment);
      current = key === undefined ? undefined : record?.[key];
    }
  }
  return current;
};
