/**
 * What each demo button does, as plain data: the page renders its buttons from this list, and the
 * headless `npm start` and the e2e tests read it (from Node, without the SDKs) to know which
 * exchanges the panel must show. Models are read from the fixtures (the page also sends them as the
 * request's model, so request and response agree).
 */

/** Which client makes the call: a real SDK bundled into the page, or plain fetch. */
export type DemoClient = 'openai' | 'mistral' | 'vercel-ai' | 'fetch';

export type ChatScenario = {
  readonly testId: string;
  readonly label: string;
  readonly client: DemoClient;
  readonly chat: true;
  /** The fixture file replayed, chosen by the `x-demo-fixture` request header. */
  readonly fixture: string;
  readonly kind: 'json' | 'stream' | 'error';
  /** The model the panel should show: the response's `model`, or for errors the request's. */
  readonly model: string;
  /** HTTP status of the reply. */
  readonly status: number;
};

export type OtherScenario = {
  readonly testId: string;
  readonly label: string;
  readonly client: 'fetch';
  /** Not chat traffic: the panel must not list it. */
  readonly chat: false;
  readonly path: string;
  readonly kind: 'json';
  readonly status: number;
};

export type Scenario = ChatScenario | OtherScenario;

export const SCENARIOS: readonly Scenario[] = [
  {
    testId: 'demo-openai-json',
    label: 'OpenAI SDK: chat completion',
    client: 'openai',
    chat: true,
    fixture: 'openai-chat-text-1.json',
    kind: 'json',
    model: 'gpt-4o-2024-08-06',
    status: 200,
  },
  {
    testId: 'demo-openai-stream',
    label: 'OpenAI SDK: streaming',
    client: 'openai',
    chat: true,
    fixture: 'openai-stream-text-1.sse',
    kind: 'stream',
    model: 'gpt-4o-2024-08-06',
    status: 200,
  },
  {
    testId: 'demo-openai-tools',
    label: 'OpenAI SDK: parallel tool calls',
    client: 'openai',
    chat: true,
    fixture: 'openai-chat-parallel-tools-1.json',
    kind: 'json',
    model: 'gpt-4o-2024-08-06',
    status: 200,
  },
  {
    testId: 'demo-mistral',
    label: 'Mistral SDK: streamed tool call',
    client: 'mistral',
    chat: true,
    fixture: 'mistral-stream-toolcall-1.sse',
    kind: 'stream',
    model: 'mistral-small-latest',
    status: 200,
  },
  {
    testId: 'demo-vercel-ai',
    label: 'Vercel AI SDK: streamText',
    client: 'vercel-ai',
    chat: true,
    fixture: 'together-stream-text-1.sse',
    kind: 'stream',
    model: 'meta-llama/Llama-4-Maverick-17B-128E-Instruct-FP8',
    status: 200,
  },
  {
    testId: 'demo-fetch',
    label: 'fetch: Groq chat completion',
    client: 'fetch',
    chat: true,
    fixture: 'groq-chat-text-1.json',
    kind: 'json',
    model: 'llama-3.3-70b-versatile',
    status: 200,
  },
  {
    testId: 'demo-fetch-error',
    label: 'fetch: OpenRouter 429',
    client: 'fetch',
    chat: true,
    fixture: 'openrouter-error-429-1.json',
    kind: 'error',
    // The error body names no model; this is the one its message says was rate-limited.
    model: 'google/gemini-2.0-flash-exp:free',
    status: 429,
  },
  {
    testId: 'demo-non-llm',
    label: 'fetch: weather API (not chat)',
    client: 'fetch',
    chat: false,
    path: '/api/weather',
    kind: 'json',
    status: 200,
  },
];

export const CHAT_SCENARIOS: readonly ChatScenario[] = SCENARIOS.filter((s): s is ChatScenario => s.chat);

/** The button that runs every scenario in order and then shows `demo-done`. */
export const RUN_ALL_TEST_ID = 'demo-run-all';
export const DONE_TEST_ID = 'demo-done';
