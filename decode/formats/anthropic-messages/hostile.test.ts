import { describe, expect, it } from 'vitest';
import { decodeExchange, decodeResponseBody } from '../../index';
import { bareChatExchange } from '../../../testing/exchanges';

/**
 * Hostile Anthropic bodies decode whole, without throwing, in time linear in their size (fragments
 * are joined once, at the end). No timing is asserted (machines differ). Measured on the
 * development machine (2 CPUs shared with other work, tsx, CPU time of 3 runs): 200,000 text_delta
 * events (28 MB body, 5 MB of text), decodeResponseBody without the event list 613–804 ms against
 * 114–141 ms for JSON.parse of the same 200,000 payloads; on the recorded corpus repeated to 16 MiB
 * through decodeExchange, 3.2–6.7× JSON.parse for streams and 3.6–9.2× for JSON bodies, where
 * Chat Completions' own corpus measured the same way gave 3.7–5.0× and 4.1–9.7× (the machine's noise
 * dominates; bench/ gives the figures that count).
 */

const MB = 1024 * 1024;

const event = (name: string, data: object): string => `event: ${name}\ndata: ${JSON.stringify(data)}\n\n`;
const start = (usage: object = { input_tokens: 3, output_tokens: 1 }): string =>
  event('message_start', {
    type: 'message_start',
    message: {
      id: 'msg_h',
      type: 'message',
      role: 'assistant',
      content: [],
      model: 'claude-x',
      stop_reason: null,
      stop_sequence: null,
      usage,
    },
  });
const blockStart = (block: object): string => event('content_block_start', { type: 'content_block_start', index: 0, content_block: block });
const delta = (body: object): string => event('content_block_delta', { type: 'content_block_delta', index: 0, delta: body });
const end = (stop = 'end_turn'): string =>
  event('content_block_stop', { type: 'content_block_stop', index: 0 }) +
  event('message_delta', { type: 'message_delta', delta: { stop_reason: stop, stop_sequence: null }, usage: { output_tokens: 9 } }) +
  event('message_stop', { type: 'message_stop' });

describe('anthropic-messages: big bodies', () => {
  it('200,000 text deltas (5 MB of text) join into the whole text', { timeout: 60_000 }, () => {
    const piece = 'abcdefghijklmnopqrstuvwx ';
    const parts = [start(), blockStart({ type: 'text', text: '' })];
    for (let i = 0; i < 200_000; i += 1) parts.push(delta({ type: 'text_delta', text: piece }));
    parts.push(end());
    const decoded = decodeResponseBody(parts.join(''), {}, { streamEvents: false });
    expect(decoded.conforms).toBe(true);
    expect(decoded.stream).toEqual({ events: 200_005, done: true, comments: 0 });
    const content = decoded.completion?.choices[0]?.message.content;
    expect(content?.length).toBe(5_000_000);
    expect(content?.slice(0, 50)).toBe(piece + piece);
  });

  it('one 5 MB text delta, and a 5 MB JSON message', { timeout: 60_000 }, () => {
    const text = 'é'.repeat(5 * MB);
    const stream = decodeResponseBody(start() + blockStart({ type: 'text', text: '' }) + delta({ type: 'text_delta', text }) + end());
    expect(stream.completion?.choices[0]?.message.content === text).toBe(true);
    const json = decodeResponseBody(
      JSON.stringify({
        id: 'msg_j',
        type: 'message',
        role: 'assistant',
        content: [{ type: 'text', text }],
        model: 'claude-x',
        stop_reason: 'max_tokens',
        stop_sequence: null,
        usage: { input_tokens: 1, output_tokens: 5_242_880 },
      }),
    );
    expect(json.conforms).toBe(true);
    expect(json.completion?.choices[0]?.message.content?.length).toBe(5 * MB);
  });

  it('200,000 input_json_delta fragments join into one tool call', { timeout: 60_000 }, () => {
    const parts = [
      start(),
      blockStart({ type: 'tool_use', id: 'toolu_h', name: 'write', input: {} }),
      delta({ type: 'input_json_delta', partial_json: '' }),
    ];
    parts.push(delta({ type: 'input_json_delta', partial_json: '{"text": "' }));
    for (let i = 0; i < 200_000; i += 1) parts.push(delta({ type: 'input_json_delta', partial_json: 'twenty-seven characters... ' }));
    parts.push(delta({ type: 'input_json_delta', partial_json: '"}' }));
    parts.push(end('tool_use'));
    const decoded = decodeResponseBody(parts.join(''), {}, { streamEvents: false });
    const args = decoded.completion?.choices[0]?.message.tool_calls?.[0]?.function.arguments ?? '';
    expect(args.length).toBe(10 + 200_000 * 27 + 2);
    const parsed: unknown = JSON.parse(args);
    expect(typeof parsed === 'object' && parsed !== null && 'text' in parsed).toBe(true);
  });
});

describe('anthropic-messages: hostile values', () => {
  it('bidi controls in a tool name and the model are warnings; the text is kept', () => {
    const decoded = decodeExchange(
      bareChatExchange({
        url: 'https://api.anthropic.com/v1/messages',
        body: JSON.stringify({
          id: 'msg_b',
          type: 'message',
          role: 'assistant',
          content: [{ type: 'tool_use', id: 'toolu_b', name: 'get_\u202eweather', input: {} }],
          model: 'claude\u2066-x',
          stop_reason: 'tool_use',
          stop_sequence: null,
          usage: { input_tokens: 1, output_tokens: 1 },
        }),
      }),
    );
    expect(decoded?.conforms).toBe(true);
    expect(decoded?.issues.map((issue) => [issue.severity, issue.path])).toEqual([
      ['warning', 'model'],
      ['warning', 'choices[0].message.tool_calls[0].function.name'],
    ]);
    expect(decoded?.completion?.choices[0]?.message.tool_calls?.[0]?.function.name).toBe('get_\u202eweather');
  });

  it('integers beyond 2^53 in usage are warnings with their digits kept, in a body and in a stream', () => {
    const json = decodeResponseBody(
      '{"id":"msg_n","type":"message","role":"assistant","content":[],"model":"m","stop_reason":"end_turn","stop_sequence":null,"usage":{"input_tokens":12345678901234567890,"output_tokens":1}}',
    );
    expect(json.preciseNumbers).toEqual([{ path: 'usage.input_tokens', digits: '12345678901234567890' }]);
    expect(json.issues.map((issue) => [issue.severity, issue.path])).toEqual([['warning', 'usage.input_tokens']]);
    const stream = decodeResponseBody(
      `${start()}event: message_delta\ndata: {"type":"message_delta","delta":{"stop_reason":"end_turn"},"usage":{"output_tokens":99999999999999999999}}\n\n${end()}`,
    );
    expect(stream.preciseNumbers).toEqual([{ path: 'events[1].usage.output_tokens', digits: '99999999999999999999' }]);
    expect(stream.completion?.usage?.completion_tokens).toBe(9);
  });

  it('an event nested 100,000 levels deep is not decoded; the rest is', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const decoded = decodeResponseBody(
      `${start()}${blockStart({ type: 'text', text: '' })}event: content_block_delta\ndata: {"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"a","x":${deep}}}\n\n${delta({ type: 'text_delta', text: 'b' })}${end()}`,
    );
    expect(decoded.issues).toContainEqual(
      expect.objectContaining({ severity: 'error', path: 'events[2]', message: 'event data is too deeply nested to decode' }),
    );
    expect(decoded.completion?.choices[0]?.message.content).toBe('b');
  });

  it('markup in text stays text', () => {
    const decoded = decodeResponseBody(
      start() + blockStart({ type: 'text', text: '' }) + delta({ type: 'text_delta', text: '<img src=x onerror=alert(1)>' }) + end(),
    );
    expect(decoded.completion?.choices[0]?.message.content).toBe('<img src=x onerror=alert(1)>');
  });
});
