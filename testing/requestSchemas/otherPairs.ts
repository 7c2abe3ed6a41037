import type { SchemaPair } from './schemaPair';
import { ITEMS_SCHEMA, WEATHER_SCHEMA } from './schemaPair';

/** OpenAI Responses and Ollama pairs: fewer, the same tool and output schemas. */
const RESPONSES_URL = 'https://api.openai.com/v1/responses';
const OLLAMA_URL = 'http://localhost:11434/api/chat';

const response = (output: readonly unknown[]): { mimeType: string; body: string } => ({
  mimeType: 'application/json',
  body: JSON.stringify({
    id: 'resp_schema_1',
    object: 'response',
    created_at: 1760000000,
    status: 'completed',
    model: 'gpt-4.1-mini',
    output,
    usage: { input_tokens: 52, output_tokens: 18, total_tokens: 70 },
  }),
});

const ollamaReply = (message: unknown): { mimeType: string; body: string } => ({
  mimeType: 'application/json',
  body: JSON.stringify({
    model: 'llama3.2',
    created_at: '2025-10-01T12:00:00Z',
    message,
    done: true,
    done_reason: 'stop',
    prompt_eval_count: 40,
    eval_count: 12,
  }),
});

export const OTHER_PAIRS: readonly SchemaPair[] = [
  {
    name: 'responses-wrong-enum',
    format: 'openai-responses',
    breaks: 'unit "C" is not one of the enum values (strict function tool)',
    url: RESPONSES_URL,
    request: {
      model: 'gpt-4.1-mini',
      input: 'Weather in Paris?',
      tools: [{ type: 'function', name: 'get_weather', parameters: WEATHER_SCHEMA, strict: true }],
    },
    response: response([
      {
        type: 'function_call',
        id: 'fc_1',
        call_id: 'call_1',
        name: 'get_weather',
        arguments: '{"city":"Paris","unit":"C"}',
        status: 'completed',
      },
    ]),
  },
  {
    name: 'responses-output-missing-field',
    format: 'openai-responses',
    breaks: 'text.format json_schema; the second item has no price',
    url: RESPONSES_URL,
    request: {
      model: 'gpt-4.1-mini',
      input: 'The menu?',
      text: { format: { type: 'json_schema', name: 'menu', schema: ITEMS_SCHEMA, strict: true } },
    },
    response: response([
      {
        type: 'message',
        id: 'msg_1',
        status: 'completed',
        role: 'assistant',
        content: [{ type: 'output_text', text: '{"items":[{"name":"Soup","price":6.5},{"name":"Bread"}]}', annotations: [] }],
      },
    ]),
  },
  {
    name: 'ollama-missing-required',
    format: 'ollama',
    breaks: 'required field "unit" is missing from the arguments',
    url: OLLAMA_URL,
    request: {
      model: 'llama3.2',
      stream: false,
      messages: [{ role: 'user', content: 'Weather in Paris?' }],
      tools: [{ type: 'function', function: { name: 'get_weather', parameters: WEATHER_SCHEMA } }],
    },
    response: ollamaReply({
      role: 'assistant',
      content: '',
      tool_calls: [{ function: { name: 'get_weather', arguments: { city: 'Paris' } } }],
    }),
  },
  {
    name: 'ollama-output-missing-field',
    format: 'ollama',
    breaks: 'format is a JSON Schema; the second item has no price',
    url: OLLAMA_URL,
    request: { model: 'llama3.2', stream: false, format: ITEMS_SCHEMA, messages: [{ role: 'user', content: 'The menu as JSON' }] },
    response: ollamaReply({ role: 'assistant', content: '{"items":[{"name":"Soup","price":6.5},{"name":"Bread"}]}' }),
  },
  {
    name: 'ollama-output-not-json',
    format: 'ollama',
    breaks: 'format: "json", but the content is prose',
    url: OLLAMA_URL,
    request: { model: 'llama3.2', stream: false, format: 'json', messages: [{ role: 'user', content: 'The menu as JSON' }] },
    response: ollamaReply({ role: 'assistant', content: 'Here is the menu: soup, bread.' }),
  },
];
