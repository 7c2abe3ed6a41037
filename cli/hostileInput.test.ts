import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixturePath } from '../testing/fixtureFiles';
import { main } from './main';

/** Hostile files through the whole command (issue 7): an answer and an exit status, never a crash. */

let workDir = '';
beforeAll(() => {
  workDir = mkdtempSync(join(tmpdir(), 'llm-inspect-hostile-'));
});
afterAll(() => {
  rmSync(workDir, { recursive: true, force: true });
});

const file = (name: string, text: string): string => {
  const path = join(workDir, name);
  writeFileSync(path, text);
  return path;
};

const run = async (args: readonly string[]) => {
  let out = '';
  let err = '';
  const status = await main(args, { out: (text) => (out += text), err: (text) => (err += text) });
  return { status, out, err };
};

describe('llm-inspect on hostile files', () => {
  it('a body nested 100,000 deep: exit 1, one error issue, output that is valid JSON', async () => {
    const deep = file('deep.json', `{"choices":${'['.repeat(100_000)}${']'.repeat(100_000)}}`);
    const result = await run(['--json', deep]);
    expect(result.status).toBe(1);
    expect(result.err).toBe('');
    const output: unknown = JSON.parse(result.out);
    expect(output).toMatchObject({
      exchanges: [
        { conforms: false, completion: null, issues: [{ severity: 'error', path: '', expected: 'JSON nested at most 128 levels deep' }] },
      ],
    });
  });

  it("Together's seed beyond 2^53 (hf-together-chat-reasoning-1.json): exit 0, the digits as sent in preciseNumbers and in the warning", async () => {
    const result = await run(['--json', fixturePath('hf-together-chat-reasoning-1.json')]);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.out)).toMatchObject({
      exchanges: [
        {
          conforms: true,
          preciseNumbers: [{ path: 'choices[0].seed', digits: '5844196810245229000' }],
          issues: [{ severity: 'warning', path: 'choices[0].seed', actual: 'integer 5844196810245229000' }],
        },
      ],
    });
    const table = await run([fixturePath('hf-together-chat-reasoning-1.json')]);
    expect(table.out).toContain('  warning  choices[0].seed: integer beyond 2^53: JavaScript holds 5844196810245228544 instead;');
  });

  it('bidi controls in a model name are written out in the table, never obeyed by the terminal', async () => {
    const body = file(
      'bidi.json',
      JSON.stringify({
        id: 'x',
        object: 'chat.completion',
        created: 1,
        model: 'gpt\u202e4o',
        choices: [{ index: 0, message: { role: 'assistant', content: 'hi' }, finish_reason: 'stop' }],
      }),
    );
    const result = await run([body]);
    expect(result.status).toBe(0);
    expect(result.out).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
    expect(result.out).toContain('gpt\\u202e4o');
    expect(result.out).toContain('  warning  model: the model name holds bidirectional control characters (U+202E)');
  });

  it('invalid UTF-8 in a body file is read with U+FFFD, not refused', async () => {
    const path = join(workDir, 'latin1.json');
    const prefix =
      '{"id":"x","object":"chat.completion","created":1,"model":"m","choices":[{"index":0,"message":{"role":"assistant","content":"caf';
    writeFileSync(path, Buffer.concat([Buffer.from(prefix), Buffer.from([0xe9]), Buffer.from('"},"finish_reason":"stop"}]}')]));
    const result = await run(['--json', path]);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.out)).toMatchObject({ exchanges: [{ completion: { choices: [{ message: { content: 'caf\uFFFD' } }] } }] });
  });
});
