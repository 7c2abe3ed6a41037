import { describe, expect, it } from 'vitest';
import { relativeTimeText } from './relativeTime';

// created of openai-chat-text-1.json: 1727346142 = 2024-09-26 10:22:22 UTC.
const created = 1727346142;
const after = (seconds: number) => (created + seconds) * 1000;

describe('relativeTimeText', () => {
  it('says how long ago, in the largest whole unit', () => {
    expect(relativeTimeText(created, after(2))).toBe('just now');
    expect(relativeTimeText(created, after(42))).toBe('42 s ago');
    expect(relativeTimeText(created, after(3 * 60 + 59))).toBe('3 min ago');
    expect(relativeTimeText(created, after(2 * 3600 + 5))).toBe('2 h ago');
    expect(relativeTimeText(created, after(24 * 3600))).toBe('1 day ago');
    expect(relativeTimeText(created, after(5 * 24 * 3600))).toBe('5 days ago');
    expect(relativeTimeText(created, after(61 * 24 * 3600))).toBe('2 months ago');
    expect(relativeTimeText(created, after(800 * 24 * 3600))).toBe('2 years ago');
  });

  it('says "in" for a time ahead of the clock', () => {
    expect(relativeTimeText(created, after(-4 * 60))).toBe('in 4 min');
    expect(relativeTimeText(created, after(-30))).toBe('in 30 s');
  });
});
