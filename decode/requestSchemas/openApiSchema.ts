import * as t from 'io-ts';
import { recordOf } from '../lenientFields';

/**
 * Gemini's `parameters` and `responseSchema` are OpenAPI 3.0 Schema objects: type names in upper
 * case (`OBJECT`, `STRING`) and `nullable: true` instead of a `null` type. JSON Schema validators
 * read `type: "OBJECT"` as a type nothing matches, so the names are lower-cased and `nullable`
 * becomes a `null` type (and a null among the enum values) before validating.
 */

/** Beyond this a schema is not a tool's parameters but a hostile body; deeper parts are left as they came. */
const MAX_DEPTH = 64;

/** A key as data: `__proto__` from JSON.parse is an own key, and must stay one (not set the prototype). */
const setOwn = (target: Record<string, unknown>, key: string, value: unknown): void => {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
};

/** `properties` (and the like) map field names to schemas: the names are data, never keywords. */
const SCHEMA_MAPS = new Set(['properties', 'patternProperties', '$defs', 'definitions']);
/** Keywords whose values are data, not schemas. */
const DATA_KEYWORDS = new Set(['enum', 'const', 'default', 'example', 'required', 'propertyOrdering']);

const schemaMap = (value: unknown, depth: number): unknown => {
  const record = recordOf(value);
  if (record === undefined) return value;
  const mapped: Record<string, unknown> = {};
  for (const name of Object.keys(record)) setOwn(mapped, name, jsonSchemaOfOpenApi(record[name], depth + 1));
  return mapped;
};

export const jsonSchemaOfOpenApi = (schema: unknown, depth = 0): unknown => {
  if (depth > MAX_DEPTH) return schema;
  if (Array.isArray(schema)) return schema.map((item) => jsonSchemaOfOpenApi(item, depth + 1));
  const record = recordOf(schema);
  if (record === undefined) return schema;
  const normalized: Record<string, unknown> = {};
  for (const key of Object.keys(record)) {
    const value = record[key];
    if (key === 'nullable') continue;
    if (key === 'type' && typeof value === 'string') setOwn(normalized, key, value.toLowerCase());
    else if (DATA_KEYWORDS.has(key)) setOwn(normalized, key, value);
    else if (SCHEMA_MAPS.has(key)) setOwn(normalized, key, schemaMap(value, depth));
    else setOwn(normalized, key, jsonSchemaOfOpenApi(value, depth + 1));
  }
  if (record.nullable === true) {
    if (typeof normalized.type === 'string') normalized.type = [normalized.type, 'null'];
    const values = normalized.enum;
    if (t.UnknownArray.is(values)) normalized.enum = [...values, null];
  }
  return normalized;
};
