import { describe, expect, it } from 'vitest';
import { decodeExchange, decodeResponseBody } from '../../index';
import type { DecodedExchange, NormalizedMessage } from '../../index';
import { bareChatExchange } from '../../../testing/exchanges';
import { formatFixtureNames, readFormatFixture } from '../../../testing/fixtureFiles';

/**
 * Every recorded Anthropic body (../shared/fixtures/formats/anthropic-messages, see its
 * SOURCES.tsv). Each expected value was read from the file's bytes by hand: texts joined from the
 * deltas as they appear, counts from the usage objects, event counts from the `data:` lines.
 */

const FORMAT = 'anthropic-messages';

type Text = string | null | { readonly start: string; readonly end: string };

interface Expected {
  readonly kind: DecodedExchange['kind'];
  readonly conforms: boolean;
  readonly warningsAt?: readonly string[];
  readonly id?: string;
  readonly model?: string;
  readonly finish?: string | null;
  readonly content?: Text;
  /** undefined: no reasoning at all. */
  readonly reasoning?: Text;
  readonly reasoningBlocks?: readonly { readonly type: string; readonly text?: Text; readonly signature?: Text; readonly data?: Text }[];
  readonly tools?: readonly (readonly [id: string, name: string, args: string])[];
  /** [prompt, completion, total, cache_read, cache_creation] */
  readonly usage?: readonly [number | null, number | null, null, number?, number?];
  readonly thinkingTokens?: number;
  readonly stream?: { readonly events: number; readonly done: boolean };
  readonly error?: { readonly message: string; readonly type: string };
}

const expectText = (actual: string | null | undefined, expected: Text | undefined, what: string): void => {
  if (expected === undefined || expected === null || typeof expected === 'string') {
    expect(actual, what).toBe(expected);
    return;
  }
  expect(actual?.startsWith(expected.start), `${what} starts with ${JSON.stringify(expected.start)}`).toBe(true);
  expect(actual?.endsWith(expected.end), `${what} ends with ${JSON.stringify(expected.end)}`).toBe(true);
};

const thinkingStreamText =
  'This is a straightforward question about pedestrian safety. I should provide clear, helpful advice about how to safely cross a street. This is basic safety information that could help prevent accidents.';

const redactedStreamText =
  "I notice that you've sent what appears to be some kind of test string or command. I don't have any special \"magic string\" triggers or backdoor commands that would expose internal systems or change my behavior.\n\nI'm Claude, an AI assistant created by Anthropic to be helpful, harmless, and honest. How can I assist you today with a legitimate task or question?";

/** The four text blocks of the web search stream, each joined from its text_delta events. */
const searchBlocks = [
  'Let me search for a significant historical event that occurred on September 18th.',
  "Here's one notable historical event that occurred on September 18th: ",
  'On September 18, 1793, President George Washington marked the location for the Capitol Building in Washington DC, and he would return periodically to oversee its construction personally',
  '.',
] as const;

const expectations: Record<string, Expected> = {
  'anthropic-error-400-1.json': {
    kind: 'error',
    conforms: true,
    error: {
      message: "This model does not support effort level 'xhigh'. Supported levels: high, low, max, medium.",
      type: 'invalid_request_error',
    },
  },
  'anthropic-error-529-1.json': { kind: 'error', conforms: true, error: { message: 'Overloaded', type: 'overloaded_error' } },
  'anthropic-json-text-1.json': {
    kind: 'completion',
    conforms: true,
    id: 'msg_01VdEjxAP5ahtHKrrRdNBteQ',
    model: 'claude-sonnet-4-5-20250929',
    finish: 'end_turn',
    content: "Hello! I'm doing well, thanks for asking. How are you doing today? Is there anything I can help you with?",
    usage: [12, 29, null, 0, 0],
  },
  'anthropic-json-thinking-1.json': {
    kind: 'completion',
    conforms: true,
    id: 'msg_011CdMNhurHSJCxCC2NB7WYc',
    model: 'claude-opus-5',
    finish: 'end_turn',
    content: {
      start: '## Step 1: Set up the problem\n\nWe want all values of $x$',
      end: 'All three relations hold, independently confirming the answer.',
    },
    reasoning: {
      start: 'I need to find all roots of this cubic polynomial and verify them.',
      end: 'since a degree 3 polynomial has exactly 3 roots.',
    },
    reasoningBlocks: [
      {
        type: 'thinking',
        text: { start: 'I need to find all roots', end: 'exactly 3 roots.' },
        signature: { start: 'CAISqwQKhwEIEBgCKkAciZInI2gc', end: 'LcPlIdLrLIq9yWz7dcYAQ==' },
      },
    ],
    usage: [51, 1699, null, 0, 0],
    thinkingTokens: 139,
  },
  // No stop_sequence in this recording (the docs always send it): a warning, not an error.
  'anthropic-json-toolcall-1.json': {
    kind: 'completion',
    conforms: true,
    warningsAt: ['stop_sequence'],
    id: 'msg_0191iYfpERYfS27xLsdW2nbb',
    model: 'claude-haiku-4-5-20251001',
    finish: 'tool_use',
    content: null,
    tools: [
      [
        'toolu_01Q9ExVZnzZj7E2QQYHYtNUa',
        'json',
        JSON.stringify({
          elements: [
            { location: 'San Francisco', temperature: -5, condition: 'snowy' },
            { location: 'London', temperature: 0, condition: 'snowy' },
            { location: 'Paris', temperature: 23, condition: 'cloudy' },
            { location: 'Berlin', temperature: -9, condition: 'snowy' },
          ],
        }),
      ],
    ],
    usage: [1151, 87, null, 0, 0],
  },
  // One text delta, then `event: error` (overloaded) and the end: no message_stop.
  'anthropic-stream-error-1.sse': {
    kind: 'stream',
    conforms: false,
    id: 'msg_01KfpJoAEabmH2iHRRFjQMAG',
    model: 'claude-3-haiku-20240307',
    finish: null,
    content: 'Hello',
    usage: [17, 1, null],
    stream: { events: 4, done: false },
    error: { message: 'Overloaded', type: 'overloaded_error' },
  },
  'anthropic-stream-redacted-thinking-1.sse': {
    kind: 'stream',
    conforms: true,
    id: 'msg_018XZkwvj9asBiffg3fXt88s',
    model: 'claude-sonnet-4-5-20250929',
    finish: 'end_turn',
    content: redactedStreamText,
    reasoningBlocks: [
      { type: 'redacted_thinking', data: { start: 'EqkECkYIBxgCKkA8AZ4noDfV', end: 'd4ewJ/hgB' } },
      { type: 'redacted_thinking', data: { start: 'EtgBCkYIBxgCKkDQfGkwzflE', end: 'RYdZ1J0GAE=' } },
    ],
    usage: [92, 189, null, 0, 0],
    stream: { events: 27, done: true },
  },
  'anthropic-stream-text-1.sse': {
    kind: 'stream',
    conforms: true,
    id: 'msg_018E1hg8GoVTGEKQY3ovMcSJ',
    model: 'claude-sonnet-4-5-20250929',
    finish: 'end_turn',
    content: '2',
    usage: [20, 5, null, 0, 0],
    stream: { events: 7, done: true },
  },
  'anthropic-stream-thinking-1.sse': {
    kind: 'stream',
    conforms: true,
    id: 'msg_01ALwQ87pTS7hH1PjSdC9wJD',
    model: 'claude-sonnet-4-20250514',
    finish: 'end_turn',
    content: {
      start:
        'Here are the basic steps for safely crossing the street:\n\n**At intersections with traffic lights:**\n- Wait for the pedestrian "Walk" signal',
      end: 'Always prioritize safety over speed when crossing streets.',
    },
    reasoning: thinkingStreamText,
    reasoningBlocks: [{ type: 'thinking', text: thinkingStreamText, signature: { start: 'EvMCCkYICxgCKkCHP2cS', end: '/UhjfQYAQ==' } }],
    usage: [43, 282, null, 0, 0],
    stream: { events: 118, done: true },
  },
  // The first input_json_delta is empty; the arguments are the two others joined as sent.
  'anthropic-stream-toolcall-1.sse': {
    kind: 'stream',
    conforms: true,
    id: 'msg_01K2JbSUMYhez5RHoK9ZCj9U',
    model: 'claude-haiku-4-5-20251001',
    finish: 'tool_use',
    content: null,
    tools: [
      ['toolu_01KFbKqPYSuAKujiL6mTfzYA', 'json', '{"elements": [{"location": "San Francisco", "temperature": 58, "condition": "sunny"}]}'],
    ],
    usage: [849, 47, null, 0, 0],
    stream: { events: 9, done: true },
  },
  // message_start says input_tokens 2694, message_delta restates 12957: the last value wins.
  'anthropic-stream-websearch-1.sse': {
    kind: 'stream',
    conforms: true,
    id: 'msg_01GTUGFBnF2aWeZJjz8Ate5v',
    model: 'claude-sonnet-4-5-20250929',
    finish: 'end_turn',
    content: searchBlocks.join(''),
    usage: [12957, 152, null, 0, 0],
    stream: { events: 40, done: true },
  },
};

const statusOf = (name: string): number => Number(/-error-(\d{3})-/.exec(name)?.[1] ?? 200);

const checkMessage = (message: NormalizedMessage | undefined, expected: Expected): void => {
  if ('content' in expected) expectText(message?.content, expected.content, 'content');
  expectText(message?.reasoning, expected.reasoning, 'reasoning');
  const blocks = message?.reasoning_blocks;
  if (expected.reasoningBlocks === undefined) expect(blocks, 'reasoning blocks').toBeUndefined();
  else {
    expect(
      blocks?.map((block) => block.type),
      'reasoning block types',
    ).toEqual(expected.reasoningBlocks.map((block) => block.type));
    expected.reasoningBlocks.forEach((block, i) => {
      expectText(blocks?.[i]?.text, block.text, `reasoning block ${i} text`);
      expectText(blocks?.[i]?.signature, block.signature, `reasoning block ${i} signature`);
      expectText(blocks?.[i]?.data, block.data, `reasoning block ${i} data`);
    });
  }
  const tools = message?.tool_calls?.map((call) => [call.id, call.function.name, call.function.arguments]);
  expect(tools, 'tool calls').toEqual(expected.tools);
};

describe('anthropic-messages: every recorded body, read by hand', () => {
  it('has an expectation for each body in the folder', () => {
    expect(Object.keys(expectations).sort()).toEqual(formatFixtureNames(FORMAT));
  });

  for (const [name, expected] of Object.entries(expectations)) {
    it(name, () => {
      const decoded = decodeResponseBody(readFormatFixture(FORMAT, name), { status: statusOf(name) });
      const errors = decoded.issues.filter((issue) => issue.severity === 'error');
      const warnings = decoded.issues.filter((issue) => issue.severity === 'warning').map((issue) => issue.path);
      expect(decoded.format, 'format').toBe(FORMAT);
      expect(decoded.kind, 'kind').toBe(expected.kind);
      expect(decoded.conforms, `conforms (errors: ${JSON.stringify(errors)})`).toBe(expected.conforms);
      expect(warnings, 'warnings').toEqual(expected.warningsAt ?? []);
      if (expected.stream === undefined) expect(decoded.stream, 'stream').toBeNull();
      else expect({ events: decoded.stream?.events, done: decoded.stream?.done }, 'stream').toEqual(expected.stream);
      if (expected.error === undefined) expect(decoded.error, 'error').toBeNull();
      else expect(decoded.error, 'error').toEqual(expected.error);
      if (expected.id === undefined) {
        expect(decoded.completion, 'completion').toBeNull();
        return;
      }
      const completion = decoded.completion;
      expect(completion?.id, 'id').toBe(expected.id);
      expect(completion?.model, 'model').toBe(expected.model);
      expect(completion?.object, 'object').toBe('message');
      expect(completion?.choices.length, 'choices').toBe(1);
      expect(completion?.choices[0]?.finish_reason, 'stop_reason').toBe(expected.finish);
      checkMessage(completion?.choices[0]?.message, expected);
      const usage = completion?.usage;
      const [prompt, output, total, cacheRead, cacheCreation] = expected.usage ?? [];
      expect([usage?.prompt_tokens, usage?.completion_tokens, usage?.total_tokens], 'usage').toEqual([prompt, output, total]);
      const details =
        cacheRead === undefined ? undefined : { cache_read_input_tokens: cacheRead, cache_creation_input_tokens: cacheCreation };
      expect(usage?.prompt_tokens_details, 'usage details').toEqual(details);
      expect(usage?.completion_tokens_details, 'thinking tokens').toEqual(
        expected.thinkingTokens === undefined ? undefined : { thinking_tokens: expected.thinkingTokens },
      );
    });
  }
});

describe('anthropic-messages: what only some bodies have', () => {
  it('the web search stream: the server tool with its query and results, never a tool call, and its citation', () => {
    const decoded = decodeResponseBody(readFormatFixture(FORMAT, 'anthropic-stream-websearch-1.sse'));
    const message = decoded.completion?.choices[0]?.message;
    expect(message?.tool_calls).toBeUndefined();
    const tools = message?.server_tools ?? [];
    expect(tools.map((tool) => [tool.id, tool.name, tool.arguments])).toEqual([
      ['srvtoolu_01YLw6GUgmvf8St291AYNWPX', 'web_search', '{"query": "significant historical events September 18 in history"}'],
    ]);
    const results: unknown = JSON.parse(tools[0]?.result ?? 'null');
    expect(Array.isArray(results) ? results.length : 0, 'search results').toBe(10);
    expect(Array.isArray(results) ? results[0] : undefined).toMatchObject({
      type: 'web_search_result',
      title: 'What Happened on September 18 | HISTORY',
      url: 'https://www.history.com/this-day-in-history/september-18',
    });
    // The citation came with the third text block: it covers that block's span of the content.
    const start = searchBlocks[0].length + searchBlocks[1].length;
    expect(message?.annotations).toEqual([
      {
        type: 'web_search_result_location',
        url: 'https://www.thefactsite.com/day/september-18/',
        title: 'September 18: Facts & Historical Events On This Day - The Fact Site',
        start_index: start,
        end_index: start + searchBlocks[2].length,
      },
    ]);
  });

  it('the Timing tab gets named events, from the data type where the stream sent no event: line', () => {
    const decoded = decodeResponseBody(readFormatFixture(FORMAT, 'anthropic-stream-error-1.sse'));
    expect(decoded.stream?.eventList?.map((event) => event.event)).toEqual([
      'message_start',
      'content_block_start',
      'content_block_delta',
      'error',
    ]);
    const text = decodeResponseBody(readFormatFixture(FORMAT, 'anthropic-stream-text-1.sse'));
    expect(text.stream?.eventList?.map((event) => event.event)).toEqual([
      'message_start',
      'content_block_start',
      'ping',
      'content_block_delta',
      'content_block_stop',
      'message_delta',
      'message_stop',
    ]);
  });

  it('the error event is an error issue in the words Chat Completions uses', () => {
    const decoded = decodeResponseBody(readFormatFixture(FORMAT, 'anthropic-stream-error-1.sse'));
    expect(decoded.issues).toEqual([{ severity: 'error', path: 'events[3]', message: 'the stream reported an error: Overloaded' }]);
  });

  it('a stream cut before message_stop: done false, an error naming message_stop, and the text so far', () => {
    const body = readFormatFixture(FORMAT, 'anthropic-stream-text-1.sse');
    const cut = body.slice(0, body.indexOf('event: message_delta'));
    const decoded = decodeResponseBody(cut);
    expect(decoded.stream?.done).toBe(false);
    expect(decoded.completion?.choices[0]?.message.content).toBe('2');
    expect(decoded.issues).toContainEqual({
      severity: 'error',
      path: 'events',
      message: 'the stream ended without message_stop (cut or truncated)',
      expected: 'event: message_stop',
      actual: 'end of body',
    });
  });

  it('the JSON thinking body lists stop_details, which the docs do not define, as an extension', () => {
    const decoded = decodeResponseBody(readFormatFixture(FORMAT, 'anthropic-json-thinking-1.json'));
    expect(decoded.extensions).toEqual([{ path: 'stop_details', value: null }]);
  });
});

describe('anthropic-messages: a captured exchange with the real URL and headers', () => {
  const headers = [
    { name: 'content-type', value: 'application/json' },
    { name: 'anthropic-version', value: '2023-06-01' },
    { name: 'anthropic-dangerous-direct-browser-access', value: 'true' },
  ];
  for (const [name, url] of [
    ['anthropic-json-text-1.json', 'https://api.anthropic.com/v1/messages'],
    ['anthropic-stream-thinking-1.sse', 'https://api.anthropic.com/v1/messages?beta=true'],
    ['anthropic-error-529-1.json', 'https://api.anthropic.com/v1/messages'],
  ] as const) {
    it(`${name} at ${url}`, () => {
      const stream = name.endsWith('.sse');
      const decoded = decodeExchange(
        bareChatExchange({
          url,
          status: statusOf(name),
          requestHeaders: headers,
          requestBody: JSON.stringify({
            model: 'claude-sonnet-4-5',
            max_tokens: 1024,
            messages: [{ role: 'user', content: 'Hi' }],
            stream,
          }),
          mimeType: stream ? 'text/event-stream' : 'application/json',
          body: readFormatFixture(FORMAT, name),
        }),
      );
      expect(decoded?.format).toBe(FORMAT);
      expect(decoded?.request).toEqual({
        model: 'claude-sonnet-4-5',
        stream,
        messages: 1,
        conversation: [{ role: 'user', content: 'Hi' }],
      });
    });
  }
});
