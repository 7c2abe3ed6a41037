import { describe, expect, it } from 'vitest';
import { decodeResponseBody } from '../../decodeBody';
import { decodeExchange } from '../../decodeExchange';
import type { DecodedExchange, NormalizedServerTool, NormalizedToolCall, NormalizedUsage } from '../../model';
import { formatFixtureNames, readFormatFixture } from '../../../testing/fixtureFiles';
import { bareChatExchange } from '../../../testing/exchanges';

/**
 * Every UI message stream of ../shared/fixtures/formats/ai-sdk-ui, with what its bytes say, read
 * by hand from each file (SOURCES.tsv says how each was made): the text-deltas joined, the
 * reasoning-deltas joined, the tool calls, the finish part's finishReason, usage only where the
 * app's messageMetadata carried it, the error part's errorText, done only for `finish` then
 * `[DONE]` without an error part.
 */

/** A long text checked by how it starts and ends (written out from the file's first and last deltas). */
interface Ends {
  readonly startsWith: string;
  readonly endsWith: string;
}

interface Expected {
  readonly content: string | null | Ends;
  readonly reasoning?: string | Ends;
  readonly toolCalls?: NormalizedToolCall[];
  readonly serverTools?: NormalizedServerTool[];
  readonly finish: string | null;
  readonly usage: NormalizedUsage | null;
  readonly error: string | null;
  readonly done: boolean;
  readonly events: number;
}

const call = (id: string, name: string, args: string): NormalizedToolCall => ({
  id,
  type: 'function',
  function: { name, arguments: args },
});

const ANTHROPIC_THINKING =
  'This is a straightforward question about pedestrian safety. I should provide clear, helpful advice about how to safely cross a street. This is basic safety information that could help prevent accidents.';

const EXPECTED: Record<string, Expected> = {
  'anthropic-ui-error-midstream-1.sse': {
    content: 'Hello',
    finish: 'error',
    usage: null,
    error: 'An error occurred.',
    done: false,
    events: 8,
  },
  'anthropic-ui-thinking-1.sse': {
    content: {
      startsWith: 'Here are the basic steps for safely crossing the street:\n\n**At intersections with traffic lights:**',
      endsWith: 'Always prioritize safety over speed when crossing streets.',
    },
    reasoning: ANTHROPIC_THINKING,
    finish: 'stop',
    usage: null,
    error: null,
    done: true,
    events: 119,
  },
  'anthropic-ui-toolcall-client-1.sse': {
    content: null,
    toolCalls: [
      call('toolu_01KFbKqPYSuAKujiL6mTfzYA', 'json', '{"elements":[{"location":"San Francisco","temperature":58,"condition":"sunny"}]}'),
    ],
    finish: 'tool-calls',
    usage: null,
    error: null,
    done: true,
    events: 9,
  },
  'gemini-ui-text-usage-1.sse': {
    content: 'The capital of France is Paris.\n',
    finish: 'stop',
    usage: { prompt_tokens: 13, completion_tokens: 8, total_tokens: 21 },
    error: null,
    done: true,
    events: 10,
  },
  'library-ui-error-masked-1.sse': { content: null, finish: 'error', usage: null, error: 'An error occurred.', done: false, events: 6 },
  'openai-ui-error-stream-1.sse': { content: null, finish: 'unknown', usage: null, error: 'An error occurred.', done: false, events: 6 },
  'openai-ui-reasoning-1.sse': {
    content: { startsWith: "I'm not", endsWith: ' safe!' },
    reasoning: { startsWith: '**Providing street crossing', endsWith: '!' },
    finish: 'stop',
    usage: null,
    error: null,
    done: true,
    events: 669,
  },
  'openai-ui-text-1.sse': { content: 'The capital of France is Paris.', finish: 'stop', usage: null, error: null, done: true, events: 14 },
  'openai-ui-tool-2steps-usage-1.sse': {
    content: 'The capital of France is Paris.',
    // The route ran get_capital itself: tool-output-available {"output":"Paris"} (JSON text "\"Paris\"").
    toolCalls: [{ ...call('call_kL0PCQV7M2WMoVX8V8OtYSAL', 'get_capital', '{"country":"France"}'), result: '"Paris"' }],
    finish: 'stop',
    usage: { prompt_tokens: 533, completion_tokens: 25, total_tokens: 558 },
    error: null,
    done: true,
    events: 24,
  },
  'openai-ui-toolcall-client-1.sse': {
    content: null,
    toolCalls: [call('call_kL0PCQV7M2WMoVX8V8OtYSAL', 'get_capital', '{"country":"France"}')],
    finish: 'tool-calls',
    usage: null,
    error: null,
    done: true,
    events: 12,
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
  expect(decoded.format).toBe('ai-sdk-ui');
  const choice = decoded.completion?.choices[0];
  expect(decoded.completion?.choices).toHaveLength(1);
  expectText(choice?.message.content, expected.content);
  expectText(choice?.message.reasoning, expected.reasoning);
  expect(choice?.message.tool_calls).toEqual(expected.toolCalls);
  expect(choice?.message.server_tools).toEqual(expected.serverTools);
  expect(choice?.finish_reason).toBe(expected.finish);
  expect(decoded.completion?.usage).toEqual(expected.usage);
  expect(decoded.error?.message ?? null).toBe(expected.error);
  expect(decoded.stream?.done).toBe(expected.done);
  expect(decoded.stream?.events).toBe(expected.events);
  // No start part in the corpus carries a messageId, and no app put a model in its metadata.
  expect(decoded.completion?.id).toBeNull();
  expect(decoded.completion?.model).toBeNull();
  // The only errors are the streams' own error parts.
  const errors = decoded.issues.filter((issue) => issue.severity === 'error');
  expect(errors.map((issue) => issue.message)).toEqual(expected.error === null ? [] : [`the stream reported an error: ${expected.error}`]);
};

describe('ai-sdk-ui corpus: every recorded body decodes to what its bytes say', () => {
  it('has an expectation for every file in the folder', () => {
    expect(formatFixtureNames('ai-sdk-ui').sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const [name, expected] of Object.entries(EXPECTED)) {
    it(`${name}, as a lone body`, () => {
      expectDecoded(decodeResponseBody(readFormatFixture('ai-sdk-ui', name)), expected);
    });

    it(`${name}, as captured from a useChat route (the headers SOURCES.tsv lists)`, () => {
      const exchange = bareChatExchange({
        url: 'http://localhost:3000/api/chat',
        mimeType: 'text/event-stream',
        responseHeaders: [
          { name: 'content-type', value: 'text/event-stream' },
          { name: 'cache-control', value: 'no-cache' },
          { name: 'connection', value: 'keep-alive' },
          { name: 'x-vercel-ai-ui-message-stream', value: 'v1' },
          { name: 'x-accel-buffering', value: 'no' },
        ],
        requestBody: JSON.stringify({
          id: 'chat-1',
          messages: [{ id: 'm1', role: 'user', parts: [{ type: 'text', text: 'What is the capital of France?' }] }],
          trigger: 'submit-message',
        }),
        body: readFormatFixture('ai-sdk-ui', name),
      });
      const decoded = decodeExchange(exchange);
      expect(decoded).not.toBeNull();
      if (decoded !== null) expectDecoded(decoded, expected);
      expect(decoded?.request?.conversation).toEqual([{ role: 'user', content: 'What is the capital of France?' }]);
    });
  }

  it('keeps the Anthropic signature on its reasoning block', () => {
    const message = decodeResponseBody(readFormatFixture('ai-sdk-ui', 'anthropic-ui-thinking-1.sse')).completion?.choices[0]?.message;
    expect(message?.reasoning_blocks).toHaveLength(1);
    expect(message?.reasoning_blocks?.[0]?.type).toBe('reasoning');
    expect(message?.reasoning_blocks?.[0]?.text).toBe(ANTHROPIC_THINKING);
    expect(message?.reasoning_blocks?.[0]?.signature?.startsWith('EvMCCkYICxgCKkCHP2cSuEdc')).toBe(true);
    expect(message?.reasoning_blocks?.[0]?.signature?.endsWith('vP/UhjfQYAQ==')).toBe(true);
  });

  it("keeps OpenAI's four reasoning items apart, each with its encrypted content (the last one sent wins)", () => {
    const blocks = decodeResponseBody(readFormatFixture('ai-sdk-ui', 'openai-ui-reasoning-1.sse')).completion?.choices[0]?.message
      .reasoning_blocks;
    expect(blocks).toHaveLength(4);
    expect(blocks?.[0]?.text?.startsWith('**Providing street crossing')).toBe(true);
    expect(blocks?.[0]?.data?.startsWith('gAAAAABoxC0dvsKe9_yf1eFt')).toBe(true);
    expect(blocks?.[3]?.text?.endsWith('!')).toBe(true);
    expect(blocks?.[3]?.data?.startsWith('gAAAAABoxC0m_QWpOlSt8wyPk')).toBe(true);
  });

  it('gives a tool the route ran its output as the call’s result, not as an extension', () => {
    const decoded = decodeResponseBody(readFormatFixture('ai-sdk-ui', 'openai-ui-tool-2steps-usage-1.sse'));
    expect(decoded.completion?.choices[0]?.message.tool_calls?.[0]?.result).toBe('"Paris"');
    expect(decoded.extensions ?? []).toEqual([]);
  });

  it('lists every event for the Timing tab under its part type', () => {
    const events = decodeResponseBody(readFormatFixture('ai-sdk-ui', 'openai-ui-toolcall-client-1.sse')).stream?.eventList;
    expect(events?.map((event) => event.event)).toEqual([
      'start',
      'start-step',
      'tool-input-start',
      'tool-input-delta',
      'tool-input-delta',
      'tool-input-delta',
      'tool-input-delta',
      'tool-input-delta',
      'tool-input-available',
      'finish-step',
      'finish',
      undefined,
    ]);
    expect(events?.[11]?.data).toBe('[DONE]');
  });
});
