import { describe, expect, it } from 'vitest';
import { decodeResponseBody } from '../../decodeBody';
import { decodeExchange } from '../../decodeExchange';
import type { DecodedExchange, NormalizedReasoningBlock, NormalizedToolCall, NormalizedUsage } from '../../model';
import { formatFixtureNames, readFormatFixture } from '../../../testing/fixtureFiles';
import { bareChatExchange } from '../../../testing/exchanges';

/**
 * Every data stream of ../shared/fixtures/formats/ai-sdk-data (the `*-textstream-*` bodies there
 * are ai-sdk-text's, tested in ../ai-sdk-text), with what its lines say, read by hand from each
 * file: `0:` joined, `g:` joined, tool calls from `9:` (or `b:`/`c:`), id from the first `f:`,
 * finish reason and usage from `d:`, the `3:` error, done when a `d:` line came and no error.
 */

interface Ends {
  readonly startsWith: string;
  readonly endsWith: string;
}

interface Expected {
  readonly id: string | null;
  readonly content: string | null | Ends;
  readonly reasoning?: string | Ends;
  readonly blocks?: NormalizedReasoningBlock[];
  readonly toolCalls?: NormalizedToolCall[];
  readonly finish: string | null;
  readonly usage: NormalizedUsage | null;
  readonly error: string | null;
  readonly done: boolean;
  readonly events: number;
  /** No completion at all: the body is one `3:` line. */
  readonly noCompletion?: true;
}

const call = (id: string, name: string, args: string): NormalizedToolCall => ({
  id,
  type: 'function',
  function: { name, arguments: args },
});
const usage = (prompt: number | null, completion: number | null): NormalizedUsage => ({
  prompt_tokens: prompt,
  completion_tokens: completion,
  total_tokens: null,
});

const ANTHROPIC_THINKING =
  'This is a straightforward question about pedestrian safety. I should provide clear, helpful advice about how to safely cross a street. This is basic safety information that could help prevent accidents.';

const QUOTA =
  'You exceeded your current quota, please check your plan and billing details. For more information on this error, read the docs: https://platform.openai.com/docs/guides/error-codes/api-errors.';

const EXPECTED: Record<string, Expected> = {
  'anthropic-data-thinking-1.txt': {
    id: 'msg-GF0eRz2VWbQY4HDj953ugnGj',
    content: {
      startsWith: 'Here are the basic steps for safely crossing the street:\n\n**At intersections with traffic lights:**',
      endsWith: 'when crossing streets.',
    },
    reasoning: ANTHROPIC_THINKING,
    finish: 'stop',
    usage: usage(43, 282),
    error: null,
    done: true,
    events: 113,
  },
  'anthropic-data-toolcall-1.txt': {
    id: 'msg-nL65Ezp8RwOxbnzYpfdq5a2O',
    content: null,
    toolCalls: [
      call('toolu_01KFbKqPYSuAKujiL6mTfzYA', 'json', '{"elements":[{"location":"San Francisco","temperature":58,"condition":"sunny"}]}'),
    ],
    finish: 'tool-calls',
    usage: usage(849, 47),
    error: null,
    done: true,
    events: 8,
  },
  'gemini-data-text-1.txt': {
    id: 'msg-I4GZoTWPMD0LXx0kOvVTmVpw',
    content: 'The capital of France is Paris.\n',
    finish: 'stop',
    usage: usage(13, 8),
    error: null,
    done: true,
    events: 6,
  },
  'gemini-data-thoughts-1.txt': {
    id: 'msg-mim9YmRP8joFI1dmHFfSkE2z',
    content: {
      startsWith: 'This is a great question! Safely crossing the street is all about being aware and predictable.',
      endsWith: 'Always assume a driver might not see you.',
    },
    reasoning: {
      startsWith: "**Clarifying User Goals**\n\nI'm currently focused",
      endsWith: 'regardless of specific circumstances or locations.\n\n\n',
    },
    finish: 'stop',
    usage: usage(34, 469),
    error: null,
    done: true,
    events: 26,
  },
  'library-data-reasoning-parts-1.txt': {
    id: 'msg-0',
    content: 'Hi there!',
    reasoning: 'I will open the conversation with witty banter. Once the user has relaxed, I will pry for valuable information.',
    blocks: [
      { type: 'reasoning', text: 'I will open the conversation with witty banter. ', signature: '1234567890' },
      { type: 'redacted_reasoning', data: 'redacted-reasoning-data' },
      { type: 'reasoning', text: 'Once the user has relaxed, I will pry for valuable information.', signature: '1234567890' },
    ],
    finish: 'stop',
    usage: usage(3, 10),
    error: null,
    done: true,
    events: 12,
  },
  'library-data-streamdata-1.txt': {
    id: 'msg-0',
    content: 'Hello, world!',
    finish: 'stop',
    usage: usage(3, 10),
    error: null,
    done: true,
    events: 7,
  },
  'openai-data-error-http429-1.txt': {
    id: null,
    content: null,
    finish: null,
    usage: null,
    error: QUOTA,
    done: false,
    events: 1,
    noCompletion: true,
  },
  'openai-data-error-stream-1.txt': {
    id: 'msg-XIIyYjyyWCxhfrCQObHAtwHt',
    content: null,
    finish: 'unknown',
    usage: usage(null, null),
    error: 'An error occurred.',
    done: false,
    events: 4,
  },
  'openai-data-text-1.txt': {
    id: 'msg-ld8xBXFlRWt2y5f1VZyeOC6t',
    content: 'The capital of France is Paris.',
    finish: 'stop',
    usage: usage(278, 9),
    error: null,
    done: true,
    events: 10,
  },
  'openai-data-tool-2steps-1.txt': {
    id: 'msg-Dw7wp3dEeWAqReAAFS1Bj1j7',
    content: 'The capital of France is Paris.',
    // The route ran the tool: its a: line's result "Paris" goes with the call.
    toolCalls: [{ ...call('call_kL0PCQV7M2WMoVX8V8OtYSAL', 'get_capital', '{"country":"France"}'), result: '"Paris"' }],
    // The d: line sums both steps (255 + 278, 16 + 9); the last e: says 278 and 9.
    finish: 'stop',
    usage: usage(533, 25),
    error: null,
    done: true,
    events: 21,
  },
  'openai-data-toolcall-client-1.txt': {
    id: 'msg-q0O0wRXeuOPKuLOtTCt540I1',
    content: null,
    toolCalls: [call('call_kL0PCQV7M2WMoVX8V8OtYSAL', 'get_capital', '{"country":"France"}')],
    finish: 'tool-calls',
    usage: usage(255, 16),
    error: null,
    done: true,
    events: 4,
  },
};

const expectText = (actual: string | null | undefined, expected: string | null | Ends | undefined): void => {
  if (expected === undefined || expected === null || typeof expected === 'string') {
    expect(actual).toBe(expected);
    return;
  }
  expect(actual?.startsWith(expected.startsWith)).toBe(true);
  expect(actual?.endsWith(expected.endsWith)).toBe(true);
};

const expectDecoded = (decoded: DecodedExchange, expected: Expected): void => {
  expect(decoded.format).toBe('ai-sdk-data');
  expect(decoded.error?.message ?? null).toBe(expected.error);
  expect(decoded.stream?.done).toBe(expected.done);
  expect(decoded.stream?.events).toBe(expected.events);
  const errors = decoded.issues.filter((issue) => issue.severity === 'error');
  expect(errors.map((issue) => issue.message)).toEqual(expected.error === null ? [] : [`the stream reported an error: ${expected.error}`]);
  if (expected.noCompletion === true) {
    expect(decoded.completion).toBeNull();
    return;
  }
  const choice = decoded.completion?.choices[0];
  expect(decoded.completion?.choices).toHaveLength(1);
  expect(decoded.completion?.id).toBe(expected.id);
  expect(decoded.completion?.model).toBeNull();
  expectText(choice?.message.content, expected.content);
  expectText(choice?.message.reasoning, expected.reasoning);
  if (expected.blocks !== undefined) expect(choice?.message.reasoning_blocks).toEqual(expected.blocks);
  expect(choice?.message.tool_calls).toEqual(expected.toolCalls);
  expect(choice?.finish_reason).toBe(expected.finish);
  expect(decoded.completion?.usage).toEqual(expected.usage);
};

const dataStreamNames = (): string[] => formatFixtureNames('ai-sdk-data').filter((name) => !name.includes('-textstream-'));

describe('ai-sdk-data corpus: every recorded data stream decodes to what its lines say', () => {
  it('has an expectation for every data stream in the folder', () => {
    expect(dataStreamNames().sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const [name, expected] of Object.entries(EXPECTED)) {
    it(`${name}, as a lone body`, () => {
      expectDecoded(decodeResponseBody(readFormatFixture('ai-sdk-data', name)), expected);
    });

    it(`${name}, as captured from a v4 useChat route (the headers SOURCES.tsv lists)`, () => {
      const exchange = bareChatExchange({
        url: 'https://app.example.com/api/chat',
        mimeType: 'text/plain',
        responseHeaders: [
          { name: 'content-type', value: 'text/plain; charset=utf-8' },
          { name: 'x-vercel-ai-data-stream', value: 'v1' },
        ],
        requestBody: JSON.stringify({
          messages: [
            { role: 'user', content: 'What is the capital of France?', parts: [{ type: 'text', text: 'What is the capital of France?' }] },
          ],
        }),
        body: readFormatFixture('ai-sdk-data', name),
      });
      const decoded = decodeExchange(exchange);
      expect(decoded).not.toBeNull();
      if (decoded !== null) expectDecoded(decoded, expected);
      expect(decoded?.request?.conversation).toEqual([{ role: 'user', content: 'What is the capital of France?' }]);
    });
  }

  it('signs the Anthropic thinking with its j: signature', () => {
    const blocks = decodeResponseBody(readFormatFixture('ai-sdk-data', 'anthropic-data-thinking-1.txt')).completion?.choices[0]?.message
      .reasoning_blocks;
    expect(blocks).toHaveLength(1);
    expect(blocks?.[0]?.text).toBe(ANTHROPIC_THINKING);
    expect(blocks?.[0]?.signature?.startsWith('EvMCCkYICxgCKkCHP2cSuEdc')).toBe(true);
    expect(blocks?.[0]?.signature?.endsWith('vP/UhjfQYAQ==')).toBe(true);
  });

  it('says the null counts of a failed step are not reported, as warnings', () => {
    const decoded = decodeResponseBody(readFormatFixture('ai-sdk-data', 'openai-data-error-stream-1.txt'));
    const warnings = decoded.issues.filter((issue) => issue.severity === 'warning').map((issue) => issue.path);
    expect(warnings).toEqual(['events[2].usage.promptTokens', 'events[2].usage.completionTokens']);
  });

  it('lists the data part as an extension', () => {
    expect(decodeResponseBody(readFormatFixture('ai-sdk-data', 'library-data-streamdata-1.txt')).extensions).toEqual([
      { path: 'data', value: ['stream-data-value'], occurrences: 1 },
    ]);
  });

  it("attaches the route's a: tool result to its call, as the UI stream's tool-output-available is, not as an extension", () => {
    // Line 10: a:{"toolCallId":"call_kL0PCQV7M2WMoVX8V8OtYSAL","result":"Paris"}, after the 9: call get_capital {"country":"France"}.
    const decoded = decodeResponseBody(readFormatFixture('ai-sdk-data', 'openai-data-tool-2steps-1.txt'));
    expect(decoded.completion?.choices[0]?.message.tool_calls).toEqual([
      {
        id: 'call_kL0PCQV7M2WMoVX8V8OtYSAL',
        type: 'function',
        function: { name: 'get_capital', arguments: '{"country":"France"}' },
        result: '"Paris"',
      },
    ]);
    expect(decoded.extensions).toEqual([]);
  });

  it('lists one event per line for the Timing tab, named as the protocol names its parts', () => {
    const events = decodeResponseBody(readFormatFixture('ai-sdk-data', 'openai-data-toolcall-client-1.txt')).stream?.eventList;
    expect(events?.map((event) => event.event)).toEqual(['start_step', 'tool_call', 'finish_step', 'finish_message']);
    expect(events?.[0]?.data).toBe('{"messageId":"msg-q0O0wRXeuOPKuLOtTCt540I1"}');
  });
});
