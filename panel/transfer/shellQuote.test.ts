import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { shellQuote } from './shellQuote';

/** What a real POSIX shell makes of the quoted word. */
function throughShell(word: string): string {
  return execFileSync('sh', ['-c', `printf '%s' ${word}`], { encoding: 'utf8' });
}

describe('shellQuote', () => {
  it.each([
    "What's the weather like in San Francisco?",
    '{"content":"say \\"hi\\" and $HOME `ls` !"}',
    'two\nlines',
    "it's ''quoted'' twice",
    'plain-word_1.2',
    '',
  ])('gives the shell back exactly %j', (value) => {
    expect(throughShell(shellQuote(value))).toBe(value);
  });

  it('leaves a plain word bare and closes quotes around a single quote', () => {
    expect(shellQuote('https://api.openai.com/v1/chat/completions')).toBe('https://api.openai.com/v1/chat/completions');
    expect(shellQuote("it's")).toBe(`'it'\\''s'`);
  });
});
