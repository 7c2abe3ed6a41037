import * as E from 'fp-ts/Either';
import { describe, expect, it } from 'vitest';
import { harToExchanges } from '../../decode/index';
import { chatExchange } from '../../testing/exchanges';
import { readFixture } from '../../testing/fixtureFiles';
import { SECRET_FRAGMENTS, secretExchange } from '../testing/secretExchange';
import { exchangesToHar, exportHar } from './exportHar';

const json = secretExchange({ id: 'live-1', body: readFixture('openai-chat-text-1.json') });
const stream = {
  ...chatExchange({ id: 'live-2', stream: true, body: readFixture('openai-stream-text-1.sse') }),
  startedAt: Date.UTC(2024, 8, 26, 10, 22, 48, 250),
};
const evicted = chatExchange({ id: 'live-3', body: null, bodyUnavailableReason: 'evicted from the inspector cache' });

describe('exportHar', () => {
  it('reads back through decode/har.ts as the same exchanges, marked imported', () => {
    const read = harToExchanges(JSON.parse(exportHar([json, stream], { includeSecrets: true }, '0.1.0')));
    expect(E.isRight(read)).toBe(true);
    if (E.isLeft(read)) return;
    expect(read.right).toEqual([
      // HAR requires timings.send: a capture without one gets 0.
      { ...json, id: 'har-0', source: 'imported', timings: { send: 0, wait: 700, receive: 112 } },
      { ...stream, id: 'har-1', source: 'imported', timings: { send: 0, wait: 700, receive: 112 } },
    ]);
  });

  it('keeps a body the browser did not give as missing, with the reason as a comment', () => {
    const har = exchangesToHar([evicted], { includeSecrets: false }, '0.1.0');
    expect(har.log.entries[0]?.response.content).toEqual({
      size: 0,
      mimeType: 'application/json',
      comment: 'evicted from the inspector cache',
    });
    const read = harToExchanges(JSON.parse(JSON.stringify(har)));
    expect(E.isRight(read) && read.right[0]?.body).toBe(null);
  });

  it('writes every field Chrome’s (HARFormat.ts) and Firefox’s (har-importer.js) importers read', () => {
    const har = exchangesToHar([json, stream, evicted], { includeSecrets: false }, '0.1.0');
    expect(har.log.version).toBe('1.2');
    expect(har.log.creator).toEqual({ name: 'LLM Network Inspector', version: '0.1.0' });
    expect(har.log.pages).toEqual([]);
    for (const entry of har.log.entries) {
      expect(Number.isNaN(new Date(entry.startedDateTime).getTime())).toBe(false);
      expect(typeof entry.time).toBe('number');
      expect(entry.request).toMatchObject({ httpVersion: 'HTTP/1.1', cookies: [], headersSize: -1 });
      expect(typeof entry.request.bodySize).toBe('number');
      expect(typeof entry.response.status).toBe('number');
      expect(typeof entry.response.statusText).toBe('string');
      expect(typeof entry.response.redirectURL).toBe('string');
      expect(typeof entry.response.content.size).toBe('number');
      expect(typeof entry.response.bodySize).toBe('number');
      expect(entry.response.headersSize).toBe(-1);
      expect(entry.cache).toEqual({});
      for (const key of ['send', 'wait', 'receive'] as const) expect(typeof entry.timings[key]).toBe('number');
    }
    expect(har.log.entries[0]?.startedDateTime).toBe('2024-09-26T10:22:21.500Z');
    expect(har.log.entries[0]?.response.statusText).toBe('OK');
    expect(har.log.entries[0]?.request.postData).toEqual({
      mimeType: 'application/json',
      params: [],
      // The body's api_key masked like a header (sk-b0dyKey9876543210zyxwBODY → sk-…BODY), the rest as sent.
      text: `{"model":"gpt-4o-2024-08-06","api_key":"sk-…BODY","messages":[{"role":"user","content":"What's the weather like in San Francisco?"}]}`,
    });
    expect(har.log.comment).toBe(
      'Credentials (Authorization, API keys, cookies, key-like query parameters, secret request-body fields) are masked.',
    );
  });

  it('masks credentials in headers, URL and query string unless asked to keep them', () => {
    const masked = exportHar([json], { includeSecrets: false }, '0.1.0');
    for (const fragment of SECRET_FRAGMENTS) expect(masked).not.toContain(fragment);
    const entry = exchangesToHar([json], { includeSecrets: false }, '0.1.0').log.entries[0];
    expect(entry?.request.url).toBe('https://gateway.example.test/v1/chat/completions?key=AIza%E2%80%A6StUv&api-version=2024-10-21');
    expect(entry?.request.queryString).toEqual([
      { name: 'key', value: 'AIza…StUv' },
      { name: 'api-version', value: '2024-10-21' },
    ]);
    expect(entry?.request.headers.slice(0, 3)).toEqual([
      { name: 'Authorization', value: 'Bearer sk-proj-…1234' },
      { name: 'api-key', value: '…cdef' },
      { name: 'Cookie', value: 'session=…9876; theme=••••••••' },
    ]);
    expect(entry?.response.headers).toContainEqual({ name: 'set-cookie', value: 'srv=…WXYZ; Path=/; HttpOnly' });

    const full = exportHar([json], { includeSecrets: true }, '0.1.0');
    for (const fragment of SECRET_FRAGMENTS) expect(full).toContain(fragment);
  });
});
