import { afterEach, describe, expect, it, vi } from 'vitest';
import { compileSchema, draftOf } from './compileSchema';

describe('a schema that cannot be checked is said so, never thrown', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('a remote $ref: refused without a fetch', () => {
    const fetchSpy = vi.fn();
    vi.stubGlobal('fetch', fetchSpy);
    const compiled = compileSchema({ type: 'object', properties: { city: { $ref: 'https://schemas.example.com/city.json' } } });
    expect(compiled).toEqual({
      kind: 'unreadable',
      reason: 'it refers to another document ("https://schemas.example.com/city.json"), which is not fetched',
    });
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it('a relative $ref to another file is remote too', () => {
    expect(compileSchema({ $ref: 'city.json#/definitions/City' })).toMatchObject({ kind: 'unreadable' });
  });

  it.each([
    ['$dynamicRef', { $dynamicRef: '#node' }, 'it uses $dynamicRef, which the validator does not implement'],
    ['an upper-case type outside Gemini', { type: 'OBJECT' }, 'it names a type JSON Schema does not have ("OBJECT")'],
    [
      'a pattern JavaScript refuses',
      { properties: { a: { pattern: '(' } } },
      'its pattern "(" is not a regular expression JavaScript can read',
    ],
    ['not a schema at all', 'string', 'it is not a JSON Schema object'],
    [
      'a pattern that can backtrack for minutes',
      { pattern: '^(a+)+$' },
      'its pattern "^(a+)+$" nests quantifiers and could run for minutes',
    ],
    // The reason quotes the pattern as JSON: its backslashes doubled.
    [
      'a nested quantifier over words',
      { pattern: '^(\\w+\\s?)*$' },
      'its pattern "^(\\\\w+\\\\s?)*$" nests quantifiers and could run for minutes',
    ],
    ['null', null, 'it is not a JSON Schema object'],
  ])('%s', (_, schema, reason) => {
    expect(compileSchema(schema)).toEqual({ kind: 'unreadable', reason });
  });

  it('a field named like a keyword is a name, not the keyword', () => {
    const compiled = compileSchema({ type: 'object', properties: { $ref: { type: 'string' }, type: { enum: ['OBJECT'] } } });
    expect(compiled.kind).toBe('ready');
  });

  it('boolean schemas are schemas', () => {
    const compiled = compileSchema(false);
    expect(compiled.kind === 'ready' && compiled.validate(1)).toMatchObject({ kind: 'errors', errors: [{ keyword: 'false' }] });
  });

  it('a $ref into itself: the validator recurses until the stack runs out, caught and remembered', () => {
    const compiled = compileSchema({ $ref: '#' });
    if (compiled.kind !== 'ready') throw new Error('compiled as unreadable');
    const unreadable = { kind: 'unreadable', reason: 'the validator gave up (Maximum call stack size exceeded)' };
    expect(compiled.validate({})).toEqual(unreadable);
    expect(compiled.validate({})).toEqual(unreadable);
  });
});

describe('$schema picks the draft; 2020-12 without one', () => {
  it.each([
    [undefined, '2020-12'],
    ['http://json-schema.org/draft-04/schema#', '4'],
    ['http://json-schema.org/draft-07/schema#', '7'],
    ['https://json-schema.org/draft/2019-09/schema', '2019-09'],
    ['https://json-schema.org/draft/2020-12/schema', '2020-12'],
  ])('%s → %s', ($schema, draft) => {
    expect(draftOf($schema === undefined ? {} : { $schema })).toBe(draft);
  });

  it('draft 7 reads a tuple `items` array as positions', () => {
    const schema = { $schema: 'http://json-schema.org/draft-07/schema#', items: [{ type: 'string' }, { type: 'number' }] };
    const compiled = compileSchema(schema);
    expect(compiled.kind === 'ready' && compiled.validate(['a', 'b'])).toMatchObject({ kind: 'errors', errors: [{}, { keyword: 'type' }] });
  });
});
