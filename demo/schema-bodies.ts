/**
 * Issue 15's demo: requests that carry JSON Schemas (tool parameters, response_format, Anthropic's
 * input_schema, Gemini's functionDeclarations) and hand-written answers that break them, as models do:
 * an enum value the schema does not list (`"unit":"C"` where it allows celsius or fahrenheit), a
 * structured answer without a required field. Plain data: the page sends the requests, the server
 * (schema-route.ts) answers with the bodies, and the e2e spec reads its expectations from here.
 */

/** The weather tool every case offers: `unit` must be one of two words. */
export const WEATHER_PARAMETERS = {
  type: 'object',
  properties: {
    city: { type: 'string', description: 'City name, e.g. Paris' },
    unit: { type: 'string', enum: ['celsius', 'fahrenheit'] },
  },
  required: ['city', 'unit'],
  additionalProperties: false,
};

/** The structured answer's schema: all three fields required. */
export const WEATHER_REPORT_SCHEMA = {
  type: 'object',
  properties: { city: { type: 'string' }, temperature: { type: 'number' }, conditions: { type: 'string' } },
  required: ['city', 'temperature', 'conditions'],
  additionalProperties: false,
};

const QUESTION = "What's the weather in Paris right now?";
const CREATED = 1764979200;

export type SchemaCase = {
  /** The URL path the page posts to; `/schema/<case>/` then the provider's own path, which the panel recognizes. */
  readonly path: string;
  /** Headers besides content-type (Anthropic's own, which also tell the panel the format). */
  readonly headers: Readonly<Record<string, string>>;
  readonly request: object;
  readonly response: object;
};

export const SCHEMA_CASES = {
  /** Chat Completions: the get_weather call sends unit "C". */
  'chat-tool-enum': {
    path: '/schema/chat-tool-enum/v1/chat/completions',
    headers: {},
    request: {
      model: 'gpt-4o-mini-2024-07-18',
      messages: [{ role: 'user', content: QUESTION }],
      tools: [{ type: 'function', function: { name: 'get_weather', description: 'Current weather', parameters: WEATHER_PARAMETERS } }],
    },
    response: {
      id: 'chatcmpl-schema-enum',
      object: 'chat.completion',
      created: CREATED,
      model: 'gpt-4o-mini-2024-07-18',
      choices: [
        {
          index: 0,
          message: {
            role: 'assistant',
            content: null,
            tool_calls: [{ id: 'call_wx1', type: 'function', function: { name: 'get_weather', arguments: '{"city":"Paris","unit":"C"}' } }],
            refusal: null,
          },
          logprobs: null,
          finish_reason: 'tool_calls',
        },
      ],
      usage: { prompt_tokens: 81, completion_tokens: 18, total_tokens: 99 },
    },
  },
  /** Chat Completions, response_format json_schema: the answer has no temperature. */
  'chat-structured-required': {
    path: '/schema/chat-structured-required/v1/chat/completions',
    headers: {},
    request: {
      model: 'gpt-4o-mini-2024-07-18',
      messages: [{ role: 'user', content: QUESTION }],
      response_format: { type: 'json_schema', json_schema: { name: 'weather_report', strict: true, schema: WEATHER_REPORT_SCHEMA } },
    },
    response: {
      id: 'chatcmpl-schema-required',
      object: 'chat.completion',
      created: CREATED,
      model: 'gpt-4o-mini-2024-07-18',
      choices: [
        {
          index: 0,
          message: { role: 'assistant', content: '{"city":"Paris","conditions":"light rain"}', refusal: null },
          logprobs: null,
          finish_reason: 'stop',
        },
      ],
      usage: { prompt_tokens: 102, completion_tokens: 12, total_tokens: 114 },
    },
  },
  /** Anthropic Messages: the tool_use block's input sends unit "C". */
  'anthropic-tool-enum': {
    path: '/schema/anthropic-tool-enum/v1/messages',
    headers: { 'anthropic-version': '2023-06-01', 'anthropic-dangerous-direct-browser-access': 'true' },
    request: {
      model: 'claude-sonnet-4-5-20250929',
      max_tokens: 1024,
      tools: [{ name: 'get_weather', description: 'Current weather', input_schema: WEATHER_PARAMETERS }],
      messages: [{ role: 'user', content: QUESTION }],
    },
    response: {
      id: 'msg_01SchemaEnum',
      type: 'message',
      role: 'assistant',
      model: 'claude-sonnet-4-5-20250929',
      content: [
        { type: 'text', text: "I'll look up the weather in Paris." },
        { type: 'tool_use', id: 'toolu_01Wx', name: 'get_weather', input: { city: 'Paris', unit: 'C' } },
      ],
      stop_reason: 'tool_use',
      stop_sequence: null,
      usage: { input_tokens: 412, output_tokens: 58 },
    },
  },
  /** Gemini generateContent: the functionCall's args send unit "C". */
  'gemini-function-enum': {
    path: '/schema/gemini-function-enum/v1beta/models/gemini-2.5-flash:generateContent',
    headers: {},
    request: {
      contents: [{ role: 'user', parts: [{ text: QUESTION }] }],
      tools: [{ functionDeclarations: [{ name: 'get_weather', description: 'Current weather', parameters: WEATHER_PARAMETERS }] }],
    },
    response: {
      candidates: [
        {
          content: { role: 'model', parts: [{ functionCall: { name: 'get_weather', args: { city: 'Paris', unit: 'C' } } }] },
          finishReason: 'STOP',
          index: 0,
        },
      ],
      usageMetadata: { promptTokenCount: 64, candidatesTokenCount: 9, totalTokenCount: 73 },
      modelVersion: 'gemini-2.5-flash',
      responseId: 'schema-enum-gemini',
    },
  },
} as const satisfies Readonly<Record<string, SchemaCase>>;

export type SchemaCaseName = keyof typeof SCHEMA_CASES;

export const isSchemaCaseName = (name: string): name is SchemaCaseName => Object.hasOwn(SCHEMA_CASES, name);
