import { describe, it } from 'vitest';
import type { FixtureExpectation } from '../testing/fixtureCheck';
import { checkFixture } from '../testing/fixtureCheck';

/** Groq, DeepSeek and Mistral. Values read from each file. */
const bodies: Record<string, FixtureExpectation> = {
  'groq-chat-executed-tools-1.json': {
    kind: 'completion', conforms: true, warningsAt: ['service_tier'], id: 'stub', model: 'groq/compound', finish: 'stop',
    content: { start: 'The weather in San Francisco today, September 17, 2025', end: 'ne and mild temperatures.' },
    reasoning: { start: '\nTo find the current weather in San Francisco', end: ' a high of 17°C (62.6°F).' },
    usage: [5296, 387, 5683], extensions: ['x_groq', 'usage.queue_time', 'choices[0].message.executed_tools'],
  },
  // deepseek-r1-distill puts its thinking inline as <think> text: it stays content.
  'groq-chat-reasoning-1.json': {
    kind: 'completion', conforms: true, model: 'deepseek-r1-distill-llama-70b', finish: 'stop', usage: [21, 1414, 1435],
    content: { start: '<think>\nOkay, so I want to make Uruguayan alfajores.', end: 'h a cup of coffee or tea!' },
  },
  'groq-chat-reasoning-2.json': {
    kind: 'completion', conforms: true, warningsAt: ['service_tier'], model: 'qwen/qwen3-32b', finish: 'stop', usage: [17, 649, 666],
    content: { start: 'The word "strawberry" contains **3** instances', end: 'sitions. \n\n**Answer:** 3.' },
    reasoning: { start: 'Okay, so the user is asking how many times', end: ' the answer should be 3.\n' },
  },
  'groq-chat-text-1.json': {
    kind: 'completion', conforms: true, model: 'llama-3.3-70b-versatile', finish: 'stop', content: 'The capital of France is Paris.',
    usage: [48, 8, 56], extensions: ['x_groq', 'usage.total_time', 'usage_breakdown'],
  },
  // A tool-call message without any content key: content is null, and that conforms.
  'groq-chat-toolcall-1.json': {
    kind: 'completion', conforms: true, model: 'llama-3.3-70b-versatile', finish: 'tool_calls', content: null, usage: [218, 15, 233],
    tools: [['weather', '{}', 'ax9fskhev']],
  },
  'groq-error-400-1.json': {
    kind: 'error', conforms: true, extensions: ['error.failed_generation'],
    error: /^Tool call validation failed: tool call validation failed: parameters for tool get_something_by_name did not match schema/,
  },
  'groq-error-404-1.json': {
    kind: 'error', conforms: true, error: 'The model `non-existent` does not exist or you do not have access to it.',
  },
  // gpt-oss reasoning deltas, then `event: error` and no [DONE].
  'groq-stream-error-1.sse': {
    kind: 'stream', conforms: false, errorsAt: ['events[94]'], model: 'openai/gpt-oss-120b', finish: null, content: '',
    reasoning: { start: 'We need to call the tool with invalid parameters', end: 'e: "test". Let\'s do that.' }, usage: null,
    stream: { events: 95, done: false }, error: /^Tool call validation failed/,
  },
  // Usage only in x_groq.usage of the last chunk.
  'groq-stream-reasoning-1.sse': {
    kind: 'stream', conforms: true, model: 'deepseek-r1-distill-llama-70b', finish: 'stop', usage: [21, 988, 1009],
    content: { start: '<think>\nOkay, so I want to make Uruguayan alfajores.', end: 'made Uruguayan alfajores!' },
    stream: { events: 990, done: true },
  },
  // Reframed without [DONE].
  'groq-stream-toolcall-1.sse': {
    kind: 'stream', conforms: false, errorsAt: ['events'], model: 'llama-3.3-70b-versatile', finish: 'tool_calls', content: null,
    tools: [['weather', '{}', 'tk85n1k4m']], usage: [210, 15, 225], stream: { events: 3, done: false },
  },
  'deepseek-chat-json-1.json': {
    kind: 'completion', conforms: true, id: 'f03bc170-b375-4561-9685-35182c8152c5', model: 'deepseek-reasoner', finish: 'stop',
    content: { start: '{\n  "location": "San Francisco"', end: 'dy",\n  "temperature": 7\n}' },
    reasoning: { start: 'I have the result from the weather tool.', end: 'e output the JSON object.' },
    usage: [495, 144, 639], extensions: ['usage.prompt_cache_hit_tokens', 'usage.prompt_cache_miss_tokens'],
  },
  'deepseek-chat-reasoning-1.json': {
    kind: 'completion', conforms: true, model: 'deepseek-reasoner', finish: 'stop', usage: [12, 789, 801],
    content: { start: 'Crossing the street safely involves', end: "til you've fully crossed." },
    reasoning: { start: 'Okay, the user is asking how to cross the street.', end: 'it clearly and concisely.' },
  },
  'deepseek-stream-reasoning-1.sse': {
    kind: 'stream', conforms: true, model: 'deepseek-reasoner', finish: 'stop', content: 'Hello there! 😊 How can I help you today?',
    reasoning: { start: 'Hmm, the user just said "Hello"', end: "er - and that's okay too." }, usage: [6, 212, 218],
    stream: { events: 212, done: true },
  },
  'deepseek-stream-toolcall-1.sse': {
    kind: 'stream', conforms: false, errorsAt: ['events'], model: 'deepseek-reasoner', finish: 'tool_calls', content: '',
    reasoning: { start: 'The user is asking for the weather in San Francisco', end: 'r set to "San Francisco".' },
    tools: [['weather', '{"location": "San Francisco"}', 'call_00_ioIn7yN9p1ZOMNpDLwd4MgAF']], usage: [339, 83, 422],
    stream: { events: 52, done: false },
  },
  'mistral-chat-text-1.json': {
    kind: 'completion', conforms: true, id: 'cmpl-e5cc70bb28c444948073e77776eb30ef', model: 'mistral-tiny', finish: 'stop',
    content: { start: "I don't have a favorite condiment", end: 'r of personal preference.' }, usage: [14, 93, 107],
  },
  // Thinking parts in a content array (a warning: "thinking" is not a listed part type); tool_calls: null is an error.
  'mistral-chat-thinking-parts-1.json': {
    kind: 'completion', conforms: false, errorsAt: ['choices[0].message.tool_calls'], warningsAt: ['choices[0].message.content[0].type'],
    model: 'magistral-medium-latest', finish: 'stop', usage: [664, 747, 1411],
    content: { start: 'Crossing a river is quite different', end: "'s conditions. Stay safe!" },
    reasoning: { start: '**Analogizing crossing a river**', end: 'ure about the conditions.' },
  },
  'mistral-chat-thinking-parts-2.json': {
    kind: 'completion', conforms: true, warningsAt: ['choices[0].message.content[0].type'], model: 'magistral-medium-2507',
    finish: 'stop', content: '2 + 2 = 4', reasoning: 'The user is asking for 2+2. This is basic arithmetic. 2+2=4.', usage: [10, 46, 56],
  },
  'mistral-chat-toolcall-1.json': {
    kind: 'completion', conforms: false, errorsAt: ['choices[0].message.tool_calls[0].type'], model: 'pixtral-12b-latest',
    finish: 'tool_calls', content: '', tools: [['get_image', '{}', 'FI5qQGzDE']], usage: [65, 16, 81],
  },
  'mistral-chat-toolcall-2.json': {
    kind: 'completion', conforms: false, errorsAt: ['choices[0].message.tool_calls[0].type'], model: 'mistral-large-latest',
    finish: 'tool_calls', content: '', tools: [['WeatherPlugin-GetWeather', '{"location": "Paris, 75"}', 'ejOH4Z1A2']],
    usage: [99, 30, 129],
  },
  'mistral-error-400-1.json': { kind: 'error', conforms: false, errorsAt: ['error'], error: 'Invalid model: mistral-small-250' },
  // message is a pydantic object: shown as "where: what".
  'mistral-error-422-1.json': {
    kind: 'error', conforms: false, errorsAt: ['error'], error: 'body.temperature: Input should be less than or equal to 1.5',
  },
  // 58 deltas carry content as an array of thinking parts (event 2 first).
  'mistral-stream-text-1.sse': {
    kind: 'stream', conforms: false, errorsAt: ['events[2].choices[0].delta.content'], model: 'magistral-medium-latest',
    finish: 'stop', usage: [10, 232, 242], stream: { events: 159, done: true },
    content: { start: 'To cross the street safely, follow these steps:', end: 'n ensure a safe crossing.' },
    reasoning: { start: 'Okay, the user is asking how to cross the street.', end: 'ear and concise response.' },
  },
  'mistral-stream-text-2.sse': {
    kind: 'stream', conforms: false, errorsAt: ['events[1].choices[0].delta.role'], model: 'mistral-tiny', finish: 'length',
    content: { start: 'It is subjective to determine the "best" French cheese', end: 're (goat cheese) or Crott' },
    usage: [15, 128, 143], stream: { events: 125, done: true },
  },
  'mistral-stream-toolcall-1.sse': {
    kind: 'stream', conforms: false, errorsAt: ['events[1].choices[0].delta.tool_calls[0].index', 'events'],
    model: 'mistral-small-latest', finish: 'tool_calls', content: '',
    tools: [['weather', '{"location": "San Francisco"}', 'gSIMJiOkT']], usage: [124, 22, 146], stream: { events: 2, done: false },
  },
  // The second fragment has index 0, no id and name "": it continues the first call.
  'mistral-stream-toolcall-2.sse': {
    kind: 'stream', conforms: false, errorsAt: ['events'], model: 'zai-glm-5-2', finish: 'tool_calls', content: '',
    tools: [['webSearchTool', '{"query": "current Berlin weather"}', 'chatcmpl-tool-9f149c74c42f265b']], usage: [171, 14, 185],
    stream: { events: 3, done: false }, extensions: ['choices[0].delta.index'],
  },
  'mistral-stream-toolcall-3.sse': {
    kind: 'stream', conforms: false, errorsAt: ['events[1].choices[0].delta.tool_calls[0].index'], model: 'mistral-small-latest',
    finish: 'tool_calls', content: '', usage: [118, 31, 149], stream: { events: 3, done: true },
    tools: [['WeatherPlugin-GetWeather', '{"location": "Paris", "unit": "celsius"}', 'u2ef3Udel']],
  },
};

describe('Groq, DeepSeek and Mistral fixtures', () => {
  it.each(Object.entries(bodies))('%s', (name, expected) => {
    checkFixture(name, expected);
  });
});
