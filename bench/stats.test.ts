import { describe, expect, it } from 'vitest';
import { median, mibPerSecond, ratioOf, spreadOf } from './stats';

describe('statistics of repeated runs', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([30, 10, 20])).toBe(20);
    expect(median([40, 10, 30, 20])).toBe(25);
    expect(median([])).toBeNaN();
  });

  it('gives the ratio of the medians and the spread of the per-round ratios', () => {
    const ratio = ratioOf([200, 300, 250], [100, 100, 125]);
    expect(ratio.value).toBe(250 / 100);
    expect(ratio.spread).toEqual({ min: 2, max: 3, runs: 3 });
  });

  it('reports the extremes and the count', () => {
    expect(spreadOf([5, 1, 9])).toEqual({ min: 1, max: 9, runs: 3 });
  });

  it('turns 2 MiB in 500 ms into 4 MiB/s', () => {
    expect(mibPerSecond(2 * 1024 * 1024, 500)).toBe(4);
  });
});
