import { describe, expect, it } from 'vitest';
import * as E from 'fp-ts/Either';
import type { CapturedExchange } from './exchange';
import { harToExchanges } from './har';

const CHAT_URL = 'https://api.openai.com/v1/chat/completions';
const REQUEST_TEXT = '{"model":"gpt-4o","messages":[{"role":"user","content":"hi"}]}';
const RESPONSE_TEXT = '{"id":"chatcmpl-1","object":"chat.completion"}';
// "héllo ✓" in UTF-8 (68 C3 A9 6C 6C 6F 20 E2 9C 93), base64-encoded by hand.
const HELLO_BASE64 = 'aMOpbGxvIOKckw==';

/** A HAR wrapper as every tool writes it: version, creator, pages, then the entries. */
function har(creator: string, entries: unknown[]): unknown {
  return { log: { version: '1.2', creator: { name: creator, version: '1' }, pages: [], entries } };
}

/** Right value of harToExchanges, failing the test with the Left reason otherwise. */
function exchangesOf(value: unknown): CapturedExchange[] {
  const result = harToExchanges(value);
  if (E.isLeft(result)) throw new Error(`expected a HAR, got: ${result.left}`);
  return result.right;
}

/** Chrome's "Save all as HAR": `_initiator`, `_priority`, `_resourceType`, `cache: {}`, Chrome-only timings. */
function chromeEntry(content: unknown, responseContentType = 'application/json'): unknown {
  return {
    _initiator: { type: 'script', stack: { callFrames: [] } },
    _priority: 'High',
    _resourceType: 'fetch',
    cache: {},
    connection: '443',
    pageref: 'page_1',
    request: {
      method: 'POST',
      url: CHAT_URL,
      httpVersion: 'http/2.0',
      headers: [
        { name: ':authority', value: 'api.openai.com' },
        { name: 'content-type', value: 'application/json' },
      ],
      queryString: [],
      cookies: [],
      headersSize: -1,
      bodySize: 62,
      postData: { mimeType: 'application/json', text: REQUEST_TEXT },
    },
    response: {
      status: 200,
      statusText: '',
      httpVersion: 'http/2.0',
      headers: [{ name: 'content-type', value: responseContentType }],
      cookies: [],
      content,
      redirectURL: '',
      headersSize: -1,
      bodySize: -1,
      _transferSize: 842,
      _error: null,
      _fetchedViaServiceWorker: false,
    },
    serverIPAddress: '104.18.7.192',
    startedDateTime: '2024-09-26T10:22:22.123Z',
    time: 812.5,
    timings: {
      blocked: 2.25,
      dns: -1,
      ssl: -1,
      connect: -1,
      send: 0.5,
      wait: 800,
      receive: 9.75,
      _blocked_queueing: 1.5,
      _workerStart: -1,
      _workerReady: -1,
    },
  };
}

describe('harToExchanges on a Chrome HAR', () => {
  it('maps request, response, start time, duration and the timings that were measured', () => {
    const [exchange, ...rest] = exchangesOf(
      har('WebInspector', [chromeEntry({ size: 46, mimeType: 'application/json', text: RESPONSE_TEXT })]),
    );
    expect(rest).toEqual([]);
    expect(exchange).toEqual({
      id: 'har-0',
      url: CHAT_URL,
      method: 'POST',
      status: 200,
      startedAt: Date.UTC(2024, 8, 26, 10, 22, 22, 123),
      durationMs: 812.5,
      requestHeaders: [
        { name: ':authority', value: 'api.openai.com' },
        { name: 'content-type', value: 'application/json' },
      ],
      requestBody: REQUEST_TEXT,
      responseHeaders: [{ name: 'content-type', value: 'application/json' }],
      mimeType: 'application/json',
      body: RESPONSE_TEXT,
      // dns/ssl/connect are -1 ("does not apply") and `_blocked_queueing` is Chrome's own: both left out.
      timings: { blocked: 2.25, send: 0.5, wait: 800, receive: 9.75 },
      source: 'imported',
    });
  });

  it('decodes a base64 body to UTF-8 text', () => {
    const [exchange] = exchangesOf(
      har('WebInspector', [chromeEntry({ size: 10, mimeType: 'text/event-stream', text: HELLO_BASE64, encoding: 'base64' })]),
    );
    expect(exchange?.body).toBe('héllo ✓');
    expect(exchange?.bodyUnavailableReason).toBeUndefined();
  });

  it('keeps an entry with invalid base64 as a null body with the reason, without throwing', () => {
    const [exchange] = exchangesOf(
      har('WebInspector', [chromeEntry({ size: 10, mimeType: 'text/event-stream', text: '%%% not base64 %%%', encoding: 'base64' })]),
    );
    expect(exchange?.body).toBeNull();
    expect(exchange?.bodyUnavailableReason).toMatch(/not valid base64/);
    expect(exchange?.url).toBe(CHAT_URL);
  });

  it('refuses an encoding it does not know rather than showing encoded bytes as text', () => {
    const [exchange] = exchangesOf(
      har('WebInspector', [chromeEntry({ size: 10, mimeType: 'application/json', text: 'x', encoding: 'gzip' })]),
    );
    expect(exchange?.body).toBeNull();
    expect(exchange?.bodyUnavailableReason).toMatch(/"gzip"/);
  });
});

describe('harToExchanges on a Chrome HAR of UTF-8 served without a charset', () => {
  // "Привет ✓" sent as UTF-8: Chromium 156's saved HAR holds it decoded as windows-1252 (the probe's
  // text/event-stream, text/plain and text/x-ndjson entries; П is D0 9F, 0x9F decodes as Ÿ).
  const SENT = 'data: {"choices":[{"index":0,"delta":{"content":"Привет ✓"}}]}\n\n';
  const SAVED = 'data: {"choices":[{"index":0,"delta":{"content":"ÐŸÑ€Ð¸Ð²ÐµÑ‚ âœ“"}}]}\n\n';

  it('re-reads a text/event-stream body as the UTF-8 the page read', () => {
    const [exchange] = exchangesOf(
      har('WebInspector', [chromeEntry({ size: 71, mimeType: 'text/event-stream', text: SAVED }, 'text/event-stream')]),
    );
    expect(exchange?.body).toBe(SENT);
  });

  it('re-reads text/plain, as the AI SDK text stream sends it', () => {
    const [exchange] = exchangesOf(
      har('WebInspector', [chromeEntry({ size: 12, mimeType: 'text/plain', text: 'ÐŸÑ€Ð¸Ð²ÐµÑ‚ âœ“' }, 'text/plain')]),
    );
    expect(exchange?.body).toBe('Привет ✓');
  });

  it("keeps a body declared windows-1252 as saved: Chromium's mimeType drops the charset, the header keeps it", () => {
    const [exchange] = exchangesOf(
      har('WebInspector', [
        chromeEntry({ size: 12, mimeType: 'text/plain', text: 'ÐŸÑ€Ð¸Ð²ÐµÑ‚ âœ“' }, 'text/plain; charset=windows-1252'),
      ]),
    );
    expect(exchange?.body).toBe('ÐŸÑ€Ð¸Ð²ÐµÑ‚ âœ“');
  });

  it('leaves a base64 body as its UTF-8 bytes say', () => {
    // "Ã©" sent as UTF-8 (C3 83 C2 A9), base64-encoded by hand: bytes, not the browser's decoding.
    const [exchange] = exchangesOf(
      har('WebInspector', [chromeEntry({ size: 4, mimeType: 'text/plain', text: 'w4PCqQ==', encoding: 'base64' }, 'text/plain')]),
    );
    expect(exchange?.body).toBe('Ã©');
  });
});

describe('harToExchanges on a Firefox HAR', () => {
  /** Firefox: offset timestamps, timings all present (0 rather than -1), `_securityState`, and no text for unloaded bodies. */
  const firefoxEntry = (content: unknown, headers = [{ name: 'content-type', value: 'text/event-stream; charset=utf-8' }]): unknown => ({
    pageref: 'page_1',
    startedDateTime: '2024-09-26T12:22:22.123+02:00',
    request: {
      bodySize: 62,
      method: 'POST',
      url: CHAT_URL,
      httpVersion: 'HTTP/2',
      headers: [{ name: 'Host', value: 'api.openai.com' }],
      cookies: [],
      queryString: [],
      headersSize: 512,
      postData: { mimeType: 'application/json', params: [], text: REQUEST_TEXT },
    },
    response: {
      status: 200,
      statusText: 'OK',
      httpVersion: 'HTTP/2',
      headers,
      cookies: [],
      content,
      redirectURL: '',
      headersSize: 400,
      bodySize: 1200,
    },
    cache: {},
    timings: { blocked: 0, dns: 0, connect: 0, ssl: 0, send: 0, wait: 300, receive: 12 },
    time: 312,
    _securityState: 'secure',
    serverIPAddress: '104.18.7.192',
    connection: '443',
  });

  it('reads an offset start time as the same instant and keeps zero timings', () => {
    const [exchange] = exchangesOf(
      har('Firefox', [firefoxEntry({ mimeType: 'text/event-stream; charset=utf-8', size: 5, text: 'data:' })]),
    );
    expect(exchange?.startedAt).toBe(Date.UTC(2024, 8, 26, 10, 22, 22, 123));
    expect(exchange?.timings).toEqual({ blocked: 0, dns: 0, connect: 0, ssl: 0, send: 0, wait: 300, receive: 12 });
    expect(exchange?.durationMs).toBe(312);
    expect(exchange?.body).toBe('data:');
    expect(exchange?.mimeType).toBe('text/event-stream; charset=utf-8');
  });

  it('keeps non-ASCII text Firefox decoded right', () => {
    const text = 'data: {"choices":[{"index":0,"delta":{"content":"café, Привет"}}]}\n\n';
    const [exchange] = exchangesOf(har('Firefox', [firefoxEntry({ mimeType: 'text/event-stream', size: 80, text })]));
    expect(exchange?.body).toBe(text);
    const [cafe] = exchangesOf(har('Firefox', [firefoxEntry({ mimeType: 'text/plain', size: 6, text: 'café' })]));
    expect(cafe?.body).toBe('café');
  });

  // Firefox saves a body it cut at devtools.netmonitor.responseBodyLimit as getContent hands it:
  // the kept bytes, then one U+0000 per dropped byte, `content.size` the whole size (ESR 153).
  it('finds the zero padding of a body Firefox cut: the kept part, and the cut as a fact', () => {
    const kept = '{"id":"chatcmpl-1","object":"chat.completion","choices":[{"message":{"content":"café';
    // 84 characters, é 2 bytes: 85 bytes kept; 14 zeros for the 14 bytes dropped, 99 in all.
    const [exchange] = exchangesOf(
      har('Firefox', [firefoxEntry({ mimeType: 'application/json', size: 99, text: kept + '\u0000'.repeat(14) })]),
    );
    expect(exchange?.body).toBe(kept);
    expect(exchange?.bodyCut).toEqual({ keptBytes: 85, totalBytes: 99 });
  });

  it('a stream cut inside a character, saved byte by byte: read back as UTF-8 up to the cut', () => {
    // "data: Пр" is 6 ASCII bytes then D0 9F D1 80; cut after the next D0 (11 bytes), 11 of 22 dropped.
    const text = `data: \u00d0\u009f\u00d1\u0080\u00d0${'\u0000'.repeat(11)}`;
    const [exchange] = exchangesOf(har('Firefox', [firefoxEntry({ mimeType: 'text/event-stream', size: 22, text })]));
    expect(exchange?.body).toBe('data: Пр');
    expect(exchange?.bodyCut).toEqual({ keptBytes: 11, totalBytes: 22 });
  });

  it('a gzip body Firefox cut (filler after the kept part, content.size the compressed size): the kept part and the cut', () => {
    const content = { mimeType: 'application/json', size: 1_506_518, text: `{"id":"chatcmpl-1"${'+'.repeat(2000)}` };
    const [exchange] = exchangesOf(har('Firefox', [firefoxEntry(content, [{ name: 'Content-Encoding', value: 'gzip' }])]));
    expect(exchange?.body).toBe('{"id":"chatcmpl-1"');
    expect(exchange?.bodyCut).toEqual({ keptBytes: 18, totalBytes: 1_506_518, contentEncoding: 'gzip' });
  });

  it('a whole body has no cut', () => {
    const [exchange] = exchangesOf(har('Firefox', [firefoxEntry({ mimeType: 'application/json', size: 7, text: '{"a":1}' })]));
    expect(exchange).not.toHaveProperty('bodyCut');
  });

  it('gives a null body with a reason when content.text is absent', () => {
    const [exchange] = exchangesOf(har('Firefox', [firefoxEntry({ mimeType: 'text/event-stream', size: 0, comment: '' })]));
    expect(exchange?.body).toBeNull();
    expect(exchange?.bodyUnavailableReason).toMatch(/no text for this response body/);
    expect(exchange?.requestBody).toBe(REQUEST_TEXT);
    expect(exchange?.status).toBe(200);
  });
});

describe('harToExchanges on a Playwright recordHar file', () => {
  /** Playwright: `_transferSize`, `_serverPort`, `_securityDetails`, no `blocked`, `-1` for unused phases. */
  const playwrightEntry = (content: unknown): unknown => ({
    startedDateTime: '2024-09-26T10:22:22.000Z',
    time: 45.5,
    request: {
      method: 'POST',
      url: 'http://127.0.0.1:8787/v1/chat/completions',
      httpVersion: 'HTTP/1.1',
      cookies: [],
      headers: [{ name: 'content-type', value: 'application/json' }],
      queryString: [],
      headersSize: -1,
      bodySize: 62,
      postData: { mimeType: 'application/json', text: REQUEST_TEXT, params: [] },
    },
    response: {
      status: 400,
      statusText: 'Bad Request',
      httpVersion: 'HTTP/1.1',
      cookies: [],
      headers: [{ name: 'content-type', value: 'application/json' }],
      content,
      headersSize: -1,
      bodySize: 46,
      redirectURL: '',
      _transferSize: 120,
    },
    cache: {},
    timings: { dns: -1, connect: -1, ssl: -1, send: 0, wait: 40.25, receive: 5.25 },
    pageref: 'page@1',
    serverIPAddress: '127.0.0.1',
    _serverPort: 8787,
    _securityDetails: {},
  });

  it('reads an embedded body, the status and the timings', () => {
    const [exchange] = exchangesOf(
      har('Playwright', [playwrightEntry({ size: 46, mimeType: 'application/json', compression: 0, text: RESPONSE_TEXT })]),
    );
    expect(exchange?.url).toBe('http://127.0.0.1:8787/v1/chat/completions');
    expect(exchange?.status).toBe(400);
    expect(exchange?.body).toBe(RESPONSE_TEXT);
    expect(exchange?.timings).toEqual({ send: 0, wait: 40.25, receive: 5.25 });
    expect(exchange?.durationMs).toBe(45.5);
  });

  it("says where the body went when recorded with content: 'attach'", () => {
    const [exchange] = exchangesOf(har('Playwright', [playwrightEntry({ size: 46, mimeType: 'application/json', _file: '5f1c.json' })]));
    expect(exchange?.body).toBeNull();
    expect(exchange?.bodyUnavailableReason).toMatch(/separate file \(5f1c\.json\)/);
  });
});

describe('harToExchanges leniency and refusals', () => {
  it('accepts an entry with nothing but a request line, filling the gaps with "unknown"', () => {
    const [exchange] = exchangesOf({ log: { entries: [{ request: { method: 'GET', url: 'https://example.com/' } }] } });
    expect(exchange).toMatchObject({
      id: 'har-0',
      status: 0,
      startedAt: 0,
      durationMs: null,
      requestHeaders: [],
      requestBody: null,
      responseHeaders: [],
      mimeType: '',
      body: null,
      timings: {},
    });
  });

  it('numbers entries in file order', () => {
    const entry = (url: string): unknown => ({ request: { method: 'GET', url } });
    const exchanges = exchangesOf(har('x', [entry('https://a.test/'), entry('https://b.test/')]));
    expect(exchanges.map((exchange) => [exchange.id, exchange.url])).toEqual([
      ['har-0', 'https://a.test/'],
      ['har-1', 'https://b.test/'],
    ]);
  });

  it('accepts a HAR with no entries', () => {
    expect(exchangesOf(har('Firefox', []))).toEqual([]);
  });

  it.each([
    ['an empty object', {}, /not a HAR file: log: expected an object \(HAR log\); got nothing \(field absent\)/],
    ['an array', [1, 2], /not a HAR file: the top level: expected an object \(HAR\); got array of 2/],
    ['a string', 'data: {}', /not a HAR file/],
    ['null', null, /not a HAR file/],
    [
      'a log without entries',
      { log: { version: '1.2' } },
      /log\.entries: expected an array of objects \(HAR entry\); got nothing \(field absent\)/,
    ],
  ])('refuses %s with a one-line reason', (_name, value, reason) => {
    const result = harToExchanges(value);
    expect(E.isLeft(result)).toBe(true);
    if (E.isLeft(result)) {
      expect(result.left).toMatch(reason);
      expect(result.left).not.toContain('\n');
    }
  });

  it('names the entry and field when an entry has no url', () => {
    const result = harToExchanges(har('x', [{ request: { method: 'GET', url: 'https://a.test/' } }, { request: { method: 'GET' } }]));
    expect(result).toEqual(E.left('not a HAR file: log.entries[1].request.url: expected a string; got nothing (field absent)'));
  });
});
