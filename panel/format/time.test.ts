import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatClockTime, formatUnixSeconds } from './time';

// Local time is what the user sees; pin the zone so the expected strings hold on every machine.
const zone = process.env.TZ;
beforeAll(() => {
  process.env.TZ = 'UTC';
});
afterAll(() => {
  process.env.TZ = zone;
});

describe('time formatting', () => {
  it('shows created (Unix seconds) as a local date-time', () => {
    // openai-chat-text-1.json: "created": 1727346142 is 2024-09-26 10:22:22 UTC.
    expect(formatUnixSeconds(1727346142)).toBe('2024-09-26 10:22:22');
    // Anthropic's compatibility layer sends created 0.
    expect(formatUnixSeconds(0)).toBe('1970-01-01 00:00:00');
  });

  it('shows a row time with milliseconds', () => {
    expect(formatClockTime(Date.UTC(2024, 8, 26, 10, 22, 21, 5))).toBe('10:22:21.005');
  });

  it('does not invent a date for an out-of-range value', () => {
    expect(formatUnixSeconds(1e20)).toBe('invalid date');
  });
});
