import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CapturedExchange } from '../decode/index';
import { readFixture, readFormatFixture } from '../testing/fixtureFiles';
import { CHAT_URL } from '../testing/exchanges';
import type { OtherFormat } from '../testing/formatExchanges';
import { formatExchange } from '../testing/formatExchanges';
import { main } from './main';

/**
 * Issue 13, "Done when": `llm-inspect --json` on a HAR holding one exchange of each format prints
 * the normalized fields. Every expected value below was read by hand from the recorded body.
 */

const harEntry = (
  exchange: Pick<CapturedExchange, 'url' | 'status' | 'requestBody' | 'responseHeaders' | 'mimeType' | 'body'>,
): object => ({
  startedDateTime: '2025-06-28T04:14:24.000Z',
  time: 420,
  request: {
    method: 'POST',
    url: exchange.url,
    headers: [{ name: 'content-type', value: 'application/json' }],
    postData: { mimeType: 'application/json', text: exchange.requestBody ?? '{}' },
  },
  response: { status: exchange.status, headers: exchange.responseHeaders, content: { mimeType: exchange.mimeType, text: exchange.body } },
  timings: { send: 1, wait: 300, receive: 119 },
});

const ONE_OF_EACH: readonly (readonly [OtherFormat, string])[] = [
  ['openai-responses', 'openai-responses-json-text-1.json'],
  ['anthropic-messages', 'anthropic-json-text-1.json'],
  ['gemini', 'gemini-stream-text-1.sse'],
  ['ai-sdk-ui', 'openai-ui-text-1.sse'],
  ['ai-sdk-data', 'openai-data-text-1.txt'],
  ['ai-sdk-data', 'openai-textstream-1.txt'],
  ['ollama', 'ollama-chat-json-text-1.json'],
];

let workDir = '';
let harPath = '';

beforeAll(() => {
  workDir = mkdtempSync(join(tmpdir(), 'llm-inspect-formats-'));
  const chat = {
    url: CHAT_URL,
    status: 200,
    requestBody: JSON.stringify({ model: 'gpt-4o', messages: [{ role: 'user', content: 'Hi' }] }),
    responseHeaders: [{ name: 'content-type', value: 'application/json' }],
    mimeType: 'application/json',
    body: readFixture('openai-chat-text-1.json'),
  };
  const others = ONE_OF_EACH.map(([folder, name]) => harEntry(formatExchange(folder, name, readFormatFixture(folder, name))));
  harPath = join(workDir, 'every-format.har');
  writeFileSync(harPath, JSON.stringify({ log: { version: '1.2', entries: [harEntry(chat), ...others] } }));
});

afterAll(() => {
  rmSync(workDir, { recursive: true, force: true });
});

const runJson = async (): Promise<{ status: number; exchanges: Record<string, unknown>[] }> => {
  let out = '';
  const status = await main(['--json', harPath], { out: (text) => (out += text), err: () => undefined });
  const parsed: unknown = JSON.parse(out);
  return { status, exchanges: (parsed as { exchanges: Record<string, unknown>[] }).exchanges };
};

describe('llm-inspect --json on a HAR with one exchange of each format', () => {
  it('lists all eight, each with its format, and exits 0 as every one conforms', async () => {
    const { status, exchanges } = await runJson();
    expect(exchanges.map((exchange) => exchange.format)).toEqual([
      'openai-chat',
      'openai-responses',
      'anthropic-messages',
      'gemini',
      'ai-sdk-ui',
      'ai-sdk-data',
      'ai-sdk-text',
      'ollama',
    ]);
    expect(exchanges.map((exchange) => exchange.conforms)).toEqual([true, true, true, true, true, true, true, true]);
    expect(status).toBe(0);
  });

  it('fills id, model, text, finish and usage from each format’s own fields, null where the format has none', async () => {
    const { exchanges } = await runJson();
    const summary = exchanges.map((exchange) => {
      const completion = exchange.completion as {
        id: string | null;
        model: string | null;
        choices: { finish_reason: string | null; message: { content: string | null } }[];
        usage: { prompt_tokens: number | null; completion_tokens: number | null; total_tokens: number | null } | null;
      };
      const choice = completion.choices[0];
      return {
        id: completion.id,
        model: completion.model,
        start: choice?.message.content?.slice(0, 24) ?? null,
        finish: choice?.finish_reason ?? null,
        usage:
          completion.usage === null
            ? null
            : [completion.usage.prompt_tokens, completion.usage.completion_tokens, completion.usage.total_tokens],
      };
    });
    expect(summary).toEqual([
      {
        id: 'chatcmpl-ABfvaueLEMLNYbT8YzpJxsmiQ6HSY',
        model: 'gpt-4o-2024-08-06',
        start: "I'm unable to provide re",
        finish: 'stop',
        usage: [14, 37, 51],
      },
      {
        id: 'resp_689a0b2545288193953c892439b42e2800b2e36c65a1fd4b',
        model: 'gpt-4o-mini-2024-07-18',
        start: "I can't provide real-tim",
        finish: 'completed',
        usage: [14, 50, 64],
      },
      {
        id: 'msg_01VdEjxAP5ahtHKrrRdNBteQ',
        model: 'claude-sonnet-4-5-20250929',
        start: "Hello! I'm doing well, t",
        finish: 'end_turn',
        usage: [12, 29, null],
      },
      {
        id: 'w1peaMz6INOvnvgPgYfPiQY',
        model: 'gemini-2.0-flash-exp',
        start: 'The capital of France is',
        finish: 'STOP',
        usage: [13, 8, 21],
      },
      { id: null, model: null, start: 'The capital of France is', finish: 'stop', usage: null },
      { id: 'msg-ld8xBXFlRWt2y5f1VZyeOC6t', model: null, start: 'The capital of France is', finish: 'stop', usage: [278, 9, null] },
      { id: null, model: null, start: 'The capital of France is', finish: null, usage: null },
      { id: null, model: 'llama3:8b', start: 'A sweet question!\n\nThe p', finish: 'stop', usage: [17, 358, null] },
    ]);
  });
});
