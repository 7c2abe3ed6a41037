import { describe, expect, it } from 'vitest';
import { compileUrlPatterns } from './urlPatterns';

const matches = (pattern: string, url: string) => {
  const [compiled] = compileUrlPatterns([pattern]).patterns;
  if (compiled === undefined) throw new Error(`${pattern} did not compile`);
  return compiled.test(url);
};

describe('extra URL patterns', () => {
  it('match text anywhere in the URL, ignoring case, with * for any characters', () => {
    expect(matches('gateway.internal/llm/', 'https://Gateway.Internal/llm/generate')).toBe(true);
    expect(matches('gateway.internal/*/generate', 'https://gateway.internal/v2/llm/generate?stream=1')).toBe(true);
    expect(matches('gateway.internal/*/generate', 'https://gateway.internal/v2/llm/embed')).toBe(false);
    // `.` and `?` are literal in text patterns.
    expect(matches('a.b?c', 'https://axb/c')).toBe(false);
    expect(matches('api/chat?x=1', 'https://host/api/chat?x=1')).toBe(true);
  });

  it('take /regex/flags as a regular expression, without the stateful g and y flags', () => {
    expect(matches('/\\/api\\/v\\d+\\/generate$/', 'https://host/api/v3/generate')).toBe(true);
    expect(matches('/\\/api\\/v\\d+\\/generate$/', 'https://host/api/v3/generate/x')).toBe(false);
    const [global] = compileUrlPatterns(['/generate/gi']).patterns;
    expect(global?.flags).toBe('i');
    // Stateless: testing twice gives the same answer.
    expect([global?.test('https://h/GENERATE'), global?.test('https://h/GENERATE')]).toEqual([true, true]);
  });

  it('skip blank lines and report the invalid ones with the reason', () => {
    const compiled = compileUrlPatterns(['', '  ', '/(unclosed/', 'ok/path']);
    expect(compiled.patterns).toHaveLength(1);
    expect(compiled.invalid.map((entry) => entry.pattern)).toEqual(['/(unclosed/']);
    expect(compiled.invalid[0]?.reason).toMatch(/Invalid regular expression/);
  });
});
