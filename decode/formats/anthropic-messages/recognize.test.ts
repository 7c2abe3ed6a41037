import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseResponseBody } from '../../responseBody';
import { FORMATS_DIR, fixtureNames, formatFixtureNames, readFixture, readFormatFixture } from '../../../testing/fixtureFiles';
import type { ExchangeHead, PresentBody } from '../wireFormat';
import { recognizeFormat } from '../registry';
import { claimsByBody, claimsByHead } from './recognize';

const FORMAT = 'anthropic-messages';

const head = (fields: Partial<ExchangeHead> = {}): ExchangeHead => ({
  url: 'https://api.anthropic.com/v1/messages',
  method: 'POST',
  requestHeaders: [],
  responseHeaders: [],
  mimeType: 'application/json',
  requestBody: null,
  ...fields,
});

const LONE: ExchangeHead = { url: null, method: null, requestHeaders: [], responseHeaders: [], mimeType: '', requestBody: null };

const present = (text: string, mimeType = ''): PresentBody => {
  const parsed = parseResponseBody(text, mimeType);
  if (parsed.kind === 'missing' || parsed.kind === 'empty') throw new Error('a test body must not be empty');
  return parsed;
};

const MESSAGES_REQUEST = JSON.stringify({ model: 'claude-sonnet-4-5', max_tokens: 1024, messages: [{ role: 'user', content: 'Hi' }] });

describe('anthropic-messages: recognition by head', () => {
  it.each([
    ['Anthropic', head()],
    ['Anthropic beta', head({ url: 'https://api.anthropic.com/v1/messages?beta=true' })],
    ['OpenRouter', head({ url: 'https://openrouter.ai/api/v1/messages' })],
    [
      "a proxy's path, with the SDK's header",
      head({ url: 'https://gateway.example.com/anthropic/messages', requestHeaders: [{ name: 'Anthropic-Version', value: '2023-06-01' }] }),
    ],
    [
      'a browser call through a proxy',
      head({
        url: 'https://llm.example.com/v1/messages',
        requestHeaders: [{ name: 'anthropic-dangerous-direct-browser-access', value: 'true' }],
      }),
    ],
    [
      'a proxy at …/v1/messages sent a Messages request',
      head({ url: 'https://llm.example.com/api/v1/messages', requestBody: MESSAGES_REQUEST }),
    ],
  ])('claims %s', (_, exchangeHead) => {
    expect(claimsByHead(exchangeHead)).toBe(true);
  });

  it.each([
    ['count_tokens', head({ url: 'https://api.anthropic.com/v1/messages/count_tokens' })],
    ['batches', head({ url: 'https://api.anthropic.com/v1/messages/batches' })],
    ['a GET', head({ method: 'GET' })],
    ['a CORS preflight', head({ method: 'OPTIONS' })],
    ['Chat Completions', head({ url: 'https://api.openai.com/v1/chat/completions' })],
    ["OpenAI Assistants' thread messages", head({ url: 'https://api.openai.com/v1/threads/thread_abc/messages' })],
    [
      "a chat app's own API posting a user's message",
      head({ url: 'https://chat.example.com/api/v1/messages', requestBody: '{"channel":"general","text":"hello"}' }),
    ],
    ['a lone body file', LONE],
  ])('leaves %s', (_, exchangeHead) => {
    expect(claimsByHead(exchangeHead)).toBe(false);
  });
});

describe('anthropic-messages: recognition by body', () => {
  it.each(formatFixtureNames(FORMAT))('claims its own %s', (name) => {
    expect(claimsByBody(present(readFormatFixture(FORMAT, name)))).toBe(true);
  });

  const others = readdirSync(FORMATS_DIR).filter((format) => format !== FORMAT);
  for (const format of others) {
    it.each(formatFixtureNames(format))(`does not claim ${format}'s %s`, (name) => {
      expect(claimsByBody(present(readFormatFixture(format, name)))).toBe(false);
    });
  }

  it.each(fixtureNames())('does not claim the Chat Completions body %s', (name) => {
    expect(claimsByBody(present(readFixture(name)))).toBe(false);
  });

  it.each([
    ['a JSON API with type, content and model', '{"type":"message","content":"Your order shipped","model":"Model S","id":"msg_1"}'],
    [
      'a chat backend returning a message object',
      '{"type":"message","role":"assistant","content":[{"type":"text","text":"hi"}],"model":"support-bot","id":"msg_2"}',
    ],
    [
      'a stock-ticker stream',
      'data: {"type":"price","symbol":"ACME","price":12.5}\n\ndata: {"type":"price","symbol":"ACME","price":12.6}\n\n',
    ],
    ['a stream of named events that are not Anthropic', 'event: message_start\ndata: {"type":"message_start","room":"general"}\n\n'],
    ['a generic error JSON', '{"type":"error","error":{"type":"NotFound","message":"no such user"}}'],
    [
      "an OpenAI Responses stream's nested error event",
      'event: error\ndata: {"type":"error","error":{"type":"invalid_request_error","code":"bad","message":"no","param":null}}\n\n',
    ],
  ])('does not claim %s', (_, text) => {
    expect(claimsByBody(present(text))).toBe(false);
  });

  it('a lone Anthropic body decodes as Anthropic, a lone ticker stream does not', () => {
    expect(recognizeFormat(LONE, present(readFormatFixture(FORMAT, 'anthropic-stream-text-1.sse')))?.name).toBe(FORMAT);
    expect(recognizeFormat(LONE, present('data: {"type":"price","price":1}\n\n'))).toBeUndefined();
  });
});
