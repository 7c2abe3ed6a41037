import type { OutputUnit } from '@cfworker/json-schema';
import { instancePath, schemaValueAt, valueAt } from './schemaPointer';
import { violationMessage } from './violationMessage';

/** One place where a value breaks its schema: where, which keyword, and the sentence for the user. */
export interface Violation {
  readonly at: readonly (string | number)[];
  readonly keyword: string;
  readonly message: string;
}

/**
 * Keywords the validator reports above the errors of their subschemas ("Property "unit" does not
 * match schema."): the errors below say what is wrong, so these say nothing more.
 */
const WRAPPERS = new Set([
  'properties',
  'patternProperties',
  'items',
  'prefixItems',
  'additionalItems',
  'unevaluatedItems',
  '$ref',
  '$recursiveRef',
  'allOf',
  'dependentSchemas',
  'if',
]);
/** Keywords whose subschemas' errors are tries, not faults: only the keyword itself is reported. */
const BRANCHES = new Set(['anyOf', 'oneOf', 'not', 'contains', 'propertyNames']);
/** Keywords reported once per extra field, followed by that field's errors against their schema. */
const EXTRA_FIELDS = new Set(['additionalProperties', 'unevaluatedProperties']);

/**
 * A value can break its schema at every element of a long array; past this many places the rest
 * are counted in one last violation, so the issue list stays readable (and the panel light).
 */
export const MAX_VIOLATIONS = 100;

const REQUIRED_FIELD = /^Instance does not have required property "(.*)"\.$/s;
const parentOf = (pointer: string): string => pointer.slice(0, pointer.lastIndexOf('/'));

/** The field a required error names, read from the validator's sentence (it reports one error per field). */
const missingField = (unit: OutputUnit): string => REQUIRED_FIELD.exec(unit.error)?.[1] ?? '';

/**
 * The validator's errors (every one, not short-circuited) as violations: wrappers dropped, the
 * tries inside anyOf/oneOf left out, an extra field against `additionalProperties: false` said
 * once, and repeats (the same rule broken at the same place) listed once.
 */
export const violationsOf = (errors: readonly OutputUnit[], root: unknown, value: unknown): Violation[] => {
  const violations: Violation[] = [];
  const seen = new Set<string>();
  const add = (violation: Violation): void => {
    const key = JSON.stringify([violation.at, violation.keyword, violation.message]);
    if (seen.has(key)) return;
    seen.add(key);
    violations.push(violation);
  };
  const branches: string[] = [];
  for (let index = 0; index < errors.length; index += 1) {
    const unit = errors[index];
    if (unit === undefined || WRAPPERS.has(unit.keyword)) continue;
    if (branches.some((branch) => unit.keywordLocation.startsWith(`${branch}/`))) continue;
    if (BRANCHES.has(unit.keyword)) branches.push(unit.keywordLocation);
    const next = errors[index + 1];
    if (EXTRA_FIELDS.has(unit.keyword)) {
      // `false`: the field may not be there at all. Any other schema: its own errors follow.
      if (next?.keyword === 'false') {
        const at = instancePath(value, next.instanceLocation);
        add({ at, keyword: unit.keyword, message: `field ${JSON.stringify(at[at.length - 1])} is not allowed (${unit.keyword} is false)` });
        index += 1;
      }
      continue;
    }
    const at = instancePath(value, unit.instanceLocation);
    if (unit.keyword === 'required') {
      add({ at, keyword: 'required', message: `required field ${JSON.stringify(missingField(unit))} is missing` });
      continue;
    }
    // A `false` schema is reported with the instance's location as its keywordLocation: no rule to read.
    const message = violationMessage({
      keyword: unit.keyword,
      rule: unit.keyword === 'false' ? false : schemaValueAt(root, unit.keywordLocation),
      schema: schemaValueAt(root, parentOf(unit.keywordLocation)),
      value: valueAt(value, at),
      fallback: unit.error,
    });
    add({ at, keyword: unit.keyword, message });
  }
  if (violations.length <= MAX_VIOLATIONS) return violations;
  const listed = violations.slice(0, MAX_VIOLATIONS);
  const first = violations[MAX_VIOLATIONS];
  const more = `and ${violations.length - MAX_VIOLATIONS} more places break the schema (not listed)`;
  return first === undefined ? listed : [...listed, { at: first.at, keyword: first.keyword, message: more }];
};
