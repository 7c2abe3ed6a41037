import { describe, expect, it } from 'vitest';
import { formatDuration } from './duration';

describe('formatDuration: one format for every duration the panel shows', () => {
  it.each([
    [null, '—'],
    [-1, '—'],
    [Number.NaN, '—'],
    [Number.POSITIVE_INFINITY, '—'],
    [0, '0 ms'],
    [0.004, '0.00 ms'],
    [0.42, '0.42 ms'],
    [0.996, '1.0 ms'],
    [7.46, '7.5 ms'],
    [9.96, '10 ms'],
    [35, '35 ms'],
    [812.4, '812 ms'],
    [999.4, '999 ms'],
    [999.6, '1.00 s'],
    [1_240, '1.24 s'],
    [8_012, '8.01 s'],
    [33_051, '33.05 s'],
    [59_994, '59.99 s'],
    [59_996, '1.0 min'],
    [150_000, '2.5 min'],
  ])('%s ms reads %s', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });
});
