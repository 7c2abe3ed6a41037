import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeExchange } from '../../decodeExchange';
import { parseResponseBody } from '../../responseBody';
import { bareChatExchange } from '../../../testing/exchanges';
import { fixtureNames, FORMATS_DIR, formatFixtureNames, readFixture, readFormatFixture } from '../../../testing/fixtureFiles';
import { recognizeFormat } from '../registry';
import type { ExchangeHead, PresentBody } from '../wireFormat';
import { ollama } from './index';

const head = (url: string | null, method: string | null = 'POST', mimeType = 'application/json'): ExchangeHead => ({
  url,
  method,
  requestHeaders: [],
  responseHeaders: [],
  mimeType,
  requestBody: null,
});

/** A body as responseBody.ts hands it to the formats; a test body is never missing or empty. */
const present = (text: string, mimeType = ''): PresentBody => {
  const parsed = parseResponseBody(text, mimeType);
  if (parsed.kind === 'missing' || parsed.kind === 'empty') throw new Error(`not a present body: ${text}`);
  return parsed;
};

const LONE = head(null, null, '');

describe('Ollama by its head: POST to /api/chat or /api/generate on port 11434', () => {
  it.each([
    'http://localhost:11434/api/chat',
    'http://127.0.0.1:11434/api/generate',
    'http://[::1]:11434/api/chat',
    'https://ollama.example.test:11434/api/chat/',
    'http://localhost:11434/api/chat?trace=1',
  ])('claims %s', (url) => {
    expect(ollama.claimsByHead(head(url))).toBe(true);
  });

  it.each([
    // Another port: an AI SDK app's own route has the same path.
    ['http://localhost:3000/api/chat', 'POST'],
    ['https://chat.example.com/api/chat', 'POST'],
    // Ollama's other endpoints and its OpenAI-compatible API (openai-chat's).
    ['http://localhost:11434/api/tags', 'POST'],
    ['http://localhost:11434/api/embed', 'POST'],
    ['http://localhost:11434/v1/chat/completions', 'POST'],
    ['http://localhost:11434/api/chat/history', 'POST'],
    // Only POST generates.
    ['http://localhost:11434/api/chat', 'GET'],
    ['http://localhost:11434/api/chat', 'OPTIONS'],
    ['not a url', 'POST'],
  ])('leaves %s (%s)', (url, method) => {
    expect(ollama.claimsByHead(head(url, method))).toBe(false);
  });

  it('says nothing of a lone body file (no URL, no method)', () => {
    expect(ollama.claimsByHead(LONE)).toBe(false);
  });
});

/** Every recorded body of the other formats, and of Chat Completions (Ollama's own /v1 among them). */
const otherBodies = (): [string, string][] => [
  ...readdirSync(FORMATS_DIR)
    .filter((format) => format !== 'ollama')
    .flatMap((format) =>
      formatFixtureNames(format).map((name): [string, string] => [`${format}/${name}`, readFormatFixture(format, name)]),
    ),
  ...fixtureNames().map((name): [string, string] => [`responses/${name}`, readFixture(name)]),
];

describe('Ollama by its body', () => {
  // The 404 body `{"error": "..."}` is LM Studio's error body as well (responses/lmstudio-error-*):
  // only the port, or the path with an Ollama request (proxiedError.test.ts), can say it is Ollama's.
  const answers = formatFixtureNames('ollama').filter((name) => !name.includes('-error-'));

  it.each(answers)('claims the recorded %s', (name) => {
    expect(ollama.claimsByBody(present(readFormatFixture('ollama', name)), LONE)).toBe(true);
  });

  it('does not claim the recorded 404 error body, which other servers send alike', () => {
    expect(ollama.claimsByBody(present(readFormatFixture('ollama', 'ollama-error-404-1.json')), LONE)).toBe(false);
  });

  it('claims no recorded body of another format, nor of Chat Completions (over 160 bodies)', () => {
    const bodies = otherBodies();
    expect(bodies.length).toBeGreaterThan(160);
    const claimed = bodies.filter(([, text]) => ollama.claimsByBody(present(text), LONE)).map(([name]) => name);
    expect(claimed).toEqual([]);
  });

  it.each([
    ['a JSON API with type, content and model', '{"type":"message","content":"hello","model":"gpt-4o","id":"msg_1"}'],
    ['a JSON API with model, message and done', '{"model":"x","message":{"role":"user","content":"hi"},"done":true}'],
    ['done as a string', '{"model":"x","created_at":"2024-07-02T11:45:16Z","message":{"role":"assistant","content":"hi"},"done":"true"}'],
    ['a message without a role', '{"model":"x","created_at":"2024-07-02T11:45:16Z","message":{"content":"hi"},"done":true}'],
    ['a job status', '{"model":"resnet","created_at":"2024-07-02T11:45:16Z","done":true,"status":"finished"}'],
    ['an array', '[{"model":"x","created_at":"2024-07-02T11:45:16Z","response":"hi","done":true}]'],
  ])('does not claim %s', (_what, text) => {
    expect(ollama.claimsByBody(present(text), LONE)).toBe(false);
  });

  it('does not claim a stock-ticker event stream nor an NDJSON log', () => {
    const ticker =
      'data: {"type":"price","symbol":"ACME","price":12.5,"model":"last"}\n\ndata: {"type":"price","symbol":"ACME","price":12.6}\n\n';
    expect(ollama.claimsByBody(present(ticker, 'text/event-stream'), LONE)).toBe(false);
    const log =
      '{"level":"info","msg":"started","done":false,"created_at":"2024-07-02T11:45:16Z"}\n{"level":"info","msg":"done","done":true}\n';
    expect(ollama.claimsByBody(present(log, 'application/x-ndjson'), LONE)).toBe(false);
  });

  it('claims a /api/generate stream by its first line, even after a blank line and with CRLF line ends', () => {
    const generate =
      '\r\n{"model":"llama3.2","created_at":"2024-07-02T11:45:16Z","response":"Hi","done":false}\r\n{"model":"llama3.2","created_at":"2024-07-02T11:45:17Z","response":"","done":true}\r\n';
    expect(ollama.claimsByBody(present(generate), LONE)).toBe(true);
  });
});

describe('which format an exchange spoke', () => {
  const stream = readFormatFixture('ollama', 'ollama-chat-stream-text-1.ndjson');

  it('Ollama at :11434 whatever the body (its 404 error body included)', () => {
    const error = present(readFormatFixture('ollama', 'ollama-error-404-1.json'));
    expect(recognizeFormat(head('http://localhost:11434/api/chat'), error)?.name).toBe('ollama');
  });

  it("Ollama's /v1 on the same port is Chat Completions", () => {
    const chat = present(readFixture(fixtureNames().find((name) => name.startsWith('ollama')) ?? ''));
    expect(recognizeFormat(head('http://localhost:11434/v1/chat/completions'), chat)?.name).toBe('openai-chat');
  });

  it('an app route elsewhere: Ollama when the body is, nothing when it is not LLM traffic', () => {
    expect(recognizeFormat(head('https://chat.example.com/api/chat'), present(stream))?.name).toBe('ollama');
    expect(
      recognizeFormat(head('https://chat.example.com/api/chat'), present('{"type":"message","content":"hi","model":"m"}')),
    ).toBeUndefined();
  });

  it('a page that posts a non-LLM JSON to an unknown endpoint is not listed', () => {
    const exchange = bareChatExchange({ url: 'https://shop.example.com/api/cart', body: '{"type":"cart","content":[],"model":"basic"}' });
    expect(decodeExchange(exchange)).toBeNull();
  });
});
