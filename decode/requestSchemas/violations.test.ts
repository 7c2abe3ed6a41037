import { describe, expect, it } from 'vitest';
import { compileSchema } from './compileSchema';
import { violationsOf } from './violations';

/** The sentence for each JSON Schema rule a value can break, read by hand from the schema and the value. */
const violations = (schema: unknown, value: unknown) => {
  const compiled = compileSchema(schema);
  if (compiled.kind !== 'ready') throw new Error(`unreadable: ${compiled.reason}`);
  const outcome = compiled.validate(value);
  if (outcome.kind !== 'errors') throw new Error(outcome.reason);
  return violationsOf(outcome.errors, compiled.root, value).map(({ at, keyword, message }) => [at, keyword, message]);
};

const field = (schema: unknown) => ({ type: 'object', properties: { x: schema } });

describe('one sentence per broken rule, quoting the rule', () => {
  it.each([
    ['enum', { enum: ['celsius', 'fahrenheit', null, 3] }, 'C', 'must be one of celsius, fahrenheit, null, 3; got "C"'],
    ['const', { const: 'v1' }, 'v2', 'must be exactly "v1"; got "v2"'],
    ['type', { type: 'number' }, 'a', 'must be a number; got a string'],
    ['type', { type: ['string', 'null'] }, 4, 'must be a string or null; got a number'],
    ['type', { type: 'integer' }, 2.5, 'must be a whole number (integer); got 2.5'],
    ['type', { type: 'object' }, [1], 'must be an object; got an array'],
    ['minimum', { minimum: 1 }, 0, 'must be at least 1; got 0'],
    ['maximum', { maximum: 7 }, 8, 'must be at most 7; got 8'],
    ['exclusiveMinimum', { exclusiveMinimum: 0 }, 0, 'must be greater than 0; got 0'],
    ['exclusiveMaximum', { exclusiveMaximum: 10 }, 10, 'must be less than 10; got 10'],
    ['multipleOf', { multipleOf: 5 }, 12, 'must be a multiple of 5; got 12'],
    ['minLength', { minLength: 3 }, 'ab', 'must be at least 3 characters long; got 2'],
    // Two code points, four UTF-16 units: JSON Schema counts code points.
    ['maxLength', { maxLength: 1 }, '😀😀', 'must be at most 1 characters long; got 2'],
    ['pattern', { pattern: '^[A-Z]{2}$' }, 'fr', 'must match the pattern ^[A-Z]{2}$; got "fr"'],
    ['format', { format: 'date' }, 'tomorrow', 'must be a valid date (format); got "tomorrow"'],
    ['minItems', { minItems: 2 }, [1], 'must be at least 2 items; got 1'],
    ['maxItems', { maxItems: 1 }, [1, 2], 'must be at most 1 items; got 2'],
    ['uniqueItems', { uniqueItems: true }, [1, 1], 'must not repeat an item (uniqueItems)'],
    ['minProperties', { minProperties: 1 }, {}, 'must be at least 1 fields; got 0'],
    [
      'anyOf',
      { anyOf: [{ type: 'string' }, { type: 'number' }] },
      true,
      'must match at least one of the 2 allowed shapes (anyOf); it matches none',
    ],
    ['oneOf', { oneOf: [{ type: 'number' }, { type: 'integer' }] }, 3, 'must match exactly one of the 2 allowed shapes (oneOf)'],
    ['not', { not: { type: 'string' } }, 'a', 'must not match the schema under "not"'],
  ])('%s', (keyword, schema, value, message) => {
    expect(violations(field(schema), { x: value })).toEqual([[['x'], keyword, message]]);
  });

  it('draft 4 exclusive bounds (a boolean beside minimum)', () => {
    const schema = { $schema: 'http://json-schema.org/draft-04/schema#', ...field({ minimum: 0, exclusiveMinimum: true }) };
    expect(violations(schema, { x: 0 }).map(([, , message]) => message)).toEqual(['must be greater than 0; got 0']);
  });

  it('follows local $refs to quote the rule', () => {
    const schema = { $defs: { Unit: { enum: ['c', 'f'] } }, ...field({ $ref: '#/$defs/Unit' }) };
    expect(violations(schema, { x: 'k' })).toEqual([[['x'], 'enum', 'must be one of c, f; got "k"']]);
  });

  it('paths through arrays and keys that are not identifiers', () => {
    const schema = { type: 'object', properties: { 'a/b c': { type: 'array', items: { type: 'string' } } } };
    expect(violations(schema, { 'a/b c': ['ok', 4] })).toEqual([[['a/b c', 1], 'type', 'must be a string; got a number']]);
  });

  it('lists a rule broken alike at one place once, and each missing field', () => {
    const schema = { type: 'object', required: ['a', 'b'], properties: { a: { type: 'string' } } };
    expect(violations(schema, {})).toEqual([
      [[], 'required', 'required field "a" is missing'],
      [[], 'required', 'required field "b" is missing'],
    ]);
  });

  it('lists the first 100 places, then counts the rest in one', () => {
    const schema = { type: 'array', items: { type: 'string' } };
    const found = violations(
      schema,
      Array.from({ length: 250 }, (_, index) => index),
    );
    expect(found).toHaveLength(101);
    expect(found[99]).toEqual([[99], 'type', 'must be a string; got a number']);
    expect(found[100]).toEqual([[100], 'type', 'and 150 more places break the schema (not listed)']);
  });

  it('finds nothing in a value that matches', () => {
    expect(violations(field({ type: 'string', enum: ['a'] }), { x: 'a' })).toEqual([]);
  });
});
