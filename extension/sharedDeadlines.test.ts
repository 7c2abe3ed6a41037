import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sharedDeadlines } from './sharedDeadlines';

describe('sharedDeadlines: many timeouts on one timer', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('runs each expiry at its own deadline, earliest first, and never a cancelled one', () => {
    const deadlines = sharedDeadlines(() => Date.now());
    const expired: string[] = [];
    deadlines.after(10_000, () => expired.push('10 s'));
    const cancel = deadlines.after(10_000, () => expired.push('cancelled'));
    deadlines.after(5_000, () => expired.push('5 s, added later'));
    vi.advanceTimersByTime(3_000);
    deadlines.after(4_000, () => expired.push('7 s'));
    cancel();
    vi.advanceTimersByTime(1_999);
    expect(expired).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(expired).toEqual(['5 s, added later']);
    vi.advanceTimersByTime(2_000);
    expect(expired).toEqual(['5 s, added later', '7 s']);
    vi.advanceTimersByTime(3_000);
    expect(expired).toEqual(['5 s, added later', '7 s', '10 s']);
    vi.advanceTimersByTime(60_000);
    expect(expired).toHaveLength(3);
  });

  it('keeps one timer however many wait, and still times out a call after the others were answered', () => {
    const deadlines = sharedDeadlines(() => Date.now());
    const expired: number[] = [];
    const cancels = Array.from({ length: 1_000 }, (_, index) => deadlines.after(10_000, () => expired.push(index)));
    expect(vi.getTimerCount()).toBe(1);
    cancels.forEach((cancel, index) => {
      if (index !== 500) cancel();
    });
    vi.advanceTimersByTime(10_000);
    expect(expired).toEqual([500]);
  });
});
