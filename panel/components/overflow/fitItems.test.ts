import { describe, expect, it } from 'vitest';
import { fitItems } from './fitItems';

describe('fitItems', () => {
  it('shows every item when all fit, without room for the » button', () => {
    expect(fitItems([100, 50, 50], 208, 24, 4)).toEqual([0, 1, 2]);
    // Width not known yet: nothing is hidden.
    expect(fitItems([100, 50, 50], 0, 24, 4)).toEqual([0, 1, 2]);
  });

  it('keeps the first items that fit beside the » button', () => {
    // 100 + 4 + 50 = 154 ≤ 207 - 24 - 4 = 179; adding the third (4 + 50) would make 208.
    expect(fitItems([100, 50, 50], 207, 24, 4)).toEqual([0, 1]);
    expect(fitItems([100, 50, 50], 120, 24, 4)).toEqual([]);
  });

  it('keeps the item that must show, giving up the ones before it', () => {
    expect(fitItems([60, 60, 60, 60], 160, 24, 4, 3)).toEqual([0, 3]);
    expect(fitItems([60, 60, 60, 60], 160, 24, 4, 1)).toEqual([0, 1]);
  });
});
