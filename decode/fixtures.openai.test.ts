import { describe, it } from 'vitest';
import type { FixtureExpectation } from '../testing/fixtureCheck';
import { checkFixture } from '../testing/fixtureCheck';

/** OpenAI's own bodies (openai-python snapshots, VCR cassettes). Values read from each file. */
const openai: Record<string, FixtureExpectation> = {
  'openai-chat-audio-input-1.json': {
    kind: 'completion', conforms: true, model: 'gpt-4o-audio-preview-2024-12-17', finish: 'stop',
    content: 'The name mentioned in the audio is Marcelo.', usage: [64, 9, 73],
  },
  'openai-chat-length-1.json': {
    kind: 'completion', conforms: true, model: 'gpt-4o-2024-08-06', finish: 'length', content: '{"', usage: [79, 1, 80],
  },
  // gpt-5: no logprobs key (optional in the seed), system_fingerprint null, top-level moderation.
  'openai-chat-moderation-1.json': {
    kind: 'completion', conforms: true, model: 'gpt-5-2025-08-07', finish: 'stop', content: 'Paris.', usage: [13, 11, 24],
  },
  'openai-chat-multichoice-1.json': {
    kind: 'completion', conforms: true, model: 'gpt-4o-2024-08-06', choices: 3, finish: 'stop',
    content: '{"city":"San Francisco","temperature":64,"units":"f"}', usage: [79, 44, 123],
  },
  'openai-chat-parallel-tools-1.json': {
    kind: 'completion', conforms: true, model: 'gpt-4o-2024-08-06', finish: 'tool_calls', content: null, usage: [149, 60, 209],
    tools: [
      ['GetWeatherArgs', '{"city": "Edinburgh", "country": "GB", "units": "c"}', 'call_fdNz3vOBKYgOIpMdWotB9MjY'],
      ['get_stock_price', '{"ticker": "AAPL", "exchange": "NASDAQ"}', 'call_h1DWI1POMJLb0KwIyQHWXD4p'],
    ],
  },
  'openai-chat-reasoning-1.json': {
    kind: 'completion', conforms: true, model: 'o3-mini-2025-01-31', finish: 'stop', usage: [13, 238, 251],
    content: { start: 'The capital of Mexico is Mexico City.', end: 'ic center in the country.' },
  },
  'openai-chat-refusal-1.json': {
    kind: 'completion', conforms: true, model: 'gpt-4o-2024-08-06', finish: 'stop', content: null,
    refusal: "I'm very sorry, but I can't assist with that.", usage: [79, 12, 91],
  },
  'openai-chat-search-preview-1.json': {
    kind: 'completion', conforms: true, model: 'gpt-4o-search-preview-2025-03-11', finish: 'stop',
    content: 'May 14, 2025, 8:51:29 AM ', usage: [11, 17, 28],
  },
  'openai-chat-text-1.json': {
    kind: 'completion', conforms: true, id: 'chatcmpl-ABfvaueLEMLNYbT8YzpJxsmiQ6HSY', model: 'gpt-4o-2024-08-06', finish: 'stop',
    content: { start: "I'm unable to provide real-time weather updates.", end: ' or a local news station.' }, usage: [14, 37, 51],
  },
  'openai-chat-text-2.json': {
    kind: 'completion', conforms: true, model: 'gpt-4.1-nano-2025-04-14', finish: 'stop', usage: [16, 363, 379],
    content: { start: '**Holiday Name:** Galaxy Day', end: 'd dream beyond our world.' },
  },
  'openai-chat-toolcall-1.json': {
    kind: 'completion', conforms: true, model: 'gpt-4o-2024-08-06', finish: 'tool_calls', content: null, usage: [512, 132, 644],
    tools: [[
      'Query',
      '{"name":"May 2022 Fulfilled Orders Not Delivered on Time","table_name":"orders","columns":["id","status","expected_delivery_date","delivered_at","shipped_at","ordered_at","canceled_at"],"conditions":[{"column":"ordered_at","operator":">=","value":"2022-05-01"},{"column":"ordered_at","operator":"<=","value":"2022-05-31"},{"column":"status","operator":"=","value":"fulfilled"},{"column":"delivered_at","operator":">","value":{"column_name":"expected_delivery_date"}}],"order_by":"asc"}',
      'call_NKpApJybW1MzOjZO2FzwYw0d',
    ]],
  },
  'openai-error-400-1.json': {
    kind: 'error', conforms: true, error: "Unsupported value: 'messages[0].role' does not support 'system' with this model.",
  },
  'openai-error-400-2.json': {
    kind: 'error', conforms: true,
    error: "Unsupported parameter: 'max_tokens' is not supported with this model. Use 'max_completion_tokens' instead.",
  },
  'openai-stream-json-1.sse': {
    kind: 'stream', conforms: true, model: 'gpt-4o-2024-08-06', finish: 'stop', stream: { events: 18, done: true },
    content: '{"city":"San Francisco","temperature":61,"units":"f"}', usage: [79, 14, 93],
  },
  'openai-stream-length-1.sse': {
    kind: 'stream', conforms: true, model: 'gpt-4o-2024-08-06', finish: 'length', stream: { events: 5, done: true },
    content: '{"', usage: [79, 1, 80],
  },
  'openai-stream-logprobs-1.sse': {
    kind: 'stream', conforms: true, model: 'gpt-4o-2024-08-06', finish: 'stop', stream: { events: 6, done: true },
    content: 'Foo!', usage: [9, 2, 11],
  },
  'openai-stream-long-1.sse': {
    kind: 'stream', conforms: true, model: 'gpt-4o-2024-08-06', finish: 'stop', stream: { events: 181, done: true },
    content: { start: '\n  {\n    "location": "San Francisco, CA"', end: '}\n    ]\n  }\n' }, usage: [19, 177, 196],
  },
  // The moderation chunk (choices: []) comes after the usage chunk; usage must survive it.
  'openai-stream-moderation-1.sse': {
    kind: 'stream', conforms: true, model: 'gpt-5-2025-08-07', finish: 'stop', stream: { events: 7, done: true },
    content: 'Paris.', usage: [13, 11, 24],
  },
  'openai-stream-multichoice-1.sse': {
    kind: 'stream', conforms: true, model: 'gpt-4o-2024-08-06', choices: 3, finish: 'stop', stream: { events: 50, done: true },
    content: '{"city":"San Francisco","temperature":65,"units":"f"}', usage: [79, 42, 121],
  },
  'openai-stream-parallel-tools-1.sse': {
    kind: 'stream', conforms: true, model: 'gpt-4o-2024-08-06', finish: 'tool_calls', stream: { events: 26, done: true },
    content: null, usage: [149, 60, 209],
    tools: [
      ['GetWeatherArgs', '{"city": "Edinburgh", "country": "GB", "units": "c"}', 'call_JMW1whyEaYG438VE1OIflxA2'],
      ['get_stock_price', '{"ticker": "AAPL", "exchange": "NASDAQ"}', 'call_DNYTawLBoN8fj3KN6qU9N1Ou'],
    ],
  },
  'openai-stream-refusal-1.sse': {
    kind: 'stream', conforms: true, model: 'gpt-4o-2024-08-06', finish: 'stop', stream: { events: 14, done: true },
    content: null, refusal: "I'm sorry, I can't assist with that request.", usage: [79, 11, 90],
  },
  'openai-stream-refusal-logprobs-1.sse': {
    kind: 'stream', conforms: true, model: 'gpt-4o-2024-08-06', finish: 'stop', stream: { events: 15, done: true },
    content: null, refusal: "I'm very sorry, but I can't assist with that.", usage: [79, 12, 91],
  },
  'openai-stream-text-1.sse': {
    kind: 'stream', conforms: true, model: 'gpt-4o-2024-08-06', finish: 'stop', stream: { events: 34, done: true },
    content: { start: "I'm unable to provide real-time weather updates.", end: 'website or a weather app.' }, usage: [14, 30, 44],
  },
  'openai-stream-toolcall-1.sse': {
    kind: 'stream', conforms: true, model: 'gpt-4o-2024-08-06', finish: 'tool_calls', stream: { events: 11, done: true },
    content: null, usage: [44, 16, 60], tools: [['get_weather', '{"city":"New York City"}', 'call_4XzlGBLtUe9dy3GVNV4jhq7h']],
  },
  'openai-stream-toolcall-2.sse': {
    kind: 'stream', conforms: true, model: 'gpt-4o-2024-08-06', finish: 'tool_calls', stream: { events: 14, done: true },
    content: null, usage: [48, 19, 67], tools: [['get_weather', '{"city":"San Francisco","state":"CA"}', 'call_CTf1nWJLqSeRgDqaCG27xZ74']],
  },
  'openai-stream-toolcall-3.sse': {
    kind: 'stream', conforms: true, model: 'gpt-4o-2024-08-06', finish: 'tool_calls', stream: { events: 18, done: true },
    content: null, usage: [76, 24, 100],
    tools: [['GetWeatherArgs', '{"city":"Edinburgh","country":"UK","units":"c"}', 'call_c91SqDXlYFuETYv8mUHzz6pp']],
  },
  'openai-stream-toolcall-obfuscation-1.sse': {
    kind: 'stream', conforms: true, model: 'gpt-4o-mini-2024-07-18', finish: 'tool_calls', stream: { events: 9, done: true },
    content: null, usage: [53, 15, 68], tools: [['get_capital', '{"country":"UK"}', 'call_ZR5UUuTt3pf61kjwAJIYdVMj']],
  },
  // The file ends with `data: [DONE]\n` (one newline): still done.
  'openai-stream-usage-1.sse': {
    kind: 'stream', conforms: true, model: 'gpt-4-0125-preview', finish: 'stop', stream: { events: 4, done: true },
    content: 'Test chat streaming response', usage: [13, 8, 21],
  },
};

describe('OpenAI fixtures', () => {
  it.each(Object.entries(openai))('%s', (name, expected) => {
    checkFixture(name, expected);
  });
});
