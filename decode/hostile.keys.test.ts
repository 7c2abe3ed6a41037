import { describe, expect, it } from 'vitest';
import { decodeResponseBody } from './decodeBody';
import { decodeExchange } from './decodeExchange';
import { readFixture } from '../testing/fixtureFiles';
import { bareChatExchange } from '../testing/exchanges';
import { completionJson, sseText } from '../testing/chatBodies';

/**
 * Hostile keys and numbers (issue 7): `__proto__` and `constructor` are data, never prototypes;
 * integers beyond 2^53 are flagged and their digits kept as sent.
 */

describe('__proto__ and constructor keys', () => {
  // JSON text, not an object literal: in a literal `__proto__: x` would set a prototype.
  const pollution = '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}';
  const body = `{
    "id": "chatcmpl-p", "object": "chat.completion", "created": 1, "model": "m",
    "__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}},
    "choices": [{
      "index": 0, "finish_reason": "tool_calls", "__proto__": {"polluted": true},
      "message": {
        "role": "assistant", "content": null, "constructor": "c",
        "tool_calls": [
          {"id": "call_1", "type": "function", "function": {"name": "f", "arguments": ${JSON.stringify(pollution)}}},
          {"id": "call_2", "type": "function", "function": {"name": "g", "arguments": ${pollution}}}
        ]
      }
    }],
    "usage": {"prompt_tokens": 1, "completion_tokens": 2, "total_tokens": 3, "prompt_tokens_details": {"__proto__": 5, "cached_tokens": 1}},
    "x_groq": {"id": "req_1", "__proto__": {"polluted": true}}
  }`;
  const chunk =
    '{"id":"c","object":"chat.completion.chunk","created":1,"model":"m","__proto__":{"polluted":true},"choices":[{"index":0,"delta":{"content":"ok","constructor":{"prototype":{"polluted":true}}},"finish_reason":"stop"}]}';
  const stream = sseText([chunk, '[DONE]']);
  const request =
    '{"model":"m","__proto__":{"polluted":true},"messages":[{"role":"user","content":"hi","__proto__":{"polluted":true}}],"tools":[{"type":"function","function":{"name":"f","__proto__":{"x":1}}}]}';

  it('leave Object.prototype untouched, through bodies, streams and requests', () => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    decodeExchange(bareChatExchange({ body, requestBody: request }));
    decodeExchange(bareChatExchange({ body: stream, mimeType: 'text/event-stream', requestBody: request }));
    decodeResponseBody(body, {}, { streamEvents: false });
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
    const fresh: Record<string, unknown> = {};
    expect(fresh.polluted).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
  });

  it('are listed as extensions with their values, not dropped and not used', () => {
    const decoded = decodeResponseBody(body);
    // The one departure is the object sent as arguments (Ollama style), not any of the keys.
    expect(decoded.issues).toEqual([
      {
        severity: 'error',
        path: 'choices[0].message.tool_calls[1].function.arguments',
        message: 'wrong type or value',
        expected: 'a string',
        actual: 'object',
      },
    ]);
    const listed = new Map(decoded.extensions?.map((extension) => [extension.path, extension.value]));
    expect([...listed.keys()].sort()).toEqual([
      '__proto__',
      'choices[0].__proto__',
      'choices[0].message.constructor',
      'constructor',
      'usage.prompt_tokens_details.__proto__',
      'x_groq',
    ]);
    expect(listed.get('__proto__')).toEqual({ polluted: true });
    expect(listed.get('constructor')).toEqual({ prototype: { polluted: true } });
    expect(listed.get('choices[0].message.constructor')).toBe('c');
    // x_groq is listed whole; its own __proto__ key is still an ordinary key of that value.
    expect(Object.keys(listed.get('x_groq') ?? {})).toEqual(['id', '__proto__']);
  });

  it('keep tool arguments exactly as sent, as text or written out from an object', () => {
    const calls = decodeResponseBody(body).completion?.choices[0]?.message.tool_calls;
    expect(calls?.map((call) => call.function.arguments)).toEqual([pollution, pollution]);
  });

  it('keep a __proto__ count in the usage details as an ordinary entry', () => {
    const details = decodeResponseBody(body).completion?.usage?.prompt_tokens_details;
    expect(details && Object.entries(details)).toEqual([
      ['__proto__', 5],
      ['cached_tokens', 1],
    ]);
    expect(details && Object.getPrototypeOf(details)).toBe(Object.prototype);
  });

  it('in a stream chunk are listed as chunk extensions', () => {
    const decoded = decodeResponseBody(stream);
    expect(decoded.completion?.choices[0]?.message.content).toBe('ok');
    expect(decoded.extensions?.map((extension) => extension.path)).toEqual(['__proto__', 'choices[0].delta.constructor']);
  });

  it('toString and valueOf keys where text is built from a value do not break decoding', () => {
    const flat =
      '{"object":"error","message":{"detail":[{"loc":["body",{"toString":1,"valueOf":1}],"msg":"bad field"}]},"type":"invalid_request_error"}';
    expect(decodeResponseBody(flat, { status: 422 }).error).toEqual({
      message: 'body.{"toString":1,"valueOf":1}: bad field',
      type: 'invalid_request_error',
    });
  });
});

describe('integers beyond 2^53', () => {
  // Between 2^62 and 2^63 doubles are 1,024 apart: 5844196810245229000 is held as the nearest
  // multiple, 5707223447505106 × 1024 = 5844196810245228544; 7228414683750928000 as 7058998714600516 × 1024.
  const warning = (path: string, digits: string, held: string) => ({
    severity: 'warning',
    path,
    message: `integer beyond 2^53: JavaScript holds ${held} instead; the digits as sent are kept in preciseNumbers`,
    expected: 'an integer of at most 9007199254740991 in magnitude',
    actual: `integer ${digits}`,
  });

  it("Together's choices[].seed (hf-together-chat-reasoning-1.json): a warning, the digits kept, the body still conforms", () => {
    const decoded = decodeResponseBody(readFixture('hf-together-chat-reasoning-1.json'));
    expect(decoded.conforms).toBe(true);
    expect(decoded.issues).toEqual([warning('choices[0].seed', '5844196810245229000', '5844196810245228544')]);
    expect(decoded.preciseNumbers).toEqual([{ path: 'choices[0].seed', digits: '5844196810245229000' }]);
    expect(decoded.extensions?.find((extension) => extension.path === 'choices[0].seed')?.preciseNumbers).toEqual([
      { path: 'choices[0].seed', digits: '5844196810245229000' },
    ]);
  });

  it('the same body captured at a Chat Completions URL (walked once, the walk noting the numbers): the same warning and digits', () => {
    const decoded = decodeExchange(bareChatExchange({ body: readFixture('hf-together-chat-reasoning-1.json') }));
    expect(decoded?.conforms).toBe(true);
    expect(decoded?.issues).toEqual([warning('choices[0].seed', '5844196810245229000', '5844196810245228544')]);
    expect(decoded?.preciseNumbers).toEqual([{ path: 'choices[0].seed', digits: '5844196810245229000' }]);
  });

  it('at a Chat Completions URL, a huge integer the contract defines (created) and one in an error body are found too', () => {
    // `created`, a field the contract defines, written with the digits as sent.
    const usage = decodeExchange(
      bareChatExchange({ body: completionJson({}, { created: 1 }).replace('"created":1', '"created":12345678901234567890') }),
    );
    expect(usage?.preciseNumbers).toEqual([{ path: 'created', digits: '12345678901234567890' }]);
    const error = decodeExchange(
      bareChatExchange({ status: 400, body: '{"error":{"message":"m","type":"t","code":null,"x":90071992547409930}}' }),
    );
    expect(error?.preciseNumbers).toEqual([{ path: 'error.x', digits: '90071992547409930' }]);
  });

  it('the stream variant (hf-together-stream-1.sse): the seed of the finish chunk, event 954, is the extension shown', () => {
    const decoded = decodeResponseBody(readFixture('hf-together-stream-1.sse'));
    expect(decoded.issues).toEqual([warning('events[954].choices[0].seed', '7228414683750928000', '7228414683750928384')]);
    const seed = decoded.extensions?.find((extension) => extension.path === 'choices[0].seed');
    // 954 chunks carry "seed": null and the finish chunk the number: 955 occurrences.
    expect(seed).toMatchObject({ occurrences: 955, preciseNumbers: [{ path: 'choices[0].seed', digits: '7228414683750928000' }] });
  });

  it('in created, usage and an extension: each flagged at its path, the rounded value says what was read', () => {
    const body = `{"id":"x","object":"chat.completion","created":17273461420000000001,"model":"m",
      "choices":[{"index":0,"message":{"role":"assistant","content":"a :12345678901234567890 in text"},"finish_reason":"stop"}],
      "usage":{"prompt_tokens":9007199254740991,"completion_tokens":-9007199254740993,"total_tokens":9007199254740992},
      "x_groq":{"id":"req","se\\u0065d":18446744073709551615,"ratio":12345678901234567.5,"big":1e21}}`;
    const decoded = decodeResponseBody(body);
    expect(decoded.preciseNumbers).toEqual([
      { path: 'created', digits: '17273461420000000001' },
      { path: 'usage.completion_tokens', digits: '-9007199254740993' },
      { path: 'usage.total_tokens', digits: '9007199254740992' },
      { path: 'x_groq.seed', digits: '18446744073709551615' },
    ]);
    const held = (path: string) =>
      decoded.issues.find((issue) => issue.path === path && issue.message.startsWith('integer'))?.message.split(';')[0];
    // 2^64 - 1 rounds up to 2^64; 2^53 itself is a double, but so is every integer that reads as it.
    expect(held('x_groq.seed')).toBe('integer beyond 2^53: JavaScript holds 18446744073709551616 instead');
    expect(held('usage.completion_tokens')).toBe('integer beyond 2^53: JavaScript holds -9007199254740992 instead');
    expect(held('usage.total_tokens')).toBe('integer beyond 2^53: JavaScript holds it, but cannot tell it from its neighbours');
    expect(decoded.extensions).toEqual([
      {
        path: 'x_groq',
        value: { id: 'req', seed: Number('18446744073709551615'), ratio: Number('12345678901234567.5'), big: 1e21 },
        preciseNumbers: [{ path: 'x_groq.seed', digits: '18446744073709551615' }],
      },
    ]);
  });

  it('at the top of a non-object body and in an error body', () => {
    expect(decodeResponseBody('[12345678901234567890]').preciseNumbers).toEqual([{ path: '[0]', digits: '12345678901234567890' }]);
    const error = decodeResponseBody('{"error":{"message":"m","type":"t","code":99999999999999999999}}', { status: 400 });
    expect(error.preciseNumbers).toEqual([{ path: 'error.code', digits: '99999999999999999999' }]);
    expect(error.issues.map((issue) => [issue.severity, issue.path])).toEqual([
      ['error', 'error.code'],
      ['warning', 'error.code'],
    ]);
  });

  it('none for 16-digit integers that fit (hf-router-stream-slametrics-1.sse) or long digits inside strings', () => {
    expect(decodeResponseBody(readFixture('hf-router-stream-slametrics-1.sse')).preciseNumbers).toBeUndefined();
    expect(
      decodeResponseBody('{"id":"12345678901234567890","object":"chat.completion","created":1,"model":"m","choices":[]}').preciseNumbers,
    ).toBeUndefined();
  });
});
