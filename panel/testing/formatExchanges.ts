import type { CapturedExchange, DecodedExchange, DecodeOptions } from '../../decode/index';
import { bareChatExchange } from '../../testing/exchanges';

/**
 * Exchanges of the formats issue 13 adds, each a capture with the DecodedExchange written by hand
 * in the shape the issue's table gives, for panel tests that cannot wait for decode/'s format
 * modules. The bodies are what the decoding says (the Raw tab shows them), the values read off them
 * by hand. A panel given `handMadeDecoder` shows these decodings and decodes anything else for real.
 */
export type HandMadeExchange = { readonly captured: CapturedExchange; readonly decoded: DecodedExchange };

const STARTED = Date.UTC(2025, 9, 2, 9, 30, 0, 0);

/** 64 characters of base64, as Anthropic's thinking signatures look (real ones run to hundreds). */
export const ANTHROPIC_SIGNATURE = 'EqQBCgIYAhIM1gbcDa9GJwZA2b3hGgxBdjrkzLoky3dl1pkiMOYds4nM2lCqZzJe';
/** Redacted thinking's opaque data: 44 ASCII characters, so 44 bytes. */
export const REDACTED_DATA = 'EmwKAhgBEgy3va3pzix/LafPsn4aDFIT2Xlxh0L5L8rL';

const anthropicRequest = {
  model: 'claude-sonnet-4-5',
  max_tokens: 1024,
  system: 'You are a weather assistant.',
  tools: [{ name: 'get_forecast', input_schema: { type: 'object' } }],
  messages: [
    {
      role: 'user',
      content: [
        { type: 'text', text: 'What is the weather in Paris? Here is the view from my window.' },
        { type: 'image', source: { type: 'base64', media_type: 'image/jpeg', data: '/9j/4AAQ' } },
      ],
    },
    {
      role: 'assistant',
      content: [
        { type: 'thinking', thinking: 'I should look up the forecast.', signature: ANTHROPIC_SIGNATURE },
        { type: 'tool_use', id: 'toolu_01A', name: 'get_forecast', input: { city: 'Paris' } },
      ],
    },
    { role: 'user', content: [{ type: 'tool_result', tool_use_id: 'toolu_01A', content: '{"temp_c":18}' }] },
  ],
};

const anthropicResponse = {
  id: 'msg_01XFDUDYJgAACzvnptvVoYEL',
  type: 'message',
  role: 'assistant',
  model: 'claude-sonnet-4-5-20250929',
  content: [
    { type: 'thinking', thinking: 'The forecast says 18 °C; a search confirms it.', signature: ANTHROPIC_SIGNATURE },
    { type: 'redacted_thinking', data: REDACTED_DATA },
    { type: 'server_tool_use', id: 'srvtoolu_014', name: 'web_search', input: { query: 'Paris weather today' } },
    {
      type: 'web_search_tool_result',
      tool_use_id: 'srvtoolu_014',
      content: [{ type: 'web_search_result', url: 'https://weather.example/paris', title: 'Paris weather' }],
    },
    {
      type: 'text',
      text: 'It is 18 °C and sunny in Paris.',
      citations: [
        { type: 'web_search_result_location', url: 'https://weather.example/paris', title: 'Paris weather', cited_text: '18 °C' },
      ],
    },
    { type: 'tool_use', id: 'toolu_01B', name: 'get_forecast', input: { city: 'Paris', days: 3 } },
  ],
  stop_reason: 'tool_use',
  usage: { input_tokens: 2095, output_tokens: 503, cache_read_input_tokens: 1800, cache_creation_input_tokens: 0 },
};

/** Anthropic Messages, JSON: thinking with a signature, redacted thinking, a web search the provider ran, a tool_use call. */
export const anthropicExchange: HandMadeExchange = {
  captured: bareChatExchange({
    id: 'anthropic-json',
    url: 'https://api.anthropic.com/v1/messages',
    startedAt: STARTED,
    durationMs: 2400,
    requestHeaders: [
      { name: 'content-type', value: 'application/json' },
      { name: 'x-api-key', value: 'sk-ant-api03-abcdefghijklmnop1234' },
      { name: 'anthropic-version', value: '2023-06-01' },
      { name: 'anthropic-dangerous-direct-browser-access', value: 'true' },
    ],
    requestBody: JSON.stringify(anthropicRequest),
    responseHeaders: [{ name: 'content-type', value: 'application/json' }],
    body: JSON.stringify(anthropicResponse),
    timings: { wait: 2300, receive: 100 },
    source: 'live',
  }),
  decoded: {
    url: 'https://api.anthropic.com/v1/messages',
    status: 200,
    format: 'anthropic-messages',
    kind: 'completion',
    conforms: true,
    issues: [],
    completion: {
      id: 'msg_01XFDUDYJgAACzvnptvVoYEL',
      object: 'message',
      created: null,
      model: 'claude-sonnet-4-5-20250929',
      choices: [
        {
          index: 0,
          finish_reason: 'tool_use',
          message: {
            role: 'assistant',
            content: 'It is 18 °C and sunny in Paris.',
            reasoning: 'The forecast says 18 °C; a search confirms it.',
            reasoning_blocks: [
              { type: 'thinking', text: 'The forecast says 18 °C; a search confirms it.', signature: ANTHROPIC_SIGNATURE },
              { type: 'redacted_thinking', data: REDACTED_DATA },
            ],
            server_tools: [
              {
                id: 'srvtoolu_014',
                name: 'web_search',
                arguments: '{"query":"Paris weather today"}',
                result: '[{"type":"web_search_result","url":"https://weather.example/paris","title":"Paris weather"}]',
              },
            ],
            tool_calls: [{ id: 'toolu_01B', type: 'function', function: { name: 'get_forecast', arguments: '{"city":"Paris","days":3}' } }],
            annotations: [
              { type: 'web_search_result_location', url: 'https://weather.example/paris', title: 'Paris weather', start_index: null, end_index: null },
            ],
          },
        },
      ],
      usage: {
        prompt_tokens: 2095,
        completion_tokens: 503,
        total_tokens: null,
        prompt_tokens_details: { cache_read_input_tokens: 1800, cache_creation_input_tokens: 0 },
      },
    },
    error: null,
    stream: null,
    request: {
      model: 'claude-sonnet-4-5',
      messages: 3,
      tools: 1,
      toolNames: ['get_forecast'],
      conversation: [
        { role: 'system', content: 'You are a weather assistant.' },
        {
          role: 'user',
          content: 'What is the weather in Paris? Here is the view from my window.',
          attachments: [{ type: 'image', mediaType: 'image/jpeg', name: null }],
        },
        {
          role: 'assistant',
          content: null,
          reasoning: 'I should look up the forecast.',
          tool_calls: [{ id: 'toolu_01A', type: 'function', function: { name: 'get_forecast', arguments: '{"city":"Paris"}' } }],
        },
        { role: 'tool', content: '{"temp_c":18}', tool_call_id: 'toolu_01A' },
      ],
    },
  },
};

/** The AI SDK UI message stream's parts (data-only SSE); decode/ sets each event's name to the part's `type`. */
const aiSdkParts = [
  { type: 'start', messageId: 'msg-7f3a' },
  { type: 'reasoning-start', id: 'r1' },
  { type: 'reasoning-delta', id: 'r1', delta: 'The user greets me.' },
  { type: 'reasoning-end', id: 'r1' },
  { type: 'text-start', id: 't1' },
  { type: 'text-delta', id: 't1', delta: 'Hello! ' },
  { type: 'text-delta', id: 't1', delta: 'How can I help?' },
  { type: 'text-end', id: 't1' },
  { type: 'finish' },
];
const aiSdkEvents = [...aiSdkParts.map((part) => ({ event: part.type, data: JSON.stringify(part) })), { data: '[DONE]' }];

/** An AI SDK `useChat` route's UI message stream: no model, no usage (the app sent no metadata). */
export const aiSdkExchange: HandMadeExchange = {
  captured: bareChatExchange({
    id: 'ai-sdk-stream',
    url: 'http://localhost:3000/api/chat',
    startedAt: STARTED + 5_000,
    durationMs: 900,
    requestHeaders: [{ name: 'content-type', value: 'application/json' }],
    requestBody: JSON.stringify({
      id: 'chat-1',
      messages: [
        {
          id: 'u1',
          role: 'user',
          parts: [
            { type: 'text', text: 'Hi there, what does this chart say?' },
            { type: 'file', mediaType: 'image/png', filename: 'chart.png', url: 'data:image/png;base64,iVBORw0KGgo=' },
          ],
        },
      ],
    }),
    responseHeaders: [
      { name: 'content-type', value: 'text/event-stream' },
      { name: 'x-vercel-ai-ui-message-stream', value: 'v1' },
    ],
    mimeType: 'text/event-stream',
    body: aiSdkEvents.map((event) => `data: ${event.data}\n\n`).join(''),
    timings: { wait: 300, receive: 600 },
    source: 'live',
  }),
  decoded: {
    url: 'http://localhost:3000/api/chat',
    status: 200,
    format: 'ai-sdk-ui',
    kind: 'stream',
    conforms: true,
    issues: [],
    completion: {
      id: 'msg-7f3a',
      object: null,
      created: null,
      model: null,
      choices: [
        {
          index: 0,
          finish_reason: null,
          message: { role: 'assistant', content: 'Hello! How can I help?', reasoning: 'The user greets me.' },
        },
      ],
      usage: null,
    },
    error: null,
    stream: { events: aiSdkEvents.length, done: true, eventList: aiSdkEvents.map((event, index) => ({ index, ...event })) },
    request: {
      messages: 1,
      conversation: [
        {
          role: 'user',
          content: 'Hi there, what does this chart say?',
          attachments: [{ type: 'file', mediaType: 'image/png', name: 'chart.png' }],
        },
      ],
    },
  },
};

/** Ollama's /api/chat, JSON: no id (the format has none), no total. */
export const ollamaExchange: HandMadeExchange = {
  captured: bareChatExchange({
    id: 'ollama-json',
    url: 'http://localhost:11434/api/chat',
    startedAt: STARTED + 10_000,
    durationMs: 3100,
    requestHeaders: [{ name: 'content-type', value: 'application/json' }],
    requestBody: JSON.stringify({ model: 'llama3.2', stream: false, messages: [{ role: 'user', content: 'Why is the sky blue?' }] }),
    responseHeaders: [{ name: 'content-type', value: 'application/json; charset=utf-8' }],
    body: JSON.stringify({
      model: 'llama3.2',
      created_at: '2025-10-02T09:30:10.000Z',
      message: { role: 'assistant', content: 'Rayleigh scattering.' },
      done_reason: 'stop',
      done: true,
      prompt_eval_count: 26,
      eval_count: 298,
    }),
    timings: { wait: 3000, receive: 100 },
    source: 'live',
  }),
  decoded: {
    url: 'http://localhost:11434/api/chat',
    status: 200,
    format: 'ollama',
    kind: 'completion',
    conforms: true,
    issues: [],
    completion: {
      id: null,
      object: null,
      created: null,
      model: 'llama3.2',
      choices: [{ index: 0, finish_reason: 'stop', message: { role: 'assistant', content: 'Rayleigh scattering.' } }],
      usage: { prompt_tokens: 26, completion_tokens: 298, total_tokens: null },
    },
    error: null,
    stream: null,
    request: { model: 'llama3.2', messages: 1, stream: false, conversation: [{ role: 'user', content: 'Why is the sky blue?' }] },
  },
};

export const handMadeExchanges: readonly HandMadeExchange[] = [anthropicExchange, aiSdkExchange, ollamaExchange];

/**
 * decode/'s decodeExchange, except for the hand-made exchanges, whose decodings it answers as
 * written (a fresh copy each time, as decode/ makes a new one per call).
 */
type Decode = (exchange: CapturedExchange, options?: DecodeOptions) => DecodedExchange | null;

export function handMadeDecoder(decode: Decode, exchanges: readonly HandMadeExchange[] = handMadeExchanges): Decode {
  const byId = new Map(exchanges.map((exchange) => [exchange.captured.id, exchange.decoded]));
  return (exchange, options) => {
    const decoded = byId.get(exchange.id);
    return decoded === undefined ? decode(exchange, options) : structuredClone(decoded);
  };
}
