import { describe, it } from 'vitest';
import type { FixtureExpectation } from '../testing/fixtureCheck';
import { checkFixture } from '../testing/fixtureCheck';

/** Azure OpenAI, Azure AI Inference and OpenRouter. Values read from each file. */
const bodies: Record<string, FixtureExpectation> = {
  'azure-chat-content-filter-1.json': {
    kind: 'completion',
    conforms: true,
    model: 'gpt-4.1-2025-04-14',
    finish: 'length',
    content: 'Hello! It looks like',
    usage: [8, 5, 13],
    extensions: ['prompt_filter_results', 'choices[0].content_filter_results'],
  },
  'azure-chat-content-filter-2.json': {
    kind: 'completion',
    conforms: true,
    model: 'gpt-4o-2024-11-20',
    finish: 'stop',
    content: 'The capital of France is **Paris**.',
    usage: [14, 9, 23],
    extensions: ['prompt_filter_results', 'choices[0].content_filter_results'],
  },
  'azure-chat-parallel-tools-1.json': {
    kind: 'completion',
    conforms: true,
    model: 'gpt-4o-mini-2024-07-18',
    finish: 'tool_calls',
    content: null,
    usage: [75, 54, 129],
    tools: [
      ['secret_retrieval_tool', '{"password": "mellon"}', 'call_52zLtnGOqmPxewMwWssmqug3'],
      ['secret_retrieval_tool', '{"password": "radiance"}', 'call_5XEcx0xRpnYi6VgaMJ38xBTd'],
    ],
  },
  // type: null where the contract wants a string; innererror is kept as an extension.
  'azure-error-content-filter-400-1.json': {
    kind: 'error',
    conforms: false,
    errorsAt: ['error.type'],
    extensions: ['error.status', 'error.innererror'],
    error: /^The response was filtered due to the prompt triggering Azure OpenAI's content management policy\./,
  },
  // Preamble chunk with object "" (an error), late filter chunks without delta (errors), [DONE] present.
  'azure-stream-async-filter-1.sse': {
    kind: 'stream',
    conforms: false,
    errorsAt: ['events[0].object', 'events[4].choices[0].delta'],
    model: 'gpt-4o-2024-05-13',
    id: 'chatcmpl-123',
    finish: 'stop',
    content: 'Kindness',
    usage: null,
    stream: { events: 7, done: true },
    extensions: ['prompt_filter_results', 'choices[0].content_filter_offsets'],
  },
  // Reframed without [DONE] (SOURCES.tsv): not done, does not conform.
  'azure-stream-content-filter-1.sse': {
    kind: 'stream',
    conforms: false,
    errorsAt: ['events[0].object', 'events'],
    model: 'gpt-5-nano-2025-08-07',
    finish: 'stop',
    content: 'Capital of Denmark.',
    usage: [15, 78, 93],
    stream: { events: 8, done: false },
  },
  'azure-stream-toolcall-1.sse': {
    kind: 'stream',
    conforms: false,
    errorsAt: ['events[0].object'],
    model: 'gpt-4o-mini-2024-07-18',
    finish: 'tool_calls',
    content: null,
    usage: null,
    stream: { events: 16, done: true },
    tools: [
      ['secret_retrieval_tool', '{"password": "mellon"}', 'call_9QsvKeFs2Hh2LOXUcTopzGYt'],
      ['secret_retrieval_tool', '{"password": "radiance"}', 'call_hYkffisled3NgODdvqa1tZAv'],
    ],
  },
  'azure-ai-inference-chat-text-1.json': {
    kind: 'completion',
    conforms: true,
    id: 'chat-00078bf2c54346c6bfa31e561462c381',
    model: 'phi3-medium-4k',
    finish: 'stop',
    content: 'Test response',
    usage: [17, 131, 148],
  },
  // Ends `data: [DONE]` without any newline: still done. stop_reason is vLLM's extension.
  'azure-ai-inference-stream-1.sse': {
    kind: 'stream',
    conforms: true,
    model: 'phi3-medium-4k',
    finish: 'stop',
    content: 'Test content',
    usage: [17, 89, 106],
    stream: { events: 4, done: true },
    extensions: ['choices[0].stop_reason'],
  },
  'openrouter-chat-annotations-1.json': {
    kind: 'completion',
    conforms: true,
    model: 'deepseek/deepseek-chat',
    finish: 'stop',
    content: 'https://github.com/pydantic/pydantic-ai',
    usage: [2315, 40, 2355],
    extensions: ['provider', 'usage.cost', 'choices[0].native_finish_reason'],
  },
  'openrouter-chat-reasoning-1.json': {
    kind: 'completion',
    conforms: true,
    model: 'openai/gpt-5-mini',
    finish: 'stop',
    usage: [17, 1515, 1532],
    content: { start: 'Brief summary\n- Venus is the second planet', end: '. Which would you prefer?' },
    reasoning: { start: '**Exploring Venus**\n\nThe ', end: 'ng key numbers and facts.' },
    extensions: ['provider', 'choices[0].message.reasoning_details'],
  },
  'openrouter-chat-toolcall-1.json': {
    kind: 'completion',
    conforms: true,
    model: 'mistralai/mistral-small',
    finish: 'tool_calls',
    content: '',
    usage: [134, 43, 177],
    tools: [['divide', '{"numerator": 123, "denominator": 456, "on_inf": "infinity"}', '3sniiMddS']],
  },
  // Numeric code, no type: does not conform, but the message is shown.
  'openrouter-error-429-1.json': {
    kind: 'error',
    conforms: false,
    errorsAt: ['error.type', 'error.code'],
    error: 'Provider returned error',
    extensions: ['error.metadata', 'user_id'],
  },
  // The error chunk (code 400) comes after two `length` finishes, then [DONE]: not done.
  'openrouter-stream-error-1.sse': {
    kind: 'stream',
    conforms: false,
    errorsAt: ['events[3].error'],
    model: 'minimax/minimax-m2:free',
    finish: 'length',
    content: '',
    reasoning: 'We need to respond to a greeting. The user',
    usage: [43, 10, 53],
    stream: { events: 5, done: false },
    error: 'Token limit reached',
  },
  // Seven `: OPENROUTER PROCESSING` comments are not events; reasoning_details are encrypted only.
  'openrouter-stream-reasoning-1.sse': {
    kind: 'stream',
    conforms: true,
    model: 'openai/o3',
    finish: 'stop',
    usage: [9, 104, 113],
    stream: { events: 103, done: true },
    content: { start: 'I’m ChatGPT, a large-language-model assistant', end: 'p with, just let me know!' },
    extensions: ['provider', 'choices[0].delta.reasoning_details', 'usage.cost'],
  },
  'perplexity-chat-citations-1.json': {
    kind: 'completion',
    conforms: true,
    id: '702738a1-c1e0-4a7f-b9ab-0f6fe1b13514',
    model: 'sonar',
    finish: 'stop',
    content: { start: "The most recent estimates for San Francisco's city population", end: 'reau updates beyond 2024.' },
    usage: [10, 251, 261],
    extensions: ['citations'],
  },
  // No [DONE] (reframed) but Perplexity's own terminal object ends it; that object is not a chunk.
  'perplexity-stream-citations-1.sse': {
    kind: 'stream',
    conforms: false,
    errorsAt: ['events[7].object'],
    model: 'sonar',
    finish: 'stop',
    content: 'The current population of **[2][3]',
    usage: [10, 336, 346],
    stream: { events: 8, done: true },
    extensions: ['citations'],
  },
};

describe('Azure and OpenRouter fixtures', () => {
  it.each(Object.entries(bodies))('%s', (name, expected) => {
    checkFixture(name, expected);
  });
});
