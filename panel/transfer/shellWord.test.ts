import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { posixWord } from './shellWord';

/** What a real POSIX shell makes of the word, with K set. */
function throughShell(word: string): string {
  return execFileSync('sh', ['-c', `printf '%s' ${word}`], {
    encoding: 'utf8',
    env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin', K: 'sk-x', HOME: '/h' },
  });
}

describe('posixWord', () => {
  it('double-quotes text that needs no escaping, with braces where the name would run on', () => {
    expect(posixWord([{ text: 'Bearer ' }, { variable: 'K' }])).toBe('"Bearer $K"');
    expect(posixWord([{ text: 'a' }, { variable: 'K' }, { text: 'b' }])).toBe('"a${K}b"');
    expect(throughShell(posixWord([{ text: 'a' }, { variable: 'K' }, { text: 'b' }]))).toBe('ask-xb');
  });

  it.each([['{"k":"'], ['$HOME '], ['`id` '], ['say \\ '], ['hi! ']])(
    'splices the variable into single quotes when the text holds %j',
    (text) => {
      const word = posixWord([{ text }, { variable: 'K' }, { text: '"}' }]);
      expect(word).toContain(`"$K"`);
      expect(throughShell(word)).toBe(`${text}sk-x"}`);
    },
  );
});
