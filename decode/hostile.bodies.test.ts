import { afterEach, describe, expect, it, vi } from 'vitest';
import * as E from 'fp-ts/Either';
import { base64BodyText } from './bodyText';
import { decodeResponseBody } from './decodeBody';
import { decodeExchange } from './decodeExchange';
import { harToExchanges } from './har';
import { DecodedExchange } from './model';
import { bareChatExchange } from '../testing/exchanges';
import { completionJson, streamText } from '../testing/chatBodies';

/**
 * Hostile and broken bodies (issue 7): each case says what the user sees. Decoding never throws,
 * never drops an exchange that a chat URL marks as one, and says in an issue what went wrong.
 */

const CHAT_URL = 'https://api.openai.com/v1/chat/completions';
const base64 = (bytes: Uint8Array | string): string => Buffer.from(bytes).toString('base64');

const harWith = (content: Record<string, unknown>): unknown => ({
  log: {
    entries: [
      { request: { method: 'POST', url: CHAT_URL }, response: { status: 200, content: { mimeType: 'application/json', ...content } } },
    ],
  },
});

const onlyExchange = (har: unknown) => {
  const exchanges = harToExchanges(har);
  if (E.isLeft(exchanges) || exchanges.right[0] === undefined) throw new Error('expected one exchange');
  return exchanges.right[0];
};

describe('truncated JSON', () => {
  const cut =
    '{"id":"chatcmpl-1","object":"chat.completion","created":1727346142,"model":"gpt-4o","choices":[{"index":0,"message":{"role":"assistant","content":"Hello, wor';

  it('a completion cut mid-string is kept at a chat URL, not conforming, with one error saying so', () => {
    const decoded = decodeExchange(bareChatExchange({ body: cut }));
    expect(decoded).toMatchObject({ kind: 'completion', conforms: false, completion: null, error: null, stream: null });
    expect(decoded?.issues).toMatchObject([
      { severity: 'error', path: '', message: 'the body is not valid JSON: cut short or malformed', expected: 'JSON' },
    ]);
    // The engine's own words (V8 here), with the position where the text stops.
    expect(decoded?.issues[0]?.actual).toBe(`Unterminated string in JSON at position ${cut.length}`);
  });

  it('the same body with status 500 is an error exchange whose message is the text that came (under 200 characters)', () => {
    expect(decodeExchange(bareChatExchange({ body: cut, status: 500 }))).toMatchObject({
      kind: 'error',
      conforms: false,
      error: { message: cut },
    });
  });

  it('at a URL that is not a chat endpoint, an unparseable body says nothing: not chat traffic', () => {
    expect(decodeExchange(bareChatExchange({ url: 'https://example.com/api', body: cut }))).toBeNull();
  });

  it('a stream cut inside its fourth event keeps the text of the first three and says where it stops', () => {
    const whole = streamText([{ content: 'Hel' }, { content: 'lo, ' }, { content: 'world' }]);
    const body = whole.slice(0, whole.indexOf('world') - 5);
    const decoded = decodeResponseBody(body);
    expect(decoded.kind).toBe('stream');
    expect(decoded.conforms).toBe(false);
    expect(decoded.completion?.choices[0]?.message.content).toBe('Hello, ');
    expect(decoded.stream).toMatchObject({ events: 4, done: false });
    expect(decoded.issues.map((issue) => [issue.severity, issue.path, issue.message])).toEqual([
      ['error', 'events[3]', 'event data is not JSON (malformed or cut)'],
      ['error', 'events', 'the stream ended without [DONE] (cut or truncated)'],
      ['warning', 'events[3]', 'the body stops inside this event: no blank line after it (the HTML rules drop such an event)'],
    ]);
  });
});

describe('invalid UTF-8 and lone surrogates', () => {
  const prefix =
    '{"id":"x","object":"chat.completion","created":1,"model":"m","choices":[{"index":0,"message":{"role":"assistant","content":"caf';
  const suffix = '"},"finish_reason":"stop"}]}';
  // C3 needs a continuation byte and gets "!"; ED A0 80 is a UTF-16 surrogate written as UTF-8; FF is never UTF-8.
  const bytes = Buffer.concat([Buffer.from(prefix), Buffer.from([0xc3, 0x21, 0xed, 0xa0, 0x80, 0xff]), Buffer.from(suffix)]);

  it('a base64 body with invalid UTF-8 is decoded with U+FFFD for each bad byte, and the completion still conforms', () => {
    const text = base64BodyText(base64(bytes), 'bad base64');
    expect(text.text).toBe(`${prefix}\uFFFD!\uFFFD\uFFFD\uFFFD\uFFFD${suffix}`);
    const decoded = decodeResponseBody(text.text ?? '');
    expect(decoded.conforms).toBe(true);
    expect(decoded.completion?.choices[0]?.message.content).toBe('caf\uFFFD!\uFFFD\uFFFD\uFFFD\uFFFD');
  });

  it('the same bytes in a HAR with encoding base64 reach the exchange the same way', () => {
    const exchange = onlyExchange(harWith({ text: base64(bytes), encoding: 'base64' }));
    expect(decodeExchange(exchange)?.completion?.choices[0]?.message.content).toBe('caf\uFFFD!\uFFFD\uFFFD\uFFFD\uFFFD');
  });

  it('\\ud800 escapes inside JSON strings stay lone surrogates in the view and are written back as the escape', () => {
    const body =
      '{"id":"x","object":"chat.completion","created":1,"model":"gpt\\udfff","choices":[{"index":0,"message":{"role":"assistant","content":"a\\ud800b","tool_calls":[{"id":"c","type":"function","function":{"name":"f","arguments":"{\\"q\\":\\"\\ud800\\"}"}}]},"finish_reason":"tool_calls"}]}';
    const decoded = decodeResponseBody(body);
    expect(decoded.conforms).toBe(true);
    expect(decoded.issues).toEqual([]);
    expect(decoded.completion?.model).toBe('gpt\udfff');
    expect(decoded.completion?.choices[0]?.message.content).toBe('a\ud800b');
    expect(decoded.completion?.choices[0]?.message.tool_calls?.[0]?.function.arguments).toBe('{"q":"\ud800"}');
    // What `llm-inspect --json` prints and the panel stores: well-formed JSON with the escape.
    const written = JSON.stringify(decoded);
    expect(written).toContain('"content":"a\\ud800b"');
    expect(written).toContain('"model":"gpt\\udfff"');
  });
});

describe('base64 bodies', () => {
  it('decodes padded, unpadded and line-wrapped base64', () => {
    expect(base64BodyText('eyJhIjoxfQ==', 'bad')).toEqual({ text: '{"a":1}' });
    expect(base64BodyText('eyJhIjoxfQ', 'bad')).toEqual({ text: '{"a":1}' });
    expect(base64BodyText('eyJh\r\nIjox fQ==', 'bad')).toEqual({ text: '{"a":1}' });
  });

  it('gives no text and the reason for invalid base64 (bad characters, a wrong padding)', () => {
    expect(base64BodyText('@@@@', 'not base64')).toEqual({ text: null, reason: 'not base64' });
    expect(base64BodyText('eyJhIjoxfQ=', 'not base64')).toEqual({ text: null, reason: 'not base64' });
  });

  it('a HAR entry with invalid base64 stays a chat exchange that says its body could not be read', () => {
    const exchange = onlyExchange(harWith({ text: 'data: {"not": "base64"}', encoding: 'base64' }));
    expect(exchange.body).toBeNull();
    expect(decodeExchange(exchange)).toMatchObject({
      kind: 'completion',
      conforms: false,
      completion: null,
      error: null,
      issues: [{ severity: 'error', path: '', message: 'no response body to check: the HAR holds a base64 body that is not valid base64' }],
    });
  });
});

describe('empty and null bodies', () => {
  const request = JSON.stringify({ model: 'gpt-4o', stream: true, messages: [{ role: 'user', content: 'hi' }] });

  it('body null with a reason: kept, with the reason in an error issue and the request still summarized', () => {
    const decoded = decodeExchange(
      bareChatExchange({ body: null, bodyUnavailableReason: 'evicted from the inspector cache', requestBody: request }),
    );
    expect(decoded).toEqual({
      url: CHAT_URL,
      status: 200,
      format: 'openai-chat',
      kind: 'completion',
      conforms: false,
      issues: [{ severity: 'error', path: '', message: 'no response body to check: evicted from the inspector cache' }],
      completion: null,
      error: null,
      stream: null,
      request: { model: 'gpt-4o', stream: true, messages: 1, conversation: [{ role: 'user', content: 'hi' }] },
    });
  });

  it('body null without a reason says the browser gave none; with status 502 it is an error exchange', () => {
    expect(decodeExchange(bareChatExchange({ body: null }))?.issues[0]?.message).toBe(
      'no response body to check: the browser gave no body',
    );
    expect(decodeExchange(bareChatExchange({ body: null, status: 502 }))).toMatchObject({
      kind: 'error',
      error: { message: 'HTTP 502' },
      conforms: false,
    });
  });

  it("body '' (and whitespace only) says the body is empty", () => {
    for (const body of ['', ' \r\n ']) {
      expect(decodeExchange(bareChatExchange({ body }))).toMatchObject({
        kind: 'completion',
        conforms: false,
        issues: [{ severity: 'error', path: '', message: 'the response body is empty' }],
      });
    }
  });

  it('declared text/event-stream with no body or an empty one: listed as a stream, not as JSON; a 500 stays an error', () => {
    const streamed = { mimeType: 'text/event-stream; charset=utf-8' };
    expect(decodeExchange(bareChatExchange({ ...streamed, body: null, bodyUnavailableReason: 'evicted' }))).toMatchObject({
      kind: 'stream',
      conforms: false,
      stream: null,
      issues: [{ severity: 'error', path: '', message: 'no response body to check: evicted' }],
    });
    expect(decodeExchange(bareChatExchange({ ...streamed, body: '' }))).toMatchObject({
      kind: 'stream',
      issues: [{ message: 'the response body is empty' }],
    });
    expect(decodeExchange(bareChatExchange({ ...streamed, body: null, status: 500 }))).toMatchObject({ kind: 'error' });
  });

  it('with nothing in the body and a URL that is not a chat endpoint, nothing marks it as chat traffic', () => {
    expect(decodeExchange(bareChatExchange({ url: 'https://example.com/api', body: null }))).toBeNull();
    expect(decodeExchange(bareChatExchange({ url: 'https://example.com/api', body: '' }))).toBeNull();
  });

  it('every one of these satisfies the output codec', () => {
    for (const body of [null, '', '{"id":']) expect(DecodedExchange.is(decodeExchange(bareChatExchange({ body })))).toBe(true);
  });
});

describe('JSON nested 100,000 deep', () => {
  const deep = (levels: number) => `${'['.repeat(levels)}${']'.repeat(levels)}`;
  const deepObject = (levels: number) => `${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}`;
  const tooDeep = {
    severity: 'error',
    path: '',
    message: 'the body is too deeply nested to decode (more than 128 levels of arrays and objects); only its raw text is shown',
    expected: 'JSON nested at most 128 levels deep',
    actual: 'nested more than 128 levels deep',
  };

  it('as content, as an extension and as the whole body: one error issue, no completion, the exchange kept', () => {
    const bodies = [
      completionJson().replace('"Hi."', deep(100_000)),
      completionJson().replace('"usage"', `"x_deep":${deepObject(100_000)},"usage"`),
      deep(100_000),
    ];
    for (const body of bodies) {
      const decoded = decodeExchange(bareChatExchange({ body }));
      expect(decoded).toMatchObject({ kind: 'completion', conforms: false, completion: null, error: null, issues: [tooDeep] });
      // What the panel stores and the CLI prints can be written out: no value deeper than the limit got through.
      expect(() => JSON.stringify(decoded)).not.toThrow();
    }
  });

  it('128 levels decode; 129 are refused', () => {
    // The body's own object is level 1, choices 2, the choice 3: x_deep adds the rest.
    const at = (levels: number) => completionJson().replace('"logprobs"', `"x_deep":${deep(levels - 3)},"logprobs"`);
    expect(decodeResponseBody(at(128)).issues).toEqual([]);
    expect(decodeResponseBody(at(128)).extensions?.[0]?.path).toBe('choices[0].x_deep');
    expect(decodeResponseBody(at(129)).issues).toEqual([tooDeep]);
  });

  it('captured at a Chat Completions URL (the contract walk standing in for the depth scan): 128 levels decode, 129 are refused', () => {
    const decode = (body: string) => decodeExchange(bareChatExchange({ body }));
    const extensionAt = (levels: number) => completionJson().replace('"logprobs"', `"x_deep":${deep(levels - 3)},"logprobs"`);
    // Where the contract wants text or parts: the body 1, choices 2, the choice 3, the message 4, its content 5 on.
    const contentAt = (levels: number) => completionJson().replace('"Hi."', deep(levels - 4));
    // An error body, which no completion walk reads.
    const errorAt = (levels: number) => `{"error":{"message":"m","type":"t","code":null,"x":${deep(levels - 2)}}}`;
    for (const at of [extensionAt, contentAt, errorAt]) {
      expect(decode(at(128))?.issues).not.toContainEqual(tooDeep);
      expect(decode(at(129))?.issues).toEqual([tooDeep]);
      // Issue for issue what a lone body (scanned before any walk) decodes to.
      for (const levels of [128, 129]) expect(decode(at(levels))?.issues).toEqual(decodeResponseBody(at(levels)).issues);
    }
    expect(decode(extensionAt(128))?.extensions?.[0]?.path).toBe('choices[0].x_deep');
    expect(decode(contentAt(128))?.issues.map((issue) => issue.path)).toEqual(['choices[0].message.content[0]']);
    expect(decode(errorAt(128))?.error?.message).toBe('m');
  });

  it('where JSON.parse itself throws RangeError (engines whose parser recurses), the same issue names the engine error', () => {
    vi.spyOn(JSON, 'parse').mockImplementationOnce(() => {
      throw new RangeError('Maximum call stack size exceeded');
    });
    expect(decodeResponseBody(completionJson()).issues).toEqual([
      { ...tooDeep, actual: 'too deeply nested for the JSON parser (Maximum call stack size exceeded)' },
    ]);
  });

  it('in one stream event: an error at that event, the others still reassembled', () => {
    const body = streamText([{ content: 'kept' }]).replace('data: [DONE]', `data: ${deep(100_000)}\n\ndata: [DONE]`);
    const decoded = decodeResponseBody(body);
    expect(decoded.completion?.choices[0]?.message.content).toBe('kept');
    expect(decoded.issues).toEqual([
      {
        severity: 'error',
        path: 'events[3]',
        message: 'event data is too deeply nested to decode',
        expected: 'JSON nested at most 128 levels deep',
        actual: 'nested more than 128 levels deep',
      },
    ]);
  });

  it('in the request body: the response is decoded and the request summary is left out', () => {
    const decoded = decodeExchange(bareChatExchange({ body: completionJson(), requestBody: `{"model":"m","messages":${deep(100_000)}}` }));
    expect(decoded).toMatchObject({ conforms: true, request: null });
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });
});
