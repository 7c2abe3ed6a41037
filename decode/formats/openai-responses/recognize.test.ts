import { describe, expect, it } from 'vitest';
import { decodeExchange } from '../../index';
import { parseResponseBody } from '../../responseBody';
import { bareChatExchange } from '../../../testing/exchanges';
import { fixtureNames, formatFixtureNames, readFixture, readFormatFixture } from '../../../testing/fixtureFiles';
import type { ExchangeHead, PresentBody } from '../wireFormat';
import { claimsResponsesBody, claimsResponsesHead } from './recognize';

const head = (url: string | null, method: string | null = 'POST'): ExchangeHead => ({
  url,
  method,
  requestHeaders: [],
  responseHeaders: [],
  mimeType: '',
  requestBody: null,
});

const presentBody = (text: string): PresentBody => {
  const parsed = parseResponseBody(text);
  if (parsed.kind === 'missing' || parsed.kind === 'empty') throw new Error('test body is empty');
  return parsed;
};

const claims = (text: string): boolean => claimsResponsesBody(presentBody(text));

const OTHER_FORMATS = ['anthropic-messages', 'gemini', 'ai-sdk-ui', 'ai-sdk-data', 'ollama'];

describe('openai-responses recognition by head', () => {
  it.each([
    'https://api.openai.com/v1/responses',
    'https://openrouter.ai/api/v1/responses',
    'https://my-resource.openai.azure.com/openai/responses?api-version=2025-04-01-preview',
    'https://my-resource.openai.azure.com/openai/v1/responses',
    'http://localhost:1234/v1/responses',
    'https://api.x.ai/v1/responses/',
  ])('claims POST %s', (url) => {
    expect(claimsResponsesHead(head(url))).toBe(true);
  });

  it('claims GET of a response with stream=true (resuming a background stream)', () => {
    expect(claimsResponsesHead(head('https://api.openai.com/v1/responses/resp_123?stream=true&starting_after=42', 'GET'))).toBe(true);
  });

  it.each([
    ['GET', 'https://api.openai.com/v1/responses/resp_123'],
    ['GET', 'https://api.openai.com/v1/responses/resp_123/input_items?stream=true'],
    ['POST', 'https://api.openai.com/v1/responses/resp_123/cancel'],
    ['DELETE', 'https://api.openai.com/v1/responses/resp_123'],
    ['OPTIONS', 'https://api.openai.com/v1/responses'],
    ['POST', 'https://api.openai.com/v1/chat/completions'],
    // A survey app's endpoint: no API version in the path, left to the body.
    ['POST', 'https://forms.example.com/api/responses'],
    ['POST', 'https://example.com/v1/responses-export'],
  ])('does not claim %s %s', (method, url) => {
    expect(claimsResponsesHead(head(url, method))).toBe(false);
  });

  it('does not claim a lone body file (no URL, no method)', () => {
    expect(claimsResponsesHead(head(null, null))).toBe(false);
  });
});

describe('openai-responses recognition by body', () => {
  it.each(formatFixtureNames('openai-responses').filter((name) => !name.includes('-error-')))('claims its own %s', (name) => {
    expect(claims(readFormatFixture('openai-responses', name))).toBe(true);
  });

  it.each(OTHER_FORMATS.flatMap((format) => formatFixtureNames(format).map((name) => [format, name] as const)))(
    'does not claim %s/%s',
    (format, name) => {
      const parsed = parseResponseBody(readFormatFixture(format, name));
      if (parsed.kind === 'missing' || parsed.kind === 'empty') return;
      expect(claimsResponsesBody(parsed)).toBe(false);
    },
  );

  it('does not claim any Chat Completions body of ../shared/fixtures/responses', () => {
    const claimed = fixtureNames().filter((name) => claims(readFixture(name)));
    expect(claimed).toEqual([]);
    expect(fixtureNames().length).toBeGreaterThan(100);
  });

  it.each([
    ['a JSON API with type, content and model fields', '{"type":"message","content":"Your order shipped","model":"X200","id":"ord_1"}'],
    ['a JSON API with object "response" but no output', '{"object":"response","id":"r1","status":"completed","answers":[1,2]}'],
    [
      'a stock-ticker SSE',
      'data: {"type":"price","symbol":"ACME","price":12.5}\n\ndata: {"type":"price","symbol":"ACME","price":12.6}\n\n',
    ],
    ['an SSE whose types merely start with "response."', 'data: {"type":"response.update","form":"f1","answers":3}\n\n'],
    [
      'an OpenAI error body without its URL',
      '{"error":{"message":"quota","type":"insufficient_quota","param":null,"code":"insufficient_quota"}}',
    ],
  ])('does not claim %s', (_what, body) => {
    expect(claims(body)).toBe(false);
  });

  it('lists a non-LLM page exchange at a /api/responses URL as nothing', () => {
    const decoded = decodeExchange(
      bareChatExchange({
        url: 'https://forms.example.com/api/responses',
        body: '{"type":"message","content":"Thanks!","model":"survey-2"}',
      }),
    );
    expect(decoded).toBeNull();
  });

  it('decodes a Responses body at an unknown URL as openai-responses (claimed by its body)', () => {
    const decoded = decodeExchange(
      bareChatExchange({
        url: 'https://gateway.example.com/llm/proxy',
        body: readFormatFixture('openai-responses', 'openai-responses-json-text-1.json'),
      }),
    );
    expect(decoded?.format).toBe('openai-responses');
  });
});
