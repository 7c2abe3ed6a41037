import { describe, expect, it } from 'vitest';
import { gapFigures, type TimedEvent } from './gapFigures';

const at = (times: readonly number[]): TimedEvent[] => times.map((atMs, index) => ({ index, atMs }));

describe('gapFigures', () => {
  it('gives the median, the nearest-rank p95 and where the longest stall ended', () => {
    // Gaps 10, 20, …, 200 (20 of them): median (100 + 110) / 2; p95 the 19th smallest (ceil(0.95 × 20)), 190.
    let time = 0;
    const times = [0];
    for (let gap = 10; gap <= 200; gap += 10) times.push((time += gap));
    expect(gapFigures(at(times))).toEqual({ count: 20, medianMs: 105, p95Ms: 190, longest: { ms: 200, eventIndex: 20, atMs: 2100 } });
  });

  it('counts events of one chunk as 0 ms apart and names the first of equal stalls', () => {
    expect(gapFigures(at([5, 5, 305, 305, 605]))).toEqual({
      count: 4,
      medianMs: 150,
      p95Ms: 300,
      longest: { ms: 300, eventIndex: 2, atMs: 305 },
    });
  });

  it('has nothing to say about fewer than two events', () => {
    expect(gapFigures(at([]))).toBeNull();
    expect(gapFigures(at([40]))).toBeNull();
  });
});
