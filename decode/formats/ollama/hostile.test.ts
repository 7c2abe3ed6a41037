import { describe, expect, it } from 'vitest';
import { decodeExchange } from '../../decodeExchange';
import type { DecodedExchange } from '../../model';
import { bareChatExchange } from '../../../testing/exchanges';

/**
 * Hostile Ollama bodies. No timing is asserted (machines differ). Measured on the development
 * machine (2 shared cores, Node via tsx, best of 5, decodeExchange with `streamEvents: false`
 * against JSON.parse of every line of the same body):
 *
 * | body                              | decode | with the line list | JSON.parse per line | ratio |
 * | 60,000 lines + done (7.6 MB)      | 217 ms | 327 ms             | 140 ms              | 1.55  |
 * | 120,000 lines + done (15.2 MB)    | 445 ms | 521 ms             | 276 ms              | 1.61  |
 *
 * Twice the lines, twice the time: text is collected per line and joined once.
 */

const MB = 1024 * 1024;

const decode = (body: string, url = 'http://localhost:11434/api/chat'): DecodedExchange => {
  const decoded = decodeExchange(bareChatExchange({ url, mimeType: 'application/x-ndjson', body }));
  if (decoded === null) throw new Error('not listed');
  return decoded;
};

const chunk = (content: string): string =>
  `{"model":"llama3.2","created_at":"2024-07-02T11:45:16.216898458Z","message":{"role":"assistant","content":${JSON.stringify(content)}},"done":false}`;

const DONE =
  '{"model":"llama3.2","created_at":"2024-07-02T11:45:17Z","message":{"role":"assistant","content":""},"done":true,"done_reason":"stop","prompt_eval_count":1,"eval_count":60000}';

describe('big bodies decode whole', () => {
  it('a 5 MB stream of 60,000 lines: every piece joined, every line listed', { timeout: 60_000 }, () => {
    const lines: string[] = [];
    for (let index = 0; index < 60_000; index += 1) lines.push(chunk(`t${index % 10} `));
    lines.push(DONE);
    const body = lines.join('\n');
    expect(body.length).toBeGreaterThan(5 * 1_000_000);
    const decoded = decode(body);
    expect(decoded.conforms).toBe(true);
    expect(decoded.completion?.choices[0]?.message.content?.length).toBe(60_000 * 3);
    expect(decoded.completion?.choices[0]?.message.content?.slice(0, 9)).toBe('t0 t1 t2 ');
    expect(decoded.stream).toMatchObject({ events: 60_001, done: true });
  });

  it('a 5 MB single text in a JSON body', { timeout: 60_000 }, () => {
    const content = 'x'.repeat(5 * MB);
    const body = JSON.stringify({ model: 'm', created_at: '2024-07-02T11:45:16Z', message: { role: 'assistant', content }, done: true });
    const decoded = decode(body);
    expect(decoded.completion?.choices[0]?.message.content?.length).toBe(5 * MB);
  });
});

describe('strange values do no harm', () => {
  it('bidi controls in the model name are kept and warned about; in the text they are kept silently', () => {
    const body = JSON.stringify({
      model: 'llama\u202e3',
      created_at: '2024-07-02T11:45:16Z',
      message: { role: 'assistant', content: 'abc\u2066def' },
      done: true,
    });
    const decoded = decode(body);
    expect(decoded.completion?.model).toBe('llama\u202e3');
    expect(decoded.completion?.choices[0]?.message.content).toBe('abc\u2066def');
    expect(decoded.issues.map((issue) => [issue.severity, issue.path])).toEqual([['warning', 'model']]);
  });

  it('a count beyond 2^53 in the done line: a warning with the digits as sent, the stream still done', () => {
    const done = DONE.replace('"eval_count":60000', '"eval_count":123456789012345678901');
    const decoded = decode([chunk('hi'), done].join('\n'));
    expect(decoded.stream?.done).toBe(true);
    expect(decoded.preciseNumbers).toEqual([{ path: 'events[1].eval_count', digits: '123456789012345678901' }]);
    expect(decoded.issues.map((issue) => [issue.severity, issue.path])).toEqual([['warning', 'events[1].eval_count']]);
  });

  it('a line nested 100,000 levels deep is not decoded; the lines around it are', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const decoded = decode([chunk('before'), deep, chunk(' after'), DONE].join('\n'));
    expect(decoded.completion?.choices[0]?.message.content).toBe('before after');
    const issue = decoded.issues.find((found) => found.path === 'events[1]');
    expect(issue?.message).toBe('event data is too deeply nested to decode');
  });

  it('keys such as __proto__ are data: listed as extensions, Object.prototype untouched', () => {
    const body = '{"model":"m","created_at":"2024-07-02T11:45:16Z","response":"x","done":true,"__proto__":{"polluted":1}}';
    const decoded = decode(body, 'http://localhost:11434/api/generate');
    expect(decoded.extensions?.map((extension) => extension.path)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
