import { describe, expect, it } from 'vitest';
import { decodeExchange } from '../../index';
import type { DecodedExchange, NormalizedCompletion, NormalizedMessage } from '../../index';
import { bareChatExchange } from '../../../testing/exchanges';
import { formatFixtureNames, readFormatFixture } from '../../../testing/fixtureFiles';

/**
 * Every recorded Responses API body, decoded as the panel decodes it: a CapturedExchange with the
 * provider's real URL and content type. Every expected value was read by hand from the file's
 * bytes (long texts: their first and last words and their length, counted with Python's json
 * module from the item the final event carries), never copied from the decoder's output.
 */

const OPENAI = 'https://api.openai.com/v1/responses';
const OPENROUTER = 'https://openrouter.ai/api/v1/responses';
const LM_STUDIO = 'http://localhost:1234/v1/responses';

type Text = string | null | { readonly start: string; readonly end: string; readonly length: number };

interface Expected {
  readonly url: string;
  readonly status?: number;
  readonly kind: DecodedExchange['kind'];
  readonly conforms: boolean;
  readonly id?: string;
  readonly model?: string;
  readonly finish?: string;
  readonly content?: Text;
  /** undefined: no reasoning at all. */
  readonly reasoning?: Text;
  readonly tools?: readonly (readonly [id: string, name: string, args: string])[];
  readonly serverTools?: readonly (readonly [id: string, name: string, args: unknown, result: unknown])[];
  readonly annotations?: { readonly count: number; readonly first: NonNullable<NormalizedMessage['annotations']>[number] };
  /** The encrypted reasoning each reasoning block carries: its start and length. */
  readonly blockData?: readonly (readonly [start: string, length: number] | null)[];
  readonly usage?: readonly [prompt: number, completion: number, total: number, cached: number, reasoning: number] | null;
  readonly stream?: { readonly events: number; readonly done: boolean; readonly comments: number };
  readonly error?: { readonly message: { readonly start: string }; readonly type: string; readonly code: string };
  readonly extensions?: readonly string[];
  readonly warningsAt?: readonly string[];
}

const QUOTA = 'You exceeded your current quota, please check your plan and billing details.';

const corpus: Record<string, Expected> = {
  'lmstudio-responses-json-toolcall-1.json': {
    url: LM_STUDIO,
    kind: 'completion',
    conforms: true,
    id: 'resp_930de53bd4b5933673481fa630f3dc5f58027a2c67598a2a',
    model: 'mistralai/ministral-3-14b-reasoning',
    finish: 'completed',
    content: null,
    tools: [['call_2866856768160095', 'weather', '{"location":"San Francisco"}']],
    usage: [1189, 11, 1200, 891, 0],
    extensions: [],
  },
  'openai-responses-error-429-1.json': {
    url: OPENAI,
    status: 429,
    kind: 'error',
    conforms: true,
    error: { message: { start: QUOTA }, type: 'insufficient_quota', code: 'insufficient_quota' },
  },
  'openai-responses-json-reasoning-1.json': {
    url: OPENAI,
    kind: 'completion',
    conforms: true,
    id: 'resp_0f35ed53160b395301693cc957829881909359e7f80cdd20b5',
    model: 'gpt-5-mini-2025-08-07',
    finish: 'completed',
    content: '12 + 7 = 19\n19 × 3 = 57\n57 × 10 = 570\n\nFinal result: 570',
    reasoning: {
      start: '**Reporting final result**\n\nThe tool returned 570',
      end: "without heavy formatting. Let's finalize that!",
      length: 399,
    },
    blockData: [['gAAAAABpPMlcH0HHEv5_ozHwP5Gxz5ZLE7A8Aw7GK94', 1572]],
    usage: [865, 163, 1028, 0, 128],
    // `billing: {payer}` is in OpenAI's bodies since late 2025 but not in its API reference.
    extensions: ['billing'],
  },
  'openai-responses-json-text-1.json': {
    url: OPENAI,
    kind: 'completion',
    conforms: true,
    id: 'resp_689a0b2545288193953c892439b42e2800b2e36c65a1fd4b',
    model: 'gpt-4o-mini-2024-07-18',
    finish: 'completed',
    content:
      "I can't provide real-time updates, but you can easily check the current weather in San Francisco using a weather website or app. Typically, San Francisco has cool, foggy summers and mild winters, so it's good to be prepared for variable weather!",
    usage: [14, 50, 64, 0, 0],
    extensions: ['usage.input_tokens_details.cache_write_tokens'],
  },
  'openai-responses-json-toolcall-1.json': {
    url: OPENAI,
    kind: 'completion',
    conforms: true,
    id: 'resp_01166e06cf473fc80169ab66eaadc8819680a3e03ef7363017',
    model: 'gpt-5.4-2026-03-05',
    finish: 'completed',
    content: null,
    tools: [['call_heVrRaKZEJbsRvHvaEf5BLUI', 'get_weather', '{"location":"San Francisco, CA","unit":"fahrenheit"}']],
    usage: [461, 26, 487, 0, 0],
    extensions: ['billing'],
  },
  'openai-responses-json-websearch-1.json': {
    url: OPENAI,
    kind: 'completion',
    conforms: true,
    id: 'resp_0953eda47ee17412006933306199c88195b44f9cf2986e1d5b',
    model: 'gpt-5-mini-2025-08-07',
    finish: 'completed',
    content: {
      start: 'Short answer first — yes. I pulled several tech-news pages',
      end: 'a different keyword or company on today’s tech pages?',
      length: 3042,
    },
    // Four reasoning items, each with `summary: []`: no reasoning text.
    serverTools: [
      [
        'ws_0953eda47ee1741200693330682c988195aaa470a8cc51dfe4',
        'web_search',
        { type: 'search', query: 'tech news today December 5 2025' },
        null,
      ],
      [
        'ws_0953eda47ee17412006933306f501c8195b9d3dfba4c547834',
        'web_search',
        { type: 'open_page', url: 'https://www.theverge.com/podcast/838932/openai-chatgpt-code-red-vergecast' },
        null,
      ],
      [
        'ws_0953eda47ee1741200693330740e248195a2c77632e480424b',
        'web_search',
        { type: 'find_in_page', pattern: 'Vercel', url: 'https://www.theverge.com/podcast/838932/openai-chatgpt-code-red-vergecast' },
        null,
      ],
    ],
    annotations: {
      count: 10,
      first: {
        type: 'url_citation',
        url: 'https://www.theverge.com/podcast/838932/openai-chatgpt-code-red-vergecast',
        title: 'Why OpenAI declared a code red for ChatGPT | The Verge',
        start_index: 426,
        end_index: 517,
      },
    },
    usage: [19681, 3773, 23454, 3712, 3136],
    extensions: ['billing'],
  },
  // HTTP 200; `error` event (nested shape), then response.failed: ended, not done.
  'openai-responses-stream-error-1.sse': {
    url: OPENAI,
    kind: 'stream',
    conforms: false,
    id: 'resp_05500b38c2cd9bfc00691c7c9d222481a3b595421266dab424',
    model: 'gpt-5-nano-2025-08-07',
    finish: 'failed',
    content: null,
    usage: null,
    stream: { events: 4, done: false, comments: 0 },
    error: { message: { start: QUOTA }, type: 'insufficient_quota', code: 'insufficient_quota' },
    warningsAt: ['events[2].error'],
    extensions: [],
  },
  'openai-responses-stream-reasoning-1.sse': {
    url: OPENAI,
    kind: 'stream',
    conforms: true,
    id: 'resp_68c42d0fb418819dbfa579f69406b49508fbf9b1584184ff',
    model: 'o3-mini-2025-01-31',
    finish: 'completed',
    content: {
      start: "I'm not a road safety professional, but here are some",
      end: 'familiarize yourself with the rules specific to your area. Stay safe!',
      length: 1251,
    },
    // Four summary parts, joined with a blank line.
    reasoning: {
      start: '**Providing street crossing instructions**\n\nThe user is asking how to cross the street',
      end: 'whenever possible. It will be clear and easy to understand!',
      length: 2028,
    },
    blockData: [['gAAAAABoxC0nHQBGQ9bU', 440]],
    usage: [13, 1680, 1693, 0, 1408],
    stream: { events: 676, done: true, comments: 0 },
    extensions: [],
  },
  'openai-responses-stream-text-1.sse': {
    url: OPENAI,
    kind: 'stream',
    conforms: true,
    id: 'resp_67e554a21aa88191b65876ac5e5bbe0406c52f0e511c76ed',
    model: 'gpt-4o-2024-08-06',
    finish: 'completed',
    content: 'The capital of France is Paris.',
    usage: [278, 9, 287, 0, 0],
    stream: { events: 15, done: true, comments: 0 },
    extensions: [],
  },
  'openai-responses-stream-toolcall-1.sse': {
    url: OPENAI,
    kind: 'stream',
    conforms: true,
    id: 'resp_67e554a155508191900ee113293c4c830794405d35281ae2',
    model: 'gpt-4o-2024-08-06',
    finish: 'completed',
    content: null,
    tools: [['call_kL0PCQV7M2WMoVX8V8OtYSAL', 'get_capital', '{"country":"France"}']],
    usage: [255, 16, 271, 0, 0],
    stream: { events: 11, done: true, comments: 0 },
    extensions: [],
  },
  // Data-only SSE, a comment line first, [DONE] last; usage.cost and friends are OpenRouter's own.
  'openrouter-responses-stream-reasoning-1.sse': {
    url: OPENROUTER,
    kind: 'stream',
    conforms: true,
    id: 'gen-1764265411-Fu1iEX7h5MRWiL79lb94',
    model: 'openai/gpt-oss-20b',
    finish: 'completed',
    content: '4',
    reasoning: 'The user asks: "What is 2+2?" They expect a straightforward answer: 4. Just answer 4.',
    blockData: [null],
    usage: [78, 37, 115, 0, 22],
    stream: { events: 41, done: true, comments: 1 },
    extensions: ['response.usage.cost', 'response.usage.is_byok', 'response.usage.cost_details'],
  },
};

const exchangeOf = (name: string, expected: Expected) => {
  const stream = name.endsWith('.sse');
  const mimeType = stream ? 'text/event-stream' : 'application/json';
  return bareChatExchange({
    url: expected.url,
    status: expected.status ?? 200,
    responseHeaders: [{ name: 'content-type', value: stream ? 'text/event-stream; charset=utf-8' : 'application/json' }],
    mimeType,
    body: readFormatFixture('openai-responses', name),
  });
};

const expectText = (actual: string | null | undefined, expected: Text | undefined, what: string): void => {
  if (expected === undefined || expected === null || typeof expected === 'string') {
    expect(actual, what).toBe(expected);
    return;
  }
  expect(actual?.startsWith(expected.start), `${what} starts with ${JSON.stringify(expected.start)}`).toBe(true);
  expect(actual?.endsWith(expected.end), `${what} ends with ${JSON.stringify(expected.end)}`).toBe(true);
  expect(actual?.length, `${what} length`).toBe(expected.length);
};

const parsedJson = (text: string): unknown => JSON.parse(text);

const expectUsage = (completion: NormalizedCompletion, expected: Expected['usage']): void => {
  if (expected === undefined) return;
  if (expected === null) {
    expect(completion.usage, 'usage').toBeNull();
    return;
  }
  const [prompt, output, total, cached, reasoning] = expected;
  expect(completion.usage).toEqual({
    prompt_tokens: prompt,
    completion_tokens: output,
    total_tokens: total,
    prompt_tokens_details: { cached_tokens: cached },
    completion_tokens_details: { reasoning_tokens: reasoning },
  });
};

const expectMessage = (message: NormalizedMessage | undefined, expected: Expected): void => {
  expectText(message?.content, expected.content, 'content');
  expectText(message?.reasoning, expected.reasoning, 'reasoning');
  expect(
    message?.tool_calls?.map((call) => [call.id, call.function.name, call.function.arguments]),
    'tool calls',
  ).toEqual(expected.tools);
  expect(
    message?.server_tools?.map((tool): unknown[] => [
      tool.id,
      tool.name,
      tool.arguments === null ? null : parsedJson(tool.arguments),
      tool.result,
    ]),
    'server tools',
  ).toEqual(
    expected.serverTools?.map(([id, name, args, result]): unknown[] => [id, name, expect.objectContaining(args) as unknown, result]),
  );
  if (expected.annotations === undefined) expect(message?.annotations, 'annotations').toBeUndefined();
  else {
    expect(message?.annotations?.length, 'annotations').toBe(expected.annotations.count);
    expect(message?.annotations?.[0], 'first annotation').toEqual(expected.annotations.first);
  }
  expect(
    message?.reasoning_blocks?.map((block) => (block.data === undefined ? null : [block.data.slice(0, 20), block.data.length])),
    'reasoning blocks',
  ).toEqual(expected.blockData?.map((data) => (data === null ? null : [data[0].slice(0, 20), data[1]])));
};

describe('openai-responses: every recorded body, as decoded from its exchange', () => {
  it('has an expectation for every file in the corpus folder', () => {
    expect(formatFixtureNames('openai-responses').sort()).toEqual(Object.keys(corpus).sort());
  });

  it.each(Object.entries(corpus))('%s', (name, expected) => {
    const decoded = decodeExchange(exchangeOf(name, expected));
    expect(decoded?.format, 'format').toBe('openai-responses');
    if (decoded === null) return;
    const errors = decoded.issues.filter((issue) => issue.severity === 'error').map((issue) => `${issue.path}: ${issue.message}`);
    expect(decoded.kind, 'kind').toBe(expected.kind);
    expect(decoded.conforms, `conforms (errors: ${errors.join('; ')})`).toBe(expected.conforms);
    const warnings = decoded.issues.filter((issue) => issue.severity === 'warning').map((issue) => issue.path);
    expect(warnings, 'warnings').toEqual(expected.warningsAt ?? []);
    if (expected.stream === undefined) expect(decoded.stream, 'stream').toBeNull();
    else
      expect({ events: decoded.stream?.events, done: decoded.stream?.done, comments: decoded.stream?.comments }).toEqual(expected.stream);
    if (expected.error === undefined) expect(decoded.error, 'error').toBeNull();
    else {
      expect(decoded.error?.message.startsWith(expected.error.message.start), 'error message').toBe(true);
      expect([decoded.error?.type, decoded.error?.code], 'error type and code').toEqual([expected.error.type, expected.error.code]);
    }
    if (expected.extensions !== undefined)
      expect(decoded.extensions?.map((extension) => extension.path) ?? [], 'extensions').toEqual(expected.extensions);
    const completion = decoded.completion;
    if (expected.id === undefined) {
      expect(completion, 'completion').toBeNull();
      return;
    }
    expect(completion).not.toBeNull();
    if (completion === null) return;
    expect([completion.id, completion.object, completion.model], 'id, object, model').toEqual([expected.id, 'response', expected.model]);
    expect(completion.choices.length, 'one choice').toBe(1);
    expect(completion.choices[0]?.finish_reason, 'finish_reason').toBe(expected.finish);
    expectUsage(completion, expected.usage);
    expectMessage(completion.choices[0]?.message, expected);
  });

  it("names each OpenRouter event by its data's type, for the Timing tab (the stream has no event: lines)", () => {
    const decoded = decodeExchange(
      exchangeOf('openrouter-responses-stream-reasoning-1.sse', { url: OPENROUTER, kind: 'stream', conforms: true }),
    );
    const names = decoded?.stream?.eventList?.map((event) => event.event);
    expect(names?.slice(0, 5)).toEqual([
      'response.created',
      'response.in_progress',
      'response.output_item.added',
      'response.content_part.added',
      'response.reasoning_text.delta',
    ]);
    expect(names?.at(-2)).toBe('response.completed');
    // data: [DONE] has no type: left unnamed.
    expect(names?.at(-1)).toBeUndefined();
    expect(decoded?.stream?.eventList?.at(-1)?.data).toBe('[DONE]');
    expect(decoded?.extensions?.find((extension) => extension.path === 'response.usage.cost')?.value).toBe(0.0000113);
  });
});
