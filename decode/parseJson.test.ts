import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as E from 'fp-ts/Either';
import { MAX_JSON_DEPTH, parseJson, parseJsonValue } from './parseJson';
import { findPreciseNumbers } from './preciseNumbers';

/** The scan's verdict on a text: too deep, or whether it may hold integers beyond 2^53. */
const verdict = (text: string): 'depth' | 'syntax' | 'maybe' | 'none' => {
  const parsed = parseJson(text);
  if (E.isLeft(parsed)) return parsed.left.reason;
  return parsed.right.mayHoldPreciseNumbers ? 'maybe' : 'none';
};

describe('parseJson: one walk for depth and huge numbers', () => {
  it('says a text may hold integers beyond 2^53 exactly when one of its integer literals is, as findPreciseNumbers finds, wherever it sits', () => {
    // Integers around and far beyond 2^53 placed at random leaves of random JSON, as literals.
    const integer = fc.oneof(
      fc.bigInt({ min: -(2n ** 70n), max: 2n ** 70n }),
      fc.bigInt({ min: 2n ** 53n - 3n, max: 2n ** 53n + 3n }),
      fc.bigInt({ min: -(2n ** 53n) - 3n, max: -(2n ** 53n) + 3n }),
    );
    // Other leaves hold no number beyond 2^53: only the literals decide (doubles are the next test's).
    const leaf = fc.oneof(
      integer.map((n) => ({ literal: n.toString() })),
      fc.string({ maxLength: 20 }),
      fc.boolean(),
      fc.constant(null),
      fc.integer(),
    );
    const tree = fc.letrec<{ node: unknown }>((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        leaf,
        fc.array(tie('node'), { maxLength: 4 }),
        fc.dictionary(fc.string({ maxLength: 4 }), tie('node'), { maxKeys: 4 }),
      ),
    })).node;
    fc.assert(
      // Inside an array: a bare number is no body, and findPreciseNumbers looks for literals after `[:,`.
      fc.property(fc.array(tree, { minLength: 1, maxLength: 3 }), (value) => {
        const literals: string[] = [];
        const text = JSON.stringify(value, (_key, item: unknown) => {
          if (
            typeof item === 'object' &&
            item !== null &&
            'literal' in item &&
            typeof item.literal === 'string' &&
            Object.keys(item).length === 1
          ) {
            literals.push(item.literal);
            return `\u0000${literals.length - 1}\u0000`;
          }
          return item;
        }).replace(/"\\u0000(\d+)\\u0000"/g, (_match, index: string) => literals[Number(index)] ?? '0');
        const beyond = literals.some((literal) => BigInt(literal) > 2n ** 53n - 1n || BigInt(literal) < -(2n ** 53n - 1n));
        expect(verdict(text)).toBe(beyond ? 'maybe' : 'none');
        expect(findPreciseNumbers(text).length > 0).toBe(beyond);
      }),
      { numRuns: 300 },
    );
  });

  it('reads the edges of the safe range exactly, at the top level and in arrays and objects', () => {
    expect(verdict('9007199254740991')).toBe('none');
    expect(verdict('-9007199254740991')).toBe('none');
    expect(verdict('9007199254740992')).toBe('maybe');
    expect(verdict('[1,[2,{"a":-9007199254740993}]]')).toBe('maybe');
    expect(verdict('{"a":[1e16]}')).toBe('maybe');
    expect(verdict('{"a":"12345678901234567890"}')).toBe('none');
  });

  it(`refuses nesting beyond ${MAX_JSON_DEPTH} levels, counting arrays and objects alike`, () => {
    const nested = (levels: number) => `${'[{"a":'.repeat(levels / 2)}1${'}]'.repeat(levels / 2)}`;
    expect(verdict(nested(MAX_JSON_DEPTH))).toBe('none');
    expect(verdict(nested(MAX_JSON_DEPTH + 2))).toBe('depth');
    expect(verdict(`[${'['.repeat(MAX_JSON_DEPTH)}${']'.repeat(MAX_JSON_DEPTH)}]`)).toBe('depth');
    expect(verdict('{"a":')).toBe('syntax');
  });

  it('with Object.prototype polluted by an enumerable property, judges only the value itself', () => {
    const texts = [
      '{"a":{"b":1}}',
      `${'{"a":'.repeat(MAX_JSON_DEPTH)}1${'}'.repeat(MAX_JSON_DEPTH)}`,
      `${'{"a":'.repeat(MAX_JSON_DEPTH + 1)}1${'}'.repeat(MAX_JSON_DEPTH + 1)}`,
    ];
    // An inherited object that would nest without end and a huge number: neither is the value's.
    const inherited = { deep: 2 ** 60, self: {} };
    Reflect.defineProperty(Object.prototype, 'polluted', { value: inherited, enumerable: true, configurable: true, writable: true });
    let verdicts: string[];
    try {
      verdicts = texts.map(verdict);
    } finally {
      Reflect.deleteProperty(Object.prototype, 'polluted');
    }
    expect(verdicts).toEqual(['none', 'none', 'depth']);
  });

  it('with no depth limit walks nothing and leaves the question of huge numbers open', () => {
    const deep = `${'['.repeat(1_000)}${']'.repeat(1_000)}`;
    const parsed = parseJson(deep, Number.POSITIVE_INFINITY);
    expect(E.isRight(parsed) && parsed.right.mayHoldPreciseNumbers).toBe(true);
    expect(E.isRight(parseJsonValue(deep, Number.POSITIVE_INFINITY))).toBe(true);
    expect(parseJsonValue('{"a":1}')).toEqual(E.right({ a: 1 }));
  });
});
