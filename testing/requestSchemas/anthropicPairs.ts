import type { SchemaPair } from './schemaPair';
import { ITEMS_SCHEMA, REMOTE_REF_SCHEMA, WEATHER_SCHEMA } from './schemaPair';

/** Anthropic Messages pairs: tools carry `input_schema`; structured output is `output_format`. */
const URL = 'https://api.anthropic.com/v1/messages';
const MODEL = 'claude-sonnet-4-5';

const weatherRequest = (inputSchema: unknown = WEATHER_SCHEMA): unknown => ({
  model: MODEL,
  max_tokens: 1024,
  messages: [{ role: 'user', content: 'Weather in Paris for three days?' }],
  tools: [{ name: 'get_weather', description: 'Forecast for a city', input_schema: inputSchema }],
});

const message = (content: unknown, stopReason: string): string =>
  JSON.stringify({
    id: 'msg_schema_1',
    type: 'message',
    role: 'assistant',
    model: MODEL,
    content,
    stop_reason: stopReason,
    stop_sequence: null,
    usage: { input_tokens: 410, output_tokens: 40 },
  });

const toolReply = (name: string, input: unknown): { mimeType: string; body: string } => ({
  mimeType: 'application/json',
  body: message([{ type: 'tool_use', id: 'toolu_1', name, input }], 'tool_use'),
});

/** A stream whose tool_use arguments arrive as partial_json fragments that never close. */
const brokenToolStream = (): string =>
  [
    {
      type: 'message_start',
      message: {
        id: 'msg_schema_2',
        type: 'message',
        role: 'assistant',
        model: MODEL,
        content: [],
        stop_reason: null,
        stop_sequence: null,
        usage: { input_tokens: 410, output_tokens: 1 },
      },
    },
    { type: 'content_block_start', index: 0, content_block: { type: 'tool_use', id: 'toolu_2', name: 'get_weather', input: {} } },
    { type: 'content_block_delta', index: 0, delta: { type: 'input_json_delta', partial_json: '' } },
    { type: 'content_block_delta', index: 0, delta: { type: 'input_json_delta', partial_json: '{"city": "Par' } },
    { type: 'content_block_stop', index: 0 },
    { type: 'message_delta', delta: { stop_reason: 'tool_use', stop_sequence: null }, usage: { output_tokens: 12 } },
    { type: 'message_stop' },
  ]
    .map((event) => `event: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`)
    .join('');

export const ANTHROPIC_PAIRS: readonly SchemaPair[] = [
  {
    name: 'anthropic-wrong-enum',
    format: 'anthropic-messages',
    breaks: 'unit "C" is not one of the enum values',
    url: URL,
    request: weatherRequest(),
    response: toolReply('get_weather', { city: 'Paris', unit: 'C' }),
  },
  {
    name: 'anthropic-missing-required',
    format: 'anthropic-messages',
    breaks: 'required field "unit" is missing from the input',
    url: URL,
    request: weatherRequest(),
    response: toolReply('get_weather', { city: 'Paris' }),
  },
  {
    name: 'anthropic-wrong-type',
    format: 'anthropic-messages',
    breaks: 'days is 10: above the maximum of 7',
    url: URL,
    request: weatherRequest(),
    response: toolReply('get_weather', { city: 'Paris', unit: 'celsius', days: 10 }),
  },
  {
    name: 'anthropic-unknown-tool',
    format: 'anthropic-messages',
    breaks: 'the tool_use names get_forecast, which the request did not offer',
    url: URL,
    request: weatherRequest(),
    response: toolReply('get_forecast', { city: 'Paris' }),
  },
  {
    name: 'anthropic-unparseable-arguments',
    format: 'anthropic-messages',
    breaks: 'a stream whose input_json_delta fragments stop mid-string',
    url: URL,
    request: { ...(weatherRequest() as object), stream: true },
    response: { mimeType: 'text/event-stream', body: brokenToolStream() },
  },
  {
    name: 'anthropic-output-missing-field',
    format: 'anthropic-messages',
    breaks: 'output_format json_schema, but the text has no "items"',
    url: URL,
    request: {
      model: MODEL,
      max_tokens: 1024,
      messages: [{ role: 'user', content: 'The menu?' }],
      output_format: { type: 'json_schema', schema: ITEMS_SCHEMA },
    },
    response: { mimeType: 'application/json', body: message([{ type: 'text', text: '{"menu":[]}' }], 'end_turn') },
  },
  {
    name: 'anthropic-unreadable-schema',
    format: 'anthropic-messages',
    breaks: 'the input_schema $refs another document, which is never fetched',
    url: URL,
    request: weatherRequest(REMOTE_REF_SCHEMA),
    response: toolReply('get_weather', { city: 'Paris' }),
  },
];
