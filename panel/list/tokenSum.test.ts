import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createTokenSum } from './tokenSum';

describe('token sum', () => {
  it('adds a count sent beyond 2^53 by its digits, and shows the exact total', () => {
    const sum = createTokenSum();
    // 9007199254740993 is 2^53 + 1: JavaScript holds it as 9007199254740992.
    sum.add(9007199254740992, '9007199254740993');
    sum.add(5, null);
    expect(sum.digits()).toBe('9007199254740998');
    sum.add(null, null);
    expect(sum.digits()).toBe('9007199254740998');
    expect(sum.remove(9007199254740992, '9007199254740993')).toBe(true);
    // 5 again: an ordinary total has no digits of its own.
    expect(sum.digits()).toBeNull();
    expect(sum.value()).toBe(5);
  });

  it('cannot take a fractional count out again, and says so', () => {
    const sum = createTokenSum();
    sum.add(0.1, null);
    sum.add(2, null);
    expect(sum.value()).toBeCloseTo(2.1, 10);
    expect(sum.remove(0.1, null)).toBe(false);
    expect(sum.remove(2, null)).toBe(true);
  });

  it('after any additions and removals of whole counts, equals the sum of those left', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.bigInt({ min: 0n, max: 10n ** 21n }), fc.boolean())), (counts) => {
        const sum = createTokenSum();
        for (const [count] of counts) sum.add(Number(count), count.toString());
        const left = counts.filter(([count, remove]) => !(remove && sum.remove(Number(count), count.toString())));
        const exact = left.reduce((total, [count]) => total + count, 0n);
        expect(sum.value()).toBe(Number(exact));
        expect(sum.digits()).toBe(exact > BigInt(Number.MAX_SAFE_INTEGER) ? exact.toString() : null);
      }),
    );
  });
});
