import { describe, expect, it } from 'vitest';
import { decodeExchange } from '../../index';
import type { DecodedExchange } from '../../index';
import { bareChatExchange } from '../../../testing/exchanges';

/**
 * Hostile Responses bodies: big ones decode whole (deltas kept as lists and joined once, so the
 * work is linear in the body; no timing is asserted, machines differ), odd characters and numbers
 * are kept and flagged, nothing throws.
 */

const URL = 'https://api.openai.com/v1/responses';
const MB = 1024 * 1024;

const decode = (body: string, mimeType = 'text/event-stream'): DecodedExchange => {
  const decoded = decodeExchange(bareChatExchange({ url: URL, mimeType, body }), { streamEvents: false });
  if (decoded === null) throw new Error('not decoded');
  return decoded;
};

const created =
  'event: response.created\ndata: {"type":"response.created","response":{"id":"resp_big","object":"response","created_at":1,"model":"gpt-4.1","output":[]}}\n\n';
const delta = (text: string): string =>
  `event: response.output_text.delta\ndata: {"type":"response.output_text.delta","item_id":"msg_1","output_index":0,"content_index":0,"delta":${JSON.stringify(text)}}\n\n`;
const completed = (output: string): string =>
  `event: response.completed\ndata: {"type":"response.completed","response":{"id":"resp_big","object":"response","created_at":1,"model":"gpt-4.1","status":"completed","output":${output}}}\n\n`;

describe('a 5 MB Responses stream', () => {
  it('of 100,000 text deltas reassembles every one (the final event left without output)', { timeout: 60_000 }, () => {
    const parts = [created];
    for (let i = 0; i < 100_000; i++) parts.push(delta(`w${i % 10} `));
    parts.push(completed('[]'));
    const body = parts.join('');
    expect(body.length).toBeGreaterThan(5 * 1_000_000);
    const decoded = decode(body);
    expect(decoded.conforms).toBe(true);
    expect(decoded.stream).toEqual({ events: 100_002, done: true, comments: 0 });
    const content = decoded.completion?.choices[0]?.message.content;
    expect(content?.length).toBe(100_000 * 3);
    expect(content?.startsWith('w0 w1 w2 ')).toBe(true);
  });

  it('of one 5 MB delta keeps it whole', { timeout: 60_000 }, () => {
    const text = 'ä'.repeat(5 * MB);
    const decoded = decode(created + delta(text) + completed('[]'));
    expect(decoded.completion?.choices[0]?.message.content?.length).toBe(5 * MB);
  });

  it('a 5 MB JSON response keeps its text whole', { timeout: 60_000 }, () => {
    const text = 'x'.repeat(5 * MB);
    const body = JSON.stringify({
      id: 'resp_1',
      object: 'response',
      created_at: 1,
      model: 'gpt-4.1',
      output: [{ type: 'message', id: 'msg_1', role: 'assistant', content: [{ type: 'output_text', text }] }],
    });
    const decoded = decode(body, 'application/json');
    expect(decoded.conforms).toBe(true);
    expect(decoded.completion?.choices[0]?.message.content?.length).toBe(5 * MB);
  });
});

describe('odd characters and numbers', () => {
  it('bidi controls in the model and a tool name are kept and flagged, content keeps them silently', () => {
    const body = JSON.stringify({
      id: 'resp_1',
      object: 'response',
      created_at: 1,
      model: 'gpt\u202e-4.1',
      output: [
        { type: 'message', id: 'msg_1', role: 'assistant', content: [{ type: 'output_text', text: 'a\u2067b' }] },
        { type: 'function_call', call_id: 'call_1', name: 'rm\u202e-rf', arguments: '{}' },
      ],
    });
    const decoded = decode(body, 'application/json');
    expect(decoded.completion?.model).toBe('gpt\u202e-4.1');
    expect(decoded.completion?.choices[0]?.message.content).toBe('a\u2067b');
    expect(decoded.completion?.choices[0]?.message.tool_calls?.[0]?.function.name).toBe('rm\u202e-rf');
    expect(decoded.issues.filter((issue) => issue.severity === 'warning').map((issue) => issue.path)).toEqual([
      'model',
      'choices[0].message.tool_calls[0].function.name',
    ]);
  });

  it('an integer beyond 2^53 in a stream event is a warning with its digits kept', () => {
    const body = `${created}data: {"type":"response.output_text.delta","item_id":"m","output_index":0,"content_index":0,"delta":"x","sequence_number":12345678901234567890}\n\n${completed('[]')}`;
    const decoded = decode(body);
    expect(decoded.preciseNumbers).toEqual([{ path: 'events[1].sequence_number', digits: '12345678901234567890' }]);
    expect(decoded.issues.map((issue) => [issue.severity, issue.path])).toEqual([['warning', 'events[1].sequence_number']]);
    expect(decoded.completion?.choices[0]?.message.content).toBe('x');
  });

  it('an event nested 10,000 levels deep is not decoded, the rest of the stream is', () => {
    const deep = `data: {"type":"response.output_text.delta","output_index":0,"delta":${'['.repeat(10_000)}${']'.repeat(10_000)}}\n\n`;
    const decoded = decode(created + delta('ok') + deep + completed('[]'));
    expect(decoded.issues.map((issue) => [issue.path, issue.message])).toEqual([
      ['events[2]', 'event data is too deeply nested to decode'],
    ]);
    expect(decoded.completion?.choices[0]?.message.content).toBe('ok');
  });

  it('a __proto__ key is ordinary data, listed as an extension', () => {
    const body = '{"id":"r","object":"response","created_at":1,"model":"m","output":[],"__proto__":{"polluted":true}}';
    const decoded = decode(body, 'application/json');
    expect(decoded.extensions?.map((extension) => extension.path)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
