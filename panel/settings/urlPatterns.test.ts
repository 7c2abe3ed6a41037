import { describe, expect, it } from 'vitest';
import { compileUrlPatterns } from './urlPatterns';

const matches = (pattern: string, url: string) => {
  const [compiled] = compileUrlPatterns([pattern]).patterns;
  if (compiled === undefined) throw new Error(`${pattern} did not compile`);
  return (compiled instanceof RegExp ? compiled : compiled.pattern).test(url);
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
    if (!(global instanceof RegExp)) throw new Error('a bare pattern compiles to a RegExp');
    expect(global.flags).toBe('i');
    // Stateless: testing twice gives the same answer.
    expect([global.test('https://h/GENERATE'), global.test('https://h/GENERATE')]).toEqual([true, true]);
  });

  it('skip blank lines and report the invalid ones with the reason', () => {
    const compiled = compileUrlPatterns(['', '  ', '/(unclosed/', 'ok/path']);
    expect(compiled.patterns).toHaveLength(1);
    expect(compiled.invalid.map((entry) => entry.pattern)).toEqual(['/(unclosed/']);
    expect(compiled.invalid[0]?.reason).toMatch(/Invalid regular expression/);
  });

  it('may start with a format name: the endpoint then speaks that format', () => {
    const { patterns, invalid } = compileUrlPatterns(['anthropic-messages gateway.internal/llm/*', 'Gemini\t/\\/proxy\\/g$/']);
    expect(invalid).toEqual([]);
    const [anthropic, gemini] = patterns;
    if (anthropic === undefined || anthropic instanceof RegExp) throw new Error('the first line names a format');
    if (gemini === undefined || gemini instanceof RegExp) throw new Error('the second line names a format');
    expect(anthropic.format).toBe('anthropic-messages');
    expect(anthropic.pattern.test('https://gateway.internal/llm/v1/messages')).toBe(true);
    expect(anthropic.pattern.test('https://gateway.internal/other')).toBe(false);
    // The name is read case-insensitively; the pattern after it may be a regex literal.
    expect(gemini.format).toBe('gemini');
    expect(gemini.pattern.test('https://h/proxy/g')).toBe(true);
  });

  it('report a line naming an unknown format instead of dropping it, with the names it may use', () => {
    const { patterns, invalid } = compileUrlPatterns(['antropic gateway.internal/llm/*', 'ok/path']);
    expect(patterns).toHaveLength(1);
    expect(invalid).toHaveLength(1);
    expect(invalid[0]?.pattern).toBe('antropic gateway.internal/llm/*');
    expect(invalid[0]?.reason).toBe(
      'unknown format "antropic" (one of openai-chat, openai-responses, anthropic-messages, gemini, ai-sdk-ui, ai-sdk-data, ai-sdk-text, ollama)',
    );
  });

  it('report a bad regex after a format name', () => {
    const { invalid } = compileUrlPatterns(['ollama /(unclosed/']);
    expect(invalid[0]?.reason).toMatch(/Invalid regular expression/);
  });
});
