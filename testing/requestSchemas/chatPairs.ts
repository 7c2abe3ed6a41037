import type { SchemaPair } from './schemaPair';
import { ITEMS_SCHEMA, REMOTE_REF_SCHEMA, WEATHER_SCHEMA } from './schemaPair';

/** Chat Completions pairs: a request offering get_weather (or asking for structured output), a reply breaking it. */
const URL = 'https://api.openai.com/v1/chat/completions';
const MESSAGES = [{ role: 'user', content: 'Weather in Paris for three days?' }];

const weatherRequest = (parameters: unknown = WEATHER_SCHEMA, strict = false): unknown => ({
  model: 'gpt-4.1-mini',
  messages: MESSAGES,
  tools: [{ type: 'function', function: { name: 'get_weather', description: 'Forecast for a city', parameters, strict } }],
});

const completion = (message: unknown, finish: string): string =>
  JSON.stringify({
    id: 'chatcmpl-schema-1',
    object: 'chat.completion',
    created: 1760000000,
    model: 'gpt-4.1-mini',
    choices: [{ index: 0, message, finish_reason: finish, logprobs: null }],
    usage: { prompt_tokens: 52, completion_tokens: 18, total_tokens: 70 },
  });

const toolReply = (name: string, args: string): { mimeType: string; body: string } => ({
  mimeType: 'application/json',
  body: completion(
    { role: 'assistant', content: null, tool_calls: [{ id: 'call_1', type: 'function', function: { name, arguments: args } }] },
    'tool_calls',
  ),
});

const textReply = (content: string): { mimeType: string; body: string } => ({
  mimeType: 'application/json',
  body: completion({ role: 'assistant', content }, 'stop'),
});

const itemsRequest = (schema: unknown): unknown => ({
  model: 'gpt-4.1-mini',
  messages: [{ role: 'user', content: 'List the menu with prices' }],
  response_format: { type: 'json_schema', json_schema: { name: 'menu', schema, strict: true } },
});

export const CHAT_PAIRS: readonly SchemaPair[] = [
  {
    name: 'chat-wrong-enum',
    format: 'openai-chat',
    breaks: 'unit "C" is not one of the enum values (strict tool)',
    url: URL,
    request: weatherRequest(WEATHER_SCHEMA, true),
    response: toolReply('get_weather', '{"city":"Paris","unit":"C"}'),
  },
  {
    name: 'chat-missing-required',
    format: 'openai-chat',
    breaks: 'required field "city" is missing from the arguments',
    url: URL,
    request: weatherRequest(),
    response: toolReply('get_weather', '{"unit":"celsius"}'),
  },
  {
    name: 'chat-wrong-type',
    format: 'openai-chat',
    breaks: 'days is a string, not an integer; an extra field "country"',
    url: URL,
    request: weatherRequest(),
    response: toolReply('get_weather', '{"city":"Paris","unit":"celsius","days":"3","country":"FR"}'),
  },
  {
    name: 'chat-unknown-tool',
    format: 'openai-chat',
    breaks: 'the call names get_forecast, which the request did not offer',
    url: URL,
    request: weatherRequest(),
    response: toolReply('get_forecast', '{"city":"Paris"}'),
  },
  {
    name: 'chat-unparseable-arguments',
    format: 'openai-chat',
    breaks: 'the arguments have a trailing comma: not JSON',
    url: URL,
    request: weatherRequest(),
    response: toolReply('get_weather', '{"city":"Paris","unit":"celsius",}'),
  },
  {
    name: 'chat-output-missing-field',
    format: 'openai-chat',
    breaks: "the structured content's second item has no price (strict json_schema)",
    url: URL,
    request: itemsRequest(ITEMS_SCHEMA),
    response: textReply('{"items":[{"name":"Soup","price":6.5},{"name":"Bread"}]}'),
  },
  {
    name: 'chat-json-object-not-object',
    format: 'openai-chat',
    breaks: 'json_object mode, but the content is a JSON array',
    url: URL,
    request: { model: 'gpt-4.1-mini', messages: MESSAGES, response_format: { type: 'json_object' } },
    response: textReply('["Paris", 21]'),
  },
  {
    name: 'chat-unreadable-schema',
    format: 'openai-chat',
    breaks: "the tool's schema $refs another document, which is never fetched",
    url: URL,
    request: weatherRequest(REMOTE_REF_SCHEMA),
    response: toolReply('get_weather', '{"city":"Paris"}'),
  },
];
