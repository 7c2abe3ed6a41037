import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeExchange } from '../../decodeExchange';
import { bareChatExchange } from '../../../testing/exchanges';
import { formatFixtureNames, readFormatFixture } from '../../../testing/fixtureFiles';
import type { FormatDecodeOptions } from '../wireFormat';
import { nestedArrays, optionsForStatus, scannedFirstAnswer, unscannedAnswer } from '../unscannedJsonPaths';
import { anthropicMessages } from './index';

/**
 * Anthropic's JSON bodies parsed without parseJson's scan (unscannedJson.ts): the walk against the
 * Message or ErrorBody codec stands in for the scan. Whatever the body, the answer must be the one
 * the body gets when it is scanned first (parseResponseBody, then decodeBody), and a body nested
 * too deeply must be left to that path (undefined), which refuses it as text.
 */

const TOO_DEEP = 'the body is too deeply nested to decode (more than 128 levels of arrays and objects); only its raw text is shown';

const exchange = (body: string, status = 200) => bareChatExchange({ url: 'https://api.anthropic.com/v1/messages', status, body });

const scannedFirst = (text: string, options: FormatDecodeOptions) => scannedFirstAnswer(anthropicMessages, text, options);
const unscanned = (text: string, options: FormatDecodeOptions) => unscannedAnswer(anthropicMessages, text, options);

describe('the recorded JSON bodies', () => {
  const names = formatFixtureNames('anthropic-messages').filter((name) => name.endsWith('.json'));

  it('are all five, each decoded as when scanned first, with no issue of nesting', () => {
    expect(names).toHaveLength(5);
    for (const name of names) {
      const text = readFormatFixture('anthropic-messages', name);
      const options = optionsForStatus(name.includes('error') ? 400 : 200);
      const parts = unscanned(text, options);
      expect(parts).toEqual(scannedFirst(text, options));
      expect(parts?.issues.map((issue) => issue.message)).not.toContain(TOO_DEEP);
    }
  });

  it('the tool call keeps its input as the arguments text (anthropic-json-toolcall-1.json)', () => {
    const text = readFormatFixture('anthropic-messages', 'anthropic-json-toolcall-1.json');
    const call = decodeExchange(exchange(text))?.completion?.choices[0]?.message.tool_calls?.[0];
    expect(call?.function.name).toBe('json');
    expect(JSON.parse(call?.function.arguments ?? 'null')).toEqual({
      elements: [
        { location: 'San Francisco', temperature: -5, condition: 'snowy' },
        { location: 'London', temperature: 0, condition: 'snowy' },
        { location: 'Paris', temperature: 23, condition: 'cloudy' },
        { location: 'Berlin', temperature: -9, condition: 'snowy' },
      ],
    });
  });
});

describe('nesting and huge numbers, through decodeExchange', () => {
  // The body is level 1; content 2, the block 3, input 4: an input of n nested arrays reaches level 3 + n.
  const inInput = (levels: number) =>
    `{"id": "msg_1", "type": "message", "role": "assistant", "model": "m", "stop_reason": "tool_use", "stop_sequence": null, "content": [{"type": "tool_use", "id": "t", "name": "f", "input": ${nestedArrays(levels - 3)}}], "usage": {"input_tokens": 1, "output_tokens": 2}}`;
  // An extension of the message is level 2.
  const inExtension = (levels: number) =>
    `{"id": "msg_1", "type": "message", "role": "assistant", "content": [], "x_deep": ${nestedArrays(levels - 1)}}`;
  // The error object is level 2, an extension inside it 3.
  const inError = (levels: number) =>
    `{"type": "error", "error": {"type": "overloaded_error", "message": "m", "x": ${nestedArrays(levels - 2)}}}`;

  it('128 levels are read; 129 are refused as text, issue for issue as when scanned first', () => {
    for (const at of [inInput, inExtension, inError]) {
      const read = decodeExchange(exchange(at(128)));
      expect(read?.issues.map((issue) => issue.message)).not.toContain(TOO_DEEP);
      const refused = decodeExchange(exchange(at(129)));
      expect(refused?.completion).toBeNull();
      expect(refused?.issues.map((issue) => [issue.path, issue.message])).toEqual([['', TOO_DEEP]]);
      expect(unscanned(at(129), optionsForStatus(200))).toBeUndefined();
      expect(unscanned(at(128), optionsForStatus(200))).toEqual(scannedFirst(at(128), optionsForStatus(200)));
    }
    expect(decodeExchange(exchange(inInput(128)))?.completion?.choices[0]?.message.tool_calls?.[0]?.function.arguments).toBe(
      nestedArrays(125),
    );
  });

  it('an integer beyond 2^53 keeps its digits, in usage, in a tool input, in an extension and in an error body', () => {
    const message = `{"id": "msg_1", "type": "message", "role": "assistant", "model": "m", "stop_reason": "tool_use", "stop_sequence": null, "content": [{"type": "tool_use", "id": "t", "name": "f", "input": {"n": 12345678901234567890}}], "usage": {"input_tokens": 98765432109876543210, "output_tokens": 2}, "x_seed": 11111111111111111111}`;
    expect(decodeExchange(exchange(message))?.preciseNumbers).toEqual([
      { path: 'content[0].input.n', digits: '12345678901234567890' },
      { path: 'usage.input_tokens', digits: '98765432109876543210' },
      { path: 'x_seed', digits: '11111111111111111111' },
    ]);
    const error = `{"type": "error", "error": {"type": "api_error", "message": "m", "code": 22222222222222222222}}`;
    const decoded = decodeExchange(exchange(error, 500));
    expect(decoded?.preciseNumbers).toEqual([{ path: 'error.code', digits: '22222222222222222222' }]);
    expect(decoded?.error).toEqual({ message: 'm', type: 'api_error' });
    for (const [text, status] of [
      [message, 200],
      [error, 500],
    ] as const)
      expect(unscanned(text, optionsForStatus(status))).toEqual(scannedFirst(text, optionsForStatus(status)));
  });
});

describe('generated bodies near the recorded ones', () => {
  /** Values a field may hold instead of its own: other types, huge numbers, deep nesting. */
  const odd = fc.oneof(
    { weight: 3, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
    fc.constantFrom(2 ** 60, -(2 ** 60), 1e21, 0.5, null, '', [], {}),
    fc.constantFrom(124, 125, 126, 127).map((levels) => JSON.parse(nestedArrays(levels)) as unknown),
  );
  const block = fc.oneof(
    fc.record({ type: fc.constant('text'), text: fc.string({ maxLength: 8 }) }, { requiredKeys: ['type'] }),
    fc.record({ type: fc.constant('thinking'), thinking: fc.string({ maxLength: 8 }), signature: fc.string({ maxLength: 4 }) }),
    fc.record(
      { type: fc.constant('tool_use'), id: fc.constant('toolu_1'), name: fc.constant('f'), input: odd },
      { requiredKeys: ['type'] },
    ),
    fc.record({ type: fc.constantFrom('server_tool_use', 'web_search_tool_result', 'x_new_block'), id: fc.string(), content: odd }),
    odd,
  );
  const usage = fc.record(
    { input_tokens: fc.oneof(fc.nat(), odd), output_tokens: fc.oneof(fc.nat(), odd), cache_read_input_tokens: fc.nat(), x_geo: odd },
    { requiredKeys: [] },
  );
  const message = fc.record(
    {
      id: fc.oneof(fc.constant('msg_1'), odd),
      type: fc.oneof(fc.constant('message'), odd),
      role: fc.oneof(fc.constant('assistant'), odd),
      content: fc.oneof({ weight: 4, arbitrary: fc.array(block, { maxLength: 3 }) }, odd),
      model: fc.oneof(fc.constant('claude-x'), odd),
      stop_reason: fc.oneof(fc.constantFrom('end_turn', 'tool_use', null), odd),
      stop_sequence: fc.constant(null),
      usage: fc.oneof({ weight: 4, arbitrary: usage }, odd),
      x_extra: odd,
    },
    { requiredKeys: [] },
  );
  const errorBody = fc.record(
    {
      type: fc.oneof(fc.constant('error'), odd),
      error: fc.oneof(fc.record({ type: fc.oneof(fc.constant('api_error'), odd), message: fc.oneof(fc.string(), odd), x: odd }), odd),
      request_id: odd,
    },
    { requiredKeys: [] },
  );
  const body = fc.oneof({ weight: 4, arbitrary: message }, { weight: 2, arbitrary: errorBody }, odd);

  it('decode as when scanned first (or are left to it when too deep), at status 200 and 500', () => {
    fc.assert(
      fc.property(body, fc.constantFrom(200, 500), (value, status) => {
        const text = JSON.stringify(value);
        const options = optionsForStatus(status);
        const expected = scannedFirst(text, options);
        const parts = unscanned(text, options);
        if (parts === undefined) expect(expected.issues.map((issue) => issue.message)).toEqual([TOO_DEEP]);
        else expect(parts).toEqual(expected);
      }),
      { numRuns: 1000 },
    );
  });
});
