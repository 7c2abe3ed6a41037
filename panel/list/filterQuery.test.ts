import { describe, expect, it } from 'vitest';
import { filterWords, parseFilter, statusFits, termImplies } from './filterQuery';
import type { FilterTerm } from './filterQuery';

const term = (text: string): FilterTerm => {
  const [only, ...rest] = parseFilter(text);
  if (only === undefined || rest.length > 0) throw new Error(`${text} is not one term`);
  return only;
};

describe('filter language', () => {
  it('reads the keys DevTools users know, lower-casing keys and values', () => {
    expect(parseFilter('Model:GPT-4o provider:Groq finish:length is:stream')).toEqual([
      { key: 'model', value: 'gpt-4o', negated: false },
      { key: 'provider', value: 'groq', negated: false },
      { key: 'finish', value: 'length', negated: false },
      { key: 'is', value: 'stream', negated: false },
    ]);
  });

  it('reads plain words as text to find anywhere, every word required', () => {
    expect(parseFilter('  Oslo   weather ')).toEqual([
      { key: 'text', value: 'oslo', negated: false },
      { key: 'text', value: 'weather', negated: false },
    ]);
  });

  it('negates a term with a leading -, keyed or not', () => {
    expect(parseFilter('-is:error -stream')).toEqual([
      { key: 'is', value: 'error', negated: true },
      { key: 'text', value: 'stream', negated: true },
    ]);
  });

  it('keeps spaces inside double quotes, in a value or a plain phrase', () => {
    expect(parseFilter('model:"Mistral Large" -"rain in"')).toEqual([
      { key: 'model', value: 'mistral large', negated: false },
      { key: 'text', value: 'rain in', negated: true },
    ]);
    // An open quote (still being typed) runs to the end of the box.
    expect(parseFilter('model:"llama 3')).toEqual([{ key: 'model', value: 'llama 3', negated: false }]);
  });

  it('searches an unknown key, an unknown is: value or an unreadable status as plain text, as DevTools does', () => {
    expect(term('foo:bar')).toEqual({ key: 'text', value: 'foo:bar', negated: false });
    expect(term('is:cached')).toEqual({ key: 'text', value: 'is:cached', negated: false });
    expect(term('status:ok')).toEqual({ key: 'text', value: 'status:ok', negated: false });
    expect(term('status:4290')).toEqual({ key: 'text', value: 'status:4290', negated: false });
    // A URL is text, not a key named https.
    expect(term('https://api.groq.com')).toEqual({ key: 'text', value: 'https://api.groq.com', negated: false });
  });

  it('ignores what asks nothing yet: a key without its value, a lone -', () => {
    expect(parseFilter('model: - status:')).toEqual([]);
  });

  it('reads status values as codes or classes: status:404, status:4xx, status:5xx, status:4', () => {
    expect(term('status:4xx')).toEqual({ key: 'status', value: '4xx', negated: false });
    expect([404, 429, 200, 500].filter((status) => statusFits(status, '4xx'))).toEqual([404, 429]);
    expect([404, 429, 200, 500, 503].filter((status) => statusFits(status, '5xx'))).toEqual([500, 503]);
    expect([404, 429, 200].filter((status) => statusFits(status, '404'))).toEqual([404]);
    expect([404, 429, 200].filter((status) => statusFits(status, '4'))).toEqual([404, 429]);
    // A failed request has status 0.
    expect(statusFits(0, '4xx')).toBe(false);
    expect(statusFits(0, '0')).toBe(true);
  });

  it('knows where each word sits in the box, for suggestions', () => {
    expect(filterWords('a  model:"x y" -b')).toEqual([
      { start: 0, end: 1, text: 'a' },
      { start: 3, end: 14, text: 'model:x y' },
      { start: 15, end: 17, text: '-b' },
    ]);
  });

  it('knows when one term keeps only rows another keeps (typing on narrows; typing on after - widens)', () => {
    expect(termImplies(term('model:gpt-4'), term('model:gpt'))).toBe(true);
    expect(termImplies(term('model:gpt'), term('model:gpt-4'))).toBe(false);
    expect(termImplies(term('-gpt'), term('-gpt-4'))).toBe(true);
    expect(termImplies(term('-gpt-4'), term('-gpt'))).toBe(false);
    expect(termImplies(term('status:429'), term('status:4'))).toBe(true);
    expect(termImplies(term('status:4xx'), term('status:4'))).toBe(true);
    expect(termImplies(term('status:4'), term('status:4xx'))).toBe(false);
    expect(termImplies(term('status:429'), term('status:4xx'))).toBe(true);
    expect(termImplies(term('status:4xx'), term('status:429'))).toBe(false);
    expect(termImplies(term('model:gpt'), term('gpt'))).toBe(false);
    expect(termImplies(term('is:error'), term('-is:error'))).toBe(false);
  });
});
