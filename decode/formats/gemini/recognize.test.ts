import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeExchange } from '../../decodeExchange';
import { parseResponseBody } from '../../responseBody';
import { bareChatExchange } from '../../../testing/exchanges';
import { FORMATS_DIR, fixtureNames, formatFixtureNames, readFixture, readFormatFixture } from '../../../testing/fixtureFiles';
import type { ExchangeHead } from '../wireFormat';
import { claimsByBody, claimsByHead } from './recognize';

const head = (url: string | null, method: string | null = 'POST'): ExchangeHead => ({
  url,
  method,
  requestHeaders: [],
  responseHeaders: [],
  mimeType: '',
  requestBody: null,
});

/** A body parsed as decode/ parses it, for claimsByBody (never missing or empty here). */
const present = (text: string, mimeType = '') => {
  const parsed = parseResponseBody(text, mimeType);
  if (parsed.kind === 'missing' || parsed.kind === 'empty') throw new Error('test body is empty');
  return parsed;
};

const mimeOf = (name: string): string =>
  name.endsWith('.sse')
    ? 'text/event-stream'
    : name.endsWith('.ndjson')
      ? 'application/x-ndjson'
      : name.endsWith('.txt')
        ? 'text/plain'
        : 'application/json';

describe('Gemini by URL', () => {
  it.each([
    'https://generativelanguage.googleapis.com/v1beta/models/gemini-2.5-flash:generateContent',
    'https://generativelanguage.googleapis.com/v1beta/models/gemini-2.5-flash:streamGenerateContent?alt=sse',
    'https://generativelanguage.googleapis.com/v1/models/gemini-1.5-pro-002:generateContent?key=AIza',
    'https://us-central1-aiplatform.googleapis.com/v1/projects/p/locations/us-central1/publishers/google/models/gemini-2.0-flash:streamGenerateContent',
    'https://firebasevertexai.googleapis.com/v1beta/projects/p/models/gemini-2.0-flash:generateContent',
    'https://firebasevertexai.googleapis.com/v1beta/projects/p/locations/us-central1/publishers/google/models/gemini-2.0-flash:streamGenerateContent?alt=sse',
    'https://my-proxy.example/gemini/v1beta/models/gemini-2.5-pro%3AgenerateContent',
    'https://generativelanguage.googleapis.com/v1beta/tunedModels/my-tuned-1:generateContent',
  ])('claims POST %s', (url) => {
    expect(claimsByHead(head(url))).toBe(true);
  });

  it.each([
    'https://generativelanguage.googleapis.com/v1beta/models/gemini-2.5-flash:countTokens',
    'https://generativelanguage.googleapis.com/v1beta/models/text-embedding-004:embedContent',
    'https://generativelanguage.googleapis.com/v1beta/models/gemini-2.5-flash',
    'https://generativelanguage.googleapis.com/v1beta/models',
    'https://api.openai.com/v1/chat/completions',
    'https://example.com/docs?see=/models/x:generateContent',
  ])('does not claim %s', (url) => {
    expect(claimsByHead(head(url))).toBe(false);
  });

  it('claims neither a GET nor a lone body file (no URL, no method)', () => {
    expect(claimsByHead(head('https://generativelanguage.googleapis.com/v1beta/models/gemini-2.5-flash:generateContent', 'GET'))).toBe(
      false,
    );
    expect(claimsByHead(head(null, null))).toBe(false);
  });
});

describe('Gemini by body', () => {
  it.each(formatFixtureNames('gemini').filter((name) => !name.includes('error-400')))('claims its own %s', (name) => {
    expect(claimsByBody(present(readFormatFixture('gemini', name), mimeOf(name)))).toBe(true);
  });

  it('leaves the error body to the URL: google.rpc.Status is every Google API error', () => {
    expect(claimsByBody(present(readFormatFixture('gemini', 'gemini-error-400-1.json')))).toBe(false);
  });

  const otherFormats = readdirSync(FORMATS_DIR).filter((format) => format !== 'gemini');
  const otherBodies = otherFormats.flatMap((format) => formatFixtureNames(format).map((name) => [format, name] as const));

  it('has other formats to refuse', () => {
    expect(otherBodies.length).toBeGreaterThan(40);
  });

  it.each(otherBodies)('refuses %s/%s', (format, name) => {
    expect(claimsByBody(present(readFormatFixture(format, name), mimeOf(name)))).toBe(false);
  });

  it('refuses every Chat Completions body of ../shared/fixtures/responses (Gemini OpenAI-compatible ones included)', () => {
    const claimed = fixtureNames().filter((name) => claimsByBody(present(readFixture(name), mimeOf(name))));
    expect(claimed).toEqual([]);
  });

  it.each([
    ['a JSON API with type, content and model', '{"type":"message","content":"hello","model":"X-200","role":"user"}'],
    ['an election API with candidates', '{"candidates":[{"name":"Ada","party":"P","content":"bio"}],"usage":{"prompt":1}}'],
    ['a list of candidates with a text content', '{"candidates":[{"content":"text","finish":"STOP"}]}'],
    ['a JSON array of products', '[{"id":1,"model":"T-100","content":"x"},{"id":2}]'],
    ['usage metadata of another API', '{"usageMetadata":{"tokens":3}}'],
    ['feedback of another API', '{"promptFeedback":{"rating":5}}'],
    [
      'a stock ticker SSE',
      'data: {"type":"price","symbol":"ACME","price":12.5}\n\ndata: {"type":"price","symbol":"ACME","price":12.6}\n\n',
    ],
    ['an array that is cut', '[{"type":"price","symbol":"ACME"'],
    ['an HTML page', '<html><title>502</title></html>'],
  ])('refuses %s', (_label, body) => {
    expect(claimsByBody(present(body))).toBe(false);
  });

  it('claims a JSON-array stream that was cut or followed by text, by its first element', () => {
    const body = readFormatFixture('gemini', 'vertex-jsonarray-stream-1.json');
    expect(claimsByBody(present(body.slice(0, body.length - 200)))).toBe(true);
  });
});

describe('decodeExchange lists Gemini traffic and nothing else', () => {
  it('lists a Gemini body at any URL (a proxy that renamed the path) as gemini', () => {
    const decoded = decodeExchange(
      bareChatExchange({ url: 'https://example.com/api/llm', body: readFormatFixture('gemini', 'gemini-json-thoughts-1.json') }),
    );
    expect(decoded?.format).toBe('gemini');
  });

  it('does not list a JSON API with type, content and model, nor a stock ticker stream', () => {
    const json = bareChatExchange({ url: 'https://example.com/api/messages', body: '{"type":"message","content":"hi","model":"X"}' });
    const ticker = bareChatExchange({
      url: 'https://example.com/prices',
      mimeType: 'text/event-stream',
      body: 'data: {"type":"price","symbol":"ACME","price":12.5}\n\n',
    });
    expect(decodeExchange(json)).toBeNull();
    expect(decodeExchange(ticker)).toBeNull();
  });
});
