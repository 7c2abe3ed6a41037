import { recordOf } from '../lenientFields';
import { codePoints, gotKind, listed, shown, typeWords } from './ruleText';

/**
 * One failed JSON Schema keyword in the user's words, quoting the rule: `must be one of celsius,
 * fahrenheit; got "C"`. `rule` is the keyword's value in the schema, `schema` the schema holding
 * it, `value` the value judged, `fallback` the validator's own sentence (for keywords without a
 * sentence of ours).
 */
export interface FailedRule {
  readonly keyword: string;
  readonly rule: unknown;
  readonly schema: unknown;
  readonly value: unknown;
  readonly fallback: string;
}

const count = (value: unknown): string => (typeof value === 'number' ? String(value) : shown(value));

const sizeOf = (value: unknown): number =>
  typeof value === 'string' ? codePoints(value) : Array.isArray(value) ? value.length : Object.keys(recordOf(value) ?? {}).length;

const BOUNDS: Readonly<Record<string, string>> = {
  minimum: 'at least',
  maximum: 'at most',
  exclusiveMinimum: 'greater than',
  exclusiveMaximum: 'less than',
};

const SIZES: Readonly<Record<string, readonly [bound: string, unit: string]>> = {
  minLength: ['at least', 'characters long'],
  maxLength: ['at most', 'characters long'],
  minItems: ['at least', 'items'],
  maxItems: ['at most', 'items'],
  minProperties: ['at least', 'fields'],
  maxProperties: ['at most', 'fields'],
};

/** Draft 4 spells an exclusive bound as `minimum` plus `exclusiveMinimum: true`. */
const boundWord = (keyword: string, schema: unknown): string => {
  const record = recordOf(schema);
  if (keyword === 'minimum' && record?.exclusiveMinimum === true) return 'greater than';
  if (keyword === 'maximum' && record?.exclusiveMaximum === true) return 'less than';
  return BOUNDS[keyword] ?? keyword;
};

const branchCount = (rule: unknown): string => (Array.isArray(rule) ? `${rule.length} ` : '');

export const violationMessage = ({ keyword, rule, schema, value, fallback }: FailedRule): string => {
  if (keyword in BOUNDS) {
    // Draft 4's `exclusiveMinimum: true` fails as its own keyword, with the bound in `minimum`.
    const bound = typeof rule === 'boolean' ? recordOf(schema)?.[keyword === 'exclusiveMinimum' ? 'minimum' : 'maximum'] : rule;
    return `must be ${boundWord(keyword, schema)} ${count(bound)}; got ${shown(value)}`;
  }
  const size = SIZES[keyword];
  if (size !== undefined) return `must be ${size[0]} ${count(rule)} ${size[1]}; got ${sizeOf(value)}`;
  switch (keyword) {
    case 'type':
      return `must be ${typeWords(rule)}; got ${gotKind(rule, value)}`;
    case 'enum':
      return `must be one of ${listed(rule)}; got ${shown(value)}`;
    case 'const':
      return `must be exactly ${shown(rule)}; got ${shown(value)}`;
    case 'multipleOf':
      return `must be a multiple of ${count(rule)}; got ${shown(value)}`;
    case 'pattern':
      return `must match the pattern ${typeof rule === 'string' ? rule : shown(rule)}; got ${shown(value)}`;
    case 'format':
      return `must be a valid ${typeof rule === 'string' ? rule : shown(rule)} (format); got ${shown(value)}`;
    case 'uniqueItems':
      return 'must not repeat an item (uniqueItems)';
    case 'anyOf':
      return `must match at least one of the ${branchCount(rule)}allowed shapes (anyOf); it matches none`;
    case 'oneOf':
      return `must match exactly one of the ${branchCount(rule)}allowed shapes (oneOf)`;
    case 'not':
      return 'must not match the schema under "not"';
    case 'contains':
      return 'must hold at least one item that matches "contains"';
    case 'false':
      return 'no value is allowed here (the schema is false)';
    default:
      return `breaks the "${keyword}" rule: ${fallback}`;
  }
};
