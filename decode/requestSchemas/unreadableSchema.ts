import { recordOf } from '../lenientFields';

/**
 * Why a schema cannot be checked faithfully, found before validating: a `$ref` to another document
 * (it would have to be fetched, and decode/ sends nothing anywhere), a keyword the validator does not
 * implement (it would silently pass everything), a type name JSON Schema does not have (it would
 * fail everything), or a pattern JavaScript cannot compile. undefined when none of these is found.
 */

const TYPES = new Set(['array', 'boolean', 'integer', 'null', 'number', 'object', 'string']);
/** 2020-12 keywords @cfworker/json-schema 4.1.6 does not implement. */
const UNSUPPORTED = ['$dynamicRef', '$dynamicAnchor'];
/** Keywords whose values are data (enum values, defaults), not schemas: their keys are never keywords. */
const DATA_KEYWORDS = new Set(['enum', 'const', 'default', 'examples', 'example', 'required']);
/** Keywords mapping names to schemas: the names are data, the values schemas. */
const SCHEMA_MAPS = new Set(['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas']);
/** A schema is read, not trusted: past this many nested levels it is not checked. */
const MAX_DEPTH = 100;

const typeProblem = (type: unknown): string | undefined => {
  const names = Array.isArray(type) ? type : [type];
  for (const name of names) {
    if (typeof name === 'string' && !TYPES.has(name)) return `it names a type JSON Schema does not have ("${name}")`;
  }
  return undefined;
};

/**
 * A quantified group that itself holds a quantifier (`(a+)+`, `(\w+\s?)*`): the shape of patterns
 * whose backtracking can run for minutes on a short string. The page wrote the pattern and the
 * engine cannot be interrupted, so such a schema is not run (a few safe patterns are refused too).
 */
const NESTED_QUANTIFIER = /\([^()]*[+*][^()]*\)[+*{]/;

const patternProblem = (pattern: unknown): string | undefined => {
  if (typeof pattern !== 'string') return undefined;
  if (NESTED_QUANTIFIER.test(pattern)) return `its pattern ${JSON.stringify(pattern)} nests quantifiers and could run for minutes`;
  try {
    new RegExp(pattern, 'u');
    return undefined;
  } catch {
    return `its pattern ${JSON.stringify(pattern)} is not a regular expression JavaScript can read`;
  }
};

const ownProblem = (schema: Readonly<Record<string, unknown>>): string | undefined => {
  const ref = schema.$ref;
  if (typeof ref === 'string' && !ref.startsWith('#'))
    return `it refers to another document (${JSON.stringify(ref)}), which is not fetched`;
  for (const keyword of UNSUPPORTED) if (keyword in schema) return `it uses ${keyword}, which the validator does not implement`;
  return typeProblem(schema.type) ?? patternProblem(schema.pattern);
};

export const unreadableReason = (schema: unknown, depth = 0): string | undefined => {
  if (depth > MAX_DEPTH) return 'it nests too deeply to check';
  if (Array.isArray(schema)) {
    for (const item of schema) {
      const problem = unreadableReason(item, depth + 1);
      if (problem !== undefined) return problem;
    }
    return undefined;
  }
  const record = recordOf(schema);
  if (record === undefined) return undefined;
  const own = ownProblem(record);
  if (own !== undefined) return own;
  for (const key of Object.keys(record)) {
    if (DATA_KEYWORDS.has(key)) continue;
    const value = record[key];
    const map = SCHEMA_MAPS.has(key) ? recordOf(value) : undefined;
    const problem = map !== undefined ? unreadableReason(Object.values(map), depth + 1) : unreadableReason(value, depth + 1);
    if (problem !== undefined) return problem;
  }
  return undefined;
};
