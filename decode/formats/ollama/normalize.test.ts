import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createdSeconds } from './normalize';

/** What Date.parse makes of a time, in whole seconds: the reading `created_at` has always had. */
const byDateParse = (text: string): number | undefined => {
  const ms = Date.parse(text);
  return Number.isFinite(ms) ? Math.floor(ms / 1000) : undefined;
};

const twoDigits = (value: number): string => String(value).padStart(2, '0');

/** RFC 3339 times with every field over its whole two- or four-digit range, valid or not. */
const rfc3339 = fc
  .record({
    year: fc.integer({ min: 0, max: 9999 }),
    month: fc.integer({ min: 0, max: 19 }),
    day: fc.integer({ min: 0, max: 39 }),
    hour: fc.integer({ min: 0, max: 29 }),
    minute: fc.integer({ min: 0, max: 69 }),
    second: fc.integer({ min: 0, max: 69 }),
    fraction: fc.option(fc.stringMatching(/^[0-9]{1,12}$/)),
    zone: fc.oneof(
      fc.constant('Z'),
      fc
        .tuple(fc.constantFrom('+', '-'), fc.integer({ min: 0, max: 29 }), fc.integer({ min: 0, max: 69 }))
        .map(([sign, hours, minutes]) => `${sign}${twoDigits(hours)}:${twoDigits(minutes)}`),
    ),
  })
  .map(
    ({ year, month, day, hour, minute, second, fraction, zone }) =>
      `${String(year).padStart(4, '0')}-${twoDigits(month)}-${twoDigits(day)}T${twoDigits(hour)}:${twoDigits(minute)}:${twoDigits(second)}${fraction === null ? '' : `.${fraction}`}${zone}`,
  );

describe('created_at', () => {
  it('reads as Date.parse reads it, in whole seconds, for any RFC 3339 time (out-of-range fields too)', () => {
    fc.assert(
      fc.property(rfc3339, (text) => {
        expect(createdSeconds({ created_at: text })).toBe(byDateParse(text));
      }),
      { numRuns: 5000 },
    );
  });

  it('reads the recorded times, checked by hand against a calendar', () => {
    // 2024-07-02 is day 19,906 after 1970-01-01: 19,906 × 86,400 + 11 h 45 min 16 s.
    expect(createdSeconds({ created_at: '2024-07-02T11:45:16.216898458Z' })).toBe(19_906 * 86_400 + 11 * 3600 + 45 * 60 + 16);
    // The same instant written two hours east of UTC.
    expect(createdSeconds({ created_at: '2024-07-02T13:45:16+02:00' })).toBe(19_906 * 86_400 + 11 * 3600 + 45 * 60 + 16);
    // Half a second before the epoch is in the second before it.
    expect(createdSeconds({ created_at: '1969-12-31T23:59:59.5Z' })).toBe(-1);
  });

  it('tells RFC 3339 apart exactly as its regex does, on near misses of every kind, and reads what it takes as Date.parse', () => {
    const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;
    // A valid time with one character changed, dropped or added anywhere, or a few at its end.
    const nearMiss = fc
      .tuple(rfc3339, fc.nat(40), fc.constantFrom('', '0', '9', '.', ':', '-', '+', 'Z', 'T', ' ', 'a', '\u0660'), fc.boolean())
      .map(
        ([text, at, char, replace]) =>
          text.slice(0, at % (text.length + 1)) + char + text.slice((at % (text.length + 1)) + (replace ? 1 : 0)),
      );
    fc.assert(
      fc.property(fc.oneof(rfc3339, nearMiss), (text) => {
        expect(createdSeconds({ created_at: text })).toBe(RFC3339.test(text) ? byDateParse(text) : undefined);
      }),
      { numRuns: 20000 },
    );
    // A dot without digits, a line end after the zone: not RFC 3339.
    expect(createdSeconds({ created_at: '2024-07-02T11:45:16.Z' })).toBeUndefined();
    expect(createdSeconds({ created_at: '2024-07-02T11:45:16Z\n' })).toBeUndefined();
  });

  it('is undefined for what is not RFC 3339, though Date.parse reads it', () => {
    expect(createdSeconds({ created_at: '2024' })).toBeUndefined();
    expect(createdSeconds({ created_at: 'March 7, 2024' })).toBeUndefined();
    expect(createdSeconds({ created_at: 1719920716 })).toBeUndefined();
  });
});
