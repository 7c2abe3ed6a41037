import { describe, expect, it } from 'vitest';
import { mayContain, searchPairsOf } from './searchPairs';

describe('searchPairs: which rows a filter word can skip without searching', () => {
  const text = 'https://api.groq.com/openai/v1\ngroq\nllama-3.1-8b';

  it('lets through every word the text contains', () => {
    const pairs = searchPairsOf(text);
    for (const word of ['g', 'gr', 'groq', 'api.groq', 'llama-3.1', '3.1-8b', 'v1\ngroq', 'https://']) {
      expect(text.includes(word)).toBe(true);
      expect(mayContain(pairs, word)).toBe(true);
    }
  });

  it('skips a word with a pair of letters or digits the text lacks', () => {
    const pairs = searchPairsOf(text);
    // "gp": g is followed only by r in the text; "q1": q only by . and \n; "81": 8 only by b; "an": n only by a and \n.
    expect(mayContain(pairs, 'gpt')).toBe(false);
    expect(mayContain(pairs, 'q1')).toBe(false);
    expect(mayContain(pairs, '81')).toBe(false);
    expect(mayContain(pairs, 'anthropic')).toBe(false);
  });

  it('lets a one-character word and the empty word through: they have no pair to miss', () => {
    const pairs = searchPairsOf('abc');
    expect(mayContain(pairs, 'z')).toBe(true);
    expect(mayContain(pairs, '')).toBe(true);
  });

  it('never skips a word the text contains, whatever its characters (other characters share classes)', () => {
    const unusual = 'naïve café — 東京 «quoted» ✕ 2';
    const pairs = searchPairsOf(unusual);
    for (let start = 0; start < unusual.length; start += 1)
      for (let end = start + 1; end <= unusual.length; end += 1) expect(mayContain(pairs, unusual.slice(start, end))).toBe(true);
  });

  it('holds nothing for empty text: any two-character word is skipped', () => {
    expect(mayContain(searchPairsOf(''), 'ab')).toBe(false);
    expect(mayContain(searchPairsOf('a'), 'ab')).toBe(false);
  });
});
