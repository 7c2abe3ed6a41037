/**
 * What each demo button does, as plain data: the page renders its buttons from this list, and the
 * headless `npm start` and the e2e tests read it (from Node, without the SDKs) to know which
 * exchanges the panel must show. Models are read from the fixtures (the page also sends them as the
 * request's model, so request and response agree).
 */

/** Which client makes the call: a real SDK bundled into the page, or plain fetch. */
export type DemoClient = 'openai' | 'mistral' | 'vercel-ai' | 'fetch' | 'anthropic' | 'google-genai' | 'ollama' | 'ai-sdk-chat';

/** The wire formats of issue 13, by the names every decoded exchange carries as `format`. */
export type WireFormatName =
  'openai-chat' | 'openai-responses' | 'anthropic-messages' | 'gemini' | 'ai-sdk-ui' | 'ai-sdk-data' | 'ai-sdk-text' | 'ollama';

/** How the panel's list names each format (issue 13, "The panel"). */
export const FORMAT_LABELS: Readonly<Record<WireFormatName, string>> = {
  'openai-chat': 'OpenAI',
  'openai-responses': 'OpenAI Responses',
  'anthropic-messages': 'Anthropic',
  gemini: 'Gemini',
  'ai-sdk-ui': 'AI SDK',
  'ai-sdk-data': 'AI SDK',
  'ai-sdk-text': 'AI SDK',
  ollama: 'Ollama',
};

/** Where the replayed body is: ../shared/fixtures/responses, or a folder of ../shared/fixtures/formats. */
export type FixtureFolder = 'responses' | 'openai-responses' | 'anthropic-messages' | 'gemini' | 'ai-sdk-data' | 'ollama';

export type ChatScenario = {
  readonly testId: string;
  readonly label: string;
  readonly client: DemoClient;
  readonly chat: true;
  readonly format: WireFormatName;
  /**
   * The recorded body replayed, chosen by the `x-demo-fixture` request header. For the AI SDK routes
   * that run the real library (ai-sdk-ui, ai-sdk-text) it is the provider body the library reads.
   */
  readonly fixture: string;
  readonly fixtureFolder: FixtureFolder;
  readonly kind: 'json' | 'stream' | 'error';
  /** The model the panel should show: the response's, or for errors the request's; null when the exchange names none (the AI SDK streams). */
  readonly model: string | null;
  /** HTTP status of the reply. */
  readonly status: number;
};

export type OtherScenario = {
  readonly testId: string;
  readonly label: string;
  readonly client: 'fetch';
  /** Not chat traffic: the panel must not list it. */
  readonly chat: false;
  readonly method: 'GET' | 'POST';
  readonly path: string;
  readonly kind: 'json' | 'stream';
  readonly status: number;
};

export type Scenario = ChatScenario | OtherScenario;

export const SCENARIOS: readonly Scenario[] = [
  {
    testId: 'demo-openai-json',
    label: 'OpenAI SDK: chat completion',
    client: 'openai',
    chat: true,
    format: 'openai-chat',
    fixtureFolder: 'responses',
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
    format: 'openai-chat',
    fixtureFolder: 'responses',
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
    format: 'openai-chat',
    fixtureFolder: 'responses',
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
    format: 'openai-chat',
    fixtureFolder: 'responses',
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
    format: 'openai-chat',
    fixtureFolder: 'responses',
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
    format: 'openai-chat',
    fixtureFolder: 'responses',
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
    format: 'openai-chat',
    fixtureFolder: 'responses',
    fixture: 'openrouter-error-429-1.json',
    kind: 'error',
    // The error body names no model; this is the one its message says was rate-limited.
    model: 'google/gemini-2.0-flash-exp:free',
    status: 429,
  },
  {
    testId: 'demo-anthropic-json',
    label: 'Anthropic SDK: message',
    client: 'anthropic',
    chat: true,
    format: 'anthropic-messages',
    fixtureFolder: 'anthropic-messages',
    fixture: 'anthropic-json-text-1.json',
    kind: 'json',
    model: 'claude-sonnet-4-5-20250929',
    status: 200,
  },
  {
    testId: 'demo-anthropic-stream',
    label: 'Anthropic SDK: streamed thinking',
    client: 'anthropic',
    chat: true,
    format: 'anthropic-messages',
    fixtureFolder: 'anthropic-messages',
    fixture: 'anthropic-stream-thinking-1.sse',
    kind: 'stream',
    model: 'claude-sonnet-4-20250514',
    status: 200,
  },
  {
    testId: 'demo-gemini-json',
    label: 'Google Gen AI SDK: generateContent with thoughts',
    client: 'google-genai',
    chat: true,
    format: 'gemini',
    fixtureFolder: 'gemini',
    fixture: 'gemini-json-thoughts-1.json',
    kind: 'json',
    model: 'gemini-2.5-flash',
    status: 200,
  },
  {
    testId: 'demo-gemini-stream',
    label: 'Google Gen AI SDK: generateContentStream',
    client: 'google-genai',
    chat: true,
    format: 'gemini',
    fixtureFolder: 'gemini',
    fixture: 'gemini-stream-text-1.sse',
    kind: 'stream',
    model: 'gemini-2.0-flash-exp',
    status: 200,
  },
  {
    testId: 'demo-responses-json',
    label: 'OpenAI SDK: responses.create',
    client: 'openai',
    chat: true,
    format: 'openai-responses',
    fixtureFolder: 'openai-responses',
    fixture: 'openai-responses-json-text-1.json',
    kind: 'json',
    model: 'gpt-4o-mini-2024-07-18',
    status: 200,
  },
  {
    testId: 'demo-responses-stream',
    label: 'OpenAI SDK: streamed Responses tool call',
    client: 'openai',
    chat: true,
    format: 'openai-responses',
    fixtureFolder: 'openai-responses',
    fixture: 'openai-responses-stream-toolcall-1.sse',
    kind: 'stream',
    model: 'gpt-4o-2024-08-06',
    status: 200,
  },
  {
    testId: 'demo-ollama-json',
    label: 'Ollama (ollama/browser): chat',
    client: 'ollama',
    chat: true,
    format: 'ollama',
    fixtureFolder: 'ollama',
    fixture: 'ollama-chat-json-text-1.json',
    kind: 'json',
    model: 'llama3:8b',
    status: 200,
  },
  {
    testId: 'demo-ollama-stream',
    label: 'Ollama (ollama/browser): streamed chat',
    client: 'ollama',
    chat: true,
    format: 'ollama',
    fixtureFolder: 'ollama',
    fixture: 'ollama-chat-stream-text-1.ndjson',
    kind: 'stream',
    model: 'phi3',
    status: 200,
  },
  {
    testId: 'demo-ai-sdk-chat',
    label: 'AI SDK chat (useChat transport): UI message stream',
    client: 'ai-sdk-chat',
    chat: true,
    format: 'ai-sdk-ui',
    fixtureFolder: 'openai-responses',
    fixture: 'openai-responses-stream-reasoning-1.sse',
    kind: 'stream',
    model: null,
    status: 200,
  },
  {
    testId: 'demo-ai-sdk-data',
    label: 'AI SDK v4 app (fetch): data stream',
    client: 'fetch',
    chat: true,
    format: 'ai-sdk-data',
    fixtureFolder: 'ai-sdk-data',
    fixture: 'openai-data-text-1.txt',
    kind: 'stream',
    model: null,
    status: 200,
  },
  {
    testId: 'demo-ai-sdk-text',
    label: 'AI SDK app (fetch): text stream',
    client: 'fetch',
    chat: true,
    format: 'ai-sdk-text',
    fixtureFolder: 'openai-responses',
    fixture: 'openai-responses-stream-text-1.sse',
    kind: 'stream',
    model: null,
    status: 200,
  },
  {
    testId: 'demo-non-llm',
    label: 'fetch: weather API (not chat)',
    client: 'fetch',
    chat: false,
    method: 'GET',
    path: '/api/weather',
    kind: 'json',
    status: 200,
  },
  {
    testId: 'demo-non-llm-items',
    label: 'fetch: items API with type, content, model (not chat)',
    client: 'fetch',
    chat: false,
    method: 'POST',
    path: '/api/items',
    kind: 'json',
    status: 201,
  },
  {
    testId: 'demo-non-llm-ticker',
    label: 'fetch: stock ticker SSE (not chat)',
    client: 'fetch',
    chat: false,
    method: 'POST',
    path: '/api/ticker',
    kind: 'stream',
    status: 200,
  },
];

export const CHAT_SCENARIOS: readonly ChatScenario[] = SCENARIOS.filter((s): s is ChatScenario => s.chat);

/** The button that runs every scenario in order and then shows `demo-done`. */
export const RUN_ALL_TEST_ID = 'demo-run-all';

/**
 * The button that runs only the Chat Completions scenarios and the weather API (the demo as it was
 * before the other wire formats): the end-to-end specs written against those seven exchanges use it.
 */
export const RUN_CHAT_TEST_ID = 'demo-run-chat';
export const isChatCompletionsScenario = (scenario: Scenario): boolean =>
  scenario.chat ? scenario.format === 'openai-chat' : scenario.testId === 'demo-non-llm';
export const DONE_TEST_ID = 'demo-done';
