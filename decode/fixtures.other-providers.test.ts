import { describe, it } from 'vitest';
import type { FixtureExpectation } from '../testing/fixtureCheck';
import { checkFixture } from '../testing/fixtureCheck';

/** Every other provider in the corpus. Values read from each file. */
const bodies: Record<string, FixtureExpectation> = {
  'alibaba-chat-toolcall-1.json': {
    kind: 'completion', conforms: true, model: 'qwen3-max', finish: 'tool_calls', content: '', usage: [295, 22, 317],
    tools: [['weather', '{"location": "San Francisco"}', 'call_962bfd2ab8f54b89a1161356']],
    extensions: ['choices[0].message.tool_calls[0].index'],
  },
  // Continuations carry id "" (kept from the first delta); reframed without [DONE].
  'alibaba-stream-toolcall-1.sse': {
    kind: 'stream', conforms: false, errorsAt: ['events'], model: 'qwen3-max', finish: 'tool_calls', content: null,
    tools: [['weather', '{"location": "San Francisco"}', 'call_eee11723464a4b9eb8cee71d']], usage: [295, 22, 317],
    stream: { events: 6, done: false },
  },
  // Tool-call index starts at 1 (the text block is 0); no usage at all.
  'anthropic-openai-compat-stream-toolcall-1.sse': {
    kind: 'stream', conforms: true, model: 'claude-haiku-4-5-20251001', finish: 'tool_calls', content: 'Reading it.',
    tools: [['read_file', '{"path": "a.txt"}', 'toolu_sanitized']], usage: null, stream: { events: 9, done: true },
  },
  'bedrock-mantle-chat-reasoning-1.json': {
    kind: 'completion', conforms: true, model: 'openai.gpt-oss-safeguard-20b', finish: 'stop', content: 'SAFE',
    reasoning: { start: 'The user says: "Reply with exactly SAFE."', end: '. So I respond with SAFE.' }, usage: [72, 56, 128],
  },
  'cerebras-chat-text-1.json': {
    kind: 'completion', conforms: true, model: 'llama-3.3-70b', finish: 'stop', content: '2 + 2 = 4.', usage: [43, 9, 52],
    extensions: ['time_info'],
  },
  // annotations: null (the contract allows an array or nothing).
  'crusoe-vllm-chat-reasoning-1.json': {
    kind: 'completion', conforms: false, errorsAt: ['choices[0].message.annotations'], model: 'zai/GLM-5.2', finish: 'stop',
    content: '2 + 2 = 4.', reasoning: { start: '1.  **Analyze the Input:**', end: 'eneration:** "2 + 2 = 4."' }, usage: [20, 118, 138],
    extensions: ['choices[0].stop_reason', 'choices[0].token_ids', 'kv_transfer_params'],
  },
  'crusoe-vllm-stream-1.sse': {
    kind: 'stream', conforms: true, model: 'meta-llama/Llama-3.3-70B-Instruct', finish: 'stop', content: '1, 2, 3, 4, 5',
    usage: [46, 14, 60], stream: { events: 17, done: true },
  },
  // No content key, tool id "", and total_tokens counts thinking (a warning).
  'gemini-openai-chat-toolcall-1.json': {
    kind: 'completion', conforms: true, warningsAt: ['usage.total_tokens'], model: 'gemini-2.5-pro-preview-05-06',
    finish: 'tool_calls', content: null, tools: [['get_current_time', '{}', '']], usage: [35, 12, 109],
    extensions: ['choices[0].message.extra_content'],
  },
  'heroku-chat-text-1.json': {
    kind: 'completion', conforms: true, model: 'claude-3-7-sonnet', finish: 'stop', usage: [14, 51, 65],
    content: { start: 'The capital of France is Paris.', end: 'and Notre-Dame Cathedral.' },
  },
  'hf-router-stream-slametrics-1.sse': {
    kind: 'stream', conforms: false, errorsAt: ['events[3].usage.prompt_tokens_details'], model: 'meta-llama/llama-3.1-8b-instruct',
    finish: 'stop', content: 'Paris', usage: [40, 2, 42], stream: { events: 5, done: true }, extensions: ['sla_metrics'],
  },
  // The seed is beyond 2^53: a warning, and its digits kept as sent.
  'hf-together-chat-reasoning-1.json': {
    kind: 'completion', conforms: true, warningsAt: ['choices[0].seed'], model: 'deepseek-ai/DeepSeek-R1', finish: 'stop', usage: [16, 216, 232],
    content: { start: '<think>\nOkay, the user is asking about the capital of France.', end: 'rical heart of France. 🇫🇷' },
    extensions: ['prompt', 'choices[0].seed', 'usage.cached_tokens'], preciseNumbers: [['choices[0].seed', '5844196810245229000']],
  },
  // seed null on every chunk but the finish chunk (event 954 of 956; [DONE] is 955).
  'hf-together-stream-1.sse': {
    kind: 'stream', conforms: true, warningsAt: ['events[954].choices[0].seed'], model: 'deepseek-ai/DeepSeek-R1', finish: 'stop', usage: [10, 955, 965],
    content: { start: '<think>\nOkay, the user asked "How do I cross the street?"', end: 't could save your life! 🌟' },
    stream: { events: 956, done: true }, extensions: ['choices[0].seed', 'choices[0].text'],
    preciseNumbers: [['events[954].choices[0].seed', '7228414683750928000']],
  },
  'hf-vllm-chat-text-1.json': {
    kind: 'completion', conforms: false, errorsAt: ['usage.prompt_tokens_details', 'usage.completion_tokens_details'],
    model: 'Qwen/Qwen2.5-VL-72B-Instruct', finish: 'stop', usage: [269, 27, 296],
    content: { start: 'Hello! How can I assist you with the image of the potato?', end: 'eed information about it?' },
  },
  'llamacpp-chat-harmony-1.json': {
    kind: 'completion', conforms: true, model: 'gpt-3.5-turbo', finish: 'stop', usage: [82, 43, 125], extensions: ['timings'],
    content: { start: '<|channel|>analysis<|message|>The user just sent "test".', end: 'How can I help you today?' },
  },
  'llamacpp-stream-harmony-1.sse': {
    kind: 'stream', conforms: false, errorsAt: ['events'], model: 'gpt-3.5-turbo', finish: 'stop', usage: [82, 43, 125],
    content: { start: '<|channel|>analysis<|message|>User says "test".', end: 'stance, just let me know.' },
    stream: { events: 43, done: false }, extensions: ['timings'],
  },
  'lmstudio-chat-reasoning-1.json': {
    kind: 'completion', conforms: true, model: 'qwen3.5-2b', finish: 'stop', usage: [11, 1001, 1012], extensions: ['stats'],
    content: { start: 'Hello! 👋 How can I assist you today?', end: 'to chat about or work on?' },
    reasoning: { start: 'Thinking Process:\n\n1.  **Analyze the Request:**', end: "'s write the response.cw\n" },
  },
  // reasoning_content "" is no reasoning.
  'lmstudio-chat-text-1.json': {
    kind: 'completion', conforms: true, model: 'google/gemma-4-e4b', finish: 'stop', content: 'Hello! How can I help you today?',
    usage: [10, 10, 20],
  },
  'lmstudio-error-400-1.json': { kind: 'error', conforms: false, errorsAt: ['error'], error: "'messages' field is required" },
  'ollama-chat-reasoning-1.json': {
    kind: 'completion', conforms: true, id: 'chatcmpl-150', model: 'qwen3:0.6b', finish: 'stop',
    content: '{ "city": "Paris", "country": "France" }', usage: [136, 15, 151],
    reasoning: { start: 'Okay, the user is asking for the capital of France.', end: 'ent the answer is Paris.\n' },
  },
  'ollama-chat-reasoning-2.json': {
    kind: 'completion', conforms: true, id: 'chatcmpl-395', model: 'gpt-oss:20b', finish: 'stop', content: 'Paris.', usage: [134, 122, 256],
    reasoning: { start: 'We need to answer question: "What is the capital of France?"', end: 'a marks. Just plain text.' },
  },
  'ollama-chat-text-1.json': {
    kind: 'completion', conforms: true, id: 'chatcmpl-674', model: 'gemma3:4b', finish: 'stop', content: '4200 + 42 = 4242\n',
    usage: [21, 16, 37],
  },
  // Go zero values: finish_reason "" and service_tier "" (warnings), tool_calls and annotations null (errors).
  'snowflake-chat-text-1.json': {
    kind: 'completion', conforms: false, errorsAt: ['choices[0].message.tool_calls', 'choices[0].message.annotations'],
    warningsAt: ['choices[0].finish_reason', 'service_tier'], id: '', model: 'claude-sonnet-4-6', finish: '', content: '4',
    usage: [22, 5, 27],
  },
  // No finish_reason key in any chunk: finish_reason stays null.
  'snowflake-stream-1.sse': {
    kind: 'stream', conforms: false, errorsAt: ['events[0].choices[0].delta.tool_calls'], warningsAt: ['events[0].service_tier'],
    model: 'claude-sonnet-4-6', finish: null, content: '4', usage: [22, 5, 27], stream: { events: 4, done: true },
  },
  'tgi-chat-text-1.json': {
    kind: 'completion', conforms: false, errorsAt: ['object'], warningsAt: ['choices[0].finish_reason'], id: '',
    model: 'teknium/OpenHermes-2.5-Mistral-7B', finish: 'eos_token', content: 'This is a testing chat completion response',
    usage: [27, 88, 115],
  },
  // `data:` without a space, object text_completion, no [DONE].
  'tgi-stream-logprobs-1.sse': {
    kind: 'stream', conforms: false, errorsAt: ['events[0].object', 'events'], model: 'teknium/OpenHermes-2.5-Mistral-7B',
    finish: 'length', usage: null, stream: { events: 100, done: false },
    content: { start: 'Deep learning is a subset of machine learning', end: 'ction. The algorithms can' },
  },
  'together-chat-text-1.json': {
    kind: 'completion', conforms: true, model: 'meta-llama/Llama-4-Maverick-17B-128E-Instruct-FP8', finish: 'stop',
    content: { start: '## Step 1: Understand the problem', end: 'answer is: $\\boxed{4242}$' }, usage: [20, 86, 106],
    extensions: ['metadata', 'prompt'],
  },
  // Both calls have index -1 in a non-stream message.
  'together-chat-toolcall-1.json': {
    kind: 'completion', conforms: true, model: 'deepseek-ai/DeepSeek-V3.1', finish: 'tool_calls', usage: [191, 59, 250],
    content: { start: "I'll help you retrieve the secrets", end: 'e tool for each password:' },
    tools: [
      ['secret_retrieval_tool', '{"password": "mellon"}', 'call_55eda4ef64954c0cad66c9b2'],
      ['secret_retrieval_tool', '{"password": "radiance"}', 'call_9132280957c1433db7820c60'],
    ],
  },
  // tool_calls, tool_calls, then stop for the same choice: the last is kept, with a warning.
  'together-stream-double-finish-1.sse': {
    kind: 'stream', conforms: true, warningsAt: ['choices[0].finish_reason'], model: 'meta-llama/Llama-4-Maverick-17B-128E-Instruct-FP8',
    finish: 'stop', content: '', usage: [207, 46, 253], stream: { events: 6, done: true },
    tools: [['__mirascope_formatted_output_tool__', '{"instructions":"I can\'t help with that."}', 'call_632y2d4vrol1pyjdoxs117jg']],
  },
  'together-stream-text-1.sse': {
    kind: 'stream', conforms: false, errorsAt: ['events[80].usage.prompt_tokens_details'],
    model: 'meta-llama/Llama-4-Maverick-17B-128E-Instruct-FP8', finish: 'stop', usage: [20, 79, 99], stream: { events: 82, done: true },
    content: { start: '## Step 1: Understand the problem', end: 'answer is: $\\boxed{4242}$' },
  },
  // Continuations send id: null and function.name: null.
  'together-stream-toolcall-1.sse': {
    kind: 'stream', conforms: false, errorsAt: ['events[10].choices[0].delta.tool_calls[0].id'], model: 'deepseek-ai/DeepSeek-V3.1',
    finish: 'tool_calls', usage: [191, 60, 251], stream: { events: 20, done: true },
    content: { start: "I'll help you retrieve secrets using the provided passwords.", end: 'l tool for each password.' },
    tools: [
      ['secret_retrieval_tool', '{"password": "mellon"}', 'call_8fb40ff4820f4e58b7058e95'],
      ['secret_retrieval_tool', '{"password": "radiance"}', 'call_e9e2649998244b0f91551cf5'],
    ],
  },
  'xai-chat-toolcall-1.json': {
    kind: 'completion', conforms: true, warningsAt: ['usage.total_tokens'], model: 'grok-3-mini', finish: 'tool_calls', content: '',
    reasoning: { start: 'First, the user is asking about the weather in San Francisco.', end: "vance the user's request." },
    tools: [['weather', '{"location":"San Francisco"}', 'call_93562515']], usage: [291, 26, 506],
  },
  'xai-stream-reasoning-1.sse': {
    kind: 'stream', conforms: false, errorsAt: ['events'], warningsAt: ['usage.total_tokens'], model: 'grok-3-mini', finish: 'stop',
    content: 'Hello', reasoning: 'First, the user said', usage: [12, 1, 303], stream: { events: 8, done: false },
  },
  'zai-chat-reasoning-1.json': {
    kind: 'completion', conforms: true, model: 'glm-4.7', finish: 'stop', content: '2 + 2 is 4.', usage: [13, 437, 450],
    reasoning: { start: "\n1.  **Analyze the user's input**", end: 'us, and helpful response.' }, extensions: ['request_id'],
  },
  'zai-stream-reasoning-1.sse': {
    kind: 'stream', conforms: true, model: 'glm-4.7', finish: 'stop', content: '4', usage: [13, 564, 577],
    reasoning: { start: "\n1.  **Analyze the User's Request:**", end: 'he final response:** "4".' }, stream: { events: 94, done: true },
  },
};

describe('fixtures of the other providers', () => {
  it.each(Object.entries(bodies))('%s', (name, expected) => {
    checkFixture(name, expected);
  });
});
