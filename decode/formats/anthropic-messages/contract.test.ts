import { describe, expect, it } from 'vitest';
import { decodeResponseBody } from '../../index';

/** What Validation says of bodies that depart from the docs, in the words decode/ uses for Chat Completions. */

const message = {
  id: 'msg_1',
  type: 'message',
  role: 'assistant',
  content: [{ type: 'text', text: 'Hi' }],
  model: 'claude-sonnet-4-5',
  stop_reason: 'end_turn',
  stop_sequence: null,
  usage: { input_tokens: 3, output_tokens: 1 },
};

const decodeJson = (value: unknown) => decodeResponseBody(JSON.stringify(value));

const event = (data: object, name?: string): string => `${name === undefined ? '' : `event: ${name}\n`}data: ${JSON.stringify(data)}\n\n`;
const messageStart = event({ type: 'message_start', message: { ...message, content: [], stop_reason: null } }, 'message_start');
const textStart = event({ type: 'content_block_start', index: 0, content_block: { type: 'text', text: '' } }, 'content_block_start');
const textDelta = (text: string): string =>
  event({ type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text } }, 'content_block_delta');
const messageStop = event({ type: 'message_stop' }, 'message_stop');

describe('anthropic-messages: the JSON body against its codec', () => {
  it('a conforming message has no issue and no extension', () => {
    const decoded = decodeJson(message);
    expect(decoded.issues).toEqual([]);
    expect(decoded.extensions).toEqual([]);
  });

  it('a missing required field is an error at its path', () => {
    const { model: _model, ...rest } = message;
    const decoded = decodeJson(rest);
    expect(decoded.conforms).toBe(false);
    expect(decoded.issues).toContainEqual(expect.objectContaining({ severity: 'error', path: 'model', message: 'missing required field' }));
  });

  it('a tool_use block without input is an error, and its arguments read "{}"', () => {
    const decoded = decodeJson({ ...message, content: [{ type: 'tool_use', id: 'toolu_1', name: 'now' }], stop_reason: 'tool_use' });
    expect(decoded.issues).toContainEqual(expect.objectContaining({ severity: 'error', path: 'content[0].input' }));
    expect(decoded.completion?.choices[0]?.message.tool_calls?.[0]?.function.arguments).toBe('{}');
  });

  it('an unknown field is an extension, not an issue', () => {
    const decoded = decodeJson({ ...message, usage: { ...message.usage, geo_cost: 2 }, trace: 'x' });
    expect(decoded.conforms).toBe(true);
    expect(decoded.extensions?.map((extension) => extension.path)).toEqual(['usage.geo_cost', 'trace']);
  });

  it('a stop_reason outside the docs is a warning and is kept as sent', () => {
    const decoded = decodeJson({ ...message, stop_reason: 'compaction' });
    expect(decoded.conforms).toBe(true);
    expect(decoded.issues).toEqual([expect.objectContaining({ severity: 'warning', path: 'stop_reason', actual: 'string "compaction"' })]);
    expect(decoded.completion?.choices[0]?.finish_reason).toBe('compaction');
  });

  it('a block of a type not yet known is a warning naming it; the known blocks still read', () => {
    const decoded = decodeJson({
      ...message,
      content: [
        { type: 'hologram', frames: 3 },
        { type: 'text', text: 'Hi' },
      ],
    });
    expect(decoded.conforms).toBe(true);
    expect(decoded.issues).toEqual([
      { severity: 'warning', path: 'content[0]', message: 'a content block of a type this decoder does not know: hologram' },
    ]);
    expect(decoded.completion?.choices[0]?.message.content).toBe('Hi');
  });

  it("a JSON object with none of a message's fields is one error, with no completion", () => {
    const decoded = decodeResponseBody('{"status":"queued"}', { url: 'https://api.anthropic.com/v1/messages' });
    expect(decoded.format).toBe('openai-chat');
    const anthropic = decodeJson({
      type: 'message',
      role: 'assistant',
      content: [],
      model: 'm',
      stop_reason: null,
      usage: { input_tokens: 1 },
    });
    expect(anthropic.format).toBe('anthropic-messages');
    expect(anthropic.issues).toContainEqual(expect.objectContaining({ severity: 'error', path: 'id', message: 'missing required field' }));
  });

  it('an error body of an unknown error type is a warning; its message and type are the error', () => {
    const decoded = decodeResponseBody('{"type":"error","error":{"type":"quota_error","message":"Out of credits"}}', { status: 402 });
    expect(decoded.error).toEqual({ message: 'Out of credits', type: 'quota_error' });
    expect(decoded.issues).toEqual([expect.objectContaining({ severity: 'warning', path: 'error.type' })]);
  });
});

describe('anthropic-messages: stream events against their codecs', () => {
  it('a conforming stream: no issue, done', () => {
    const decoded = decodeResponseBody(messageStart + textStart + textDelta('Hi') + messageStop);
    expect(decoded.issues).toEqual([]);
    expect(decoded.stream?.done).toBe(true);
    expect(decoded.completion?.choices[0]?.message.content).toBe('Hi');
  });

  it('a delta missing its text is an error at the event, counted once across events', () => {
    const bad = event({ type: 'content_block_delta', index: 0, delta: { type: 'text_delta' } }, 'content_block_delta');
    const decoded = decodeResponseBody(messageStart + textStart + bad + bad + messageStop);
    expect(decoded.issues).toEqual([
      expect.objectContaining({
        severity: 'error',
        path: 'events[2].delta.text',
        message: 'missing required field (2 times; the first is shown)',
      }),
    ]);
  });

  it('event data that is not JSON is an error in the words Chat Completions uses', () => {
    const decoded = decodeResponseBody(`${messageStart}event: content_block_delta\ndata: {"type":"content_bl\n\n${messageStop}`);
    expect(decoded.issues).toEqual([
      expect.objectContaining({ severity: 'error', path: 'events[1]', message: 'event data is not JSON (malformed or cut)' }),
    ]);
  });

  it('an unknown event type, delta type and block type are warnings', () => {
    const decoded = decodeResponseBody(
      messageStart +
        textStart +
        event({ type: 'content_block_delta', index: 0, delta: { type: 'sparkle_delta', sparkle: 1 } }, 'content_block_delta') +
        event({ type: 'heartbeat' }, 'heartbeat') +
        event({ type: 'content_block_start', index: 1, content_block: { type: 'hologram' } }, 'content_block_start') +
        messageStop,
    );
    expect(decoded.conforms).toBe(true);
    expect(decoded.issues.map((issue) => [issue.severity, issue.path, issue.message])).toEqual([
      ['warning', 'events[2].delta.type', 'value the contract does not list'],
      ['warning', 'events[3]', 'an event of a type this decoder does not know: heartbeat'],
      ['warning', 'events[4].content_block', 'a content block of a type this decoder does not know: hologram'],
    ]);
  });

  it('events after message_stop are a warning; an event whose event: line disagrees with its data is a warning', () => {
    const decoded = decodeResponseBody(
      messageStart + textStart + event({ type: 'ping' }, 'message_delta') + messageStop + event({ type: 'ping' }, 'ping'),
    );
    expect(decoded.issues.map((issue) => [issue.severity, issue.path, issue.message])).toEqual([
      ['warning', 'events[2]', 'the event: line names another type than the data'],
      ['warning', 'events', '1 event(s) after the end of the stream'],
    ]);
  });

  it('an empty stream body of comments only carries no events', () => {
    const decoded = decodeResponseBody(': keep-alive\n\n', { mimeType: 'text/event-stream' });
    expect(decoded.stream).toEqual({ events: 0, done: false, comments: 1, eventList: [] });
  });

  it('an unknown field of an event is an extension counted over the events', () => {
    const decoded = decodeResponseBody(
      messageStart + event({ type: 'ping', ts: 1 }, 'ping') + event({ type: 'ping', ts: 2 }, 'ping') + messageStop,
    );
    expect(decoded.extensions).toEqual([{ path: 'ts', value: 2, occurrences: 2 }]);
  });
});
