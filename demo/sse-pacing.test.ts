import { describe, expect, it } from 'vitest';
import { eventDelay } from './sse-pacing';

describe('eventDelay', () => {
  it('keeps the asked delay when the stream fits in the cap', () => {
    expect(eventDelay(34, 15, 1500)).toBe(15);
  });

  it('shrinks the delay so a long stream takes the cap at most', () => {
    expect(eventDelay(990, 15, 1500)).toBeCloseTo(1500 / 989);
  });

  it('sends at once with no pacing or a single event', () => {
    expect(eventDelay(34, 0, 1500)).toBe(0);
    expect(eventDelay(1, 15, 1500)).toBe(0);
  });
});
