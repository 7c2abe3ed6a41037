import type { CapturedExchange, ContractIssue, DecodedExchange } from '../../decode/index';
import { decodeExchange } from '../../decode/index';
import { bareChatExchange } from '../../testing/exchanges';
import type { HandMadeExchange } from './formatExchanges';

/**
 * Chat Completions exchanges whose responses break the JSON Schemas their requests carried (issue
 * 15), for panel tests written before decode/ checks them: the decoding is decode/'s own with the
 * schema issues added by hand, in the shape decode/model.ts's SchemaIssueFacts gives. The values
 * are read off the bodies below by hand.
 */

const weatherParameters = {
  type: 'object',
  properties: { city: { type: 'string' }, unit: { type: 'string', enum: ['celsius', 'fahrenheit'] } },
  required: ['city', 'unit'],
};

const forecastSchema = {
  type: 'object',
  properties: {
    city: { type: 'string' },
    days: {
      type: 'array',
      items: { type: 'object', properties: { day: { type: 'string' }, high_c: { type: 'number' } }, required: ['day', 'high_c'] },
    },
  },
  required: ['city', 'days'],
};

function exchange(id: string, request: object, message: object, finish: string): CapturedExchange {
  return bareChatExchange({
    id,
    startedAt: Date.UTC(2025, 10, 3, 8, 0, 0),
    durationMs: 640,
    requestHeaders: [{ name: 'content-type', value: 'application/json' }],
    requestBody: JSON.stringify({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'Weather in Paris?' }], ...request }),
    responseHeaders: [{ name: 'content-type', value: 'application/json' }],
    body: JSON.stringify({
      id: `chatcmpl-${id}`,
      object: 'chat.completion',
      created: 1762156800,
      model: 'gpt-4o-mini-2024-07-18',
      choices: [{ index: 0, message: { role: 'assistant', ...message }, finish_reason: finish, logprobs: null }],
      usage: { prompt_tokens: 80, completion_tokens: 24, total_tokens: 104 },
    }),
  });
}

function withIssues(captured: CapturedExchange, issues: readonly ContractIssue[]): HandMadeExchange {
  const decoded: DecodedExchange | null = decodeExchange(captured);
  if (decoded === null) throw new Error(`${captured.id} is not a chat exchange`);
  // Once decode/ checks schemas itself its own findings are left out, so these tests keep reading the ones written here.
  const contract = decoded.issues.filter((issue) => issue.schema === undefined);
  // Like decode/, schema issues leave `conforms` alone: it says whether the provider kept its wire format.
  return { captured, decoded: { ...decoded, issues: [...contract, ...issues] } };
}

/** Two tool calls; the second, get_weather, sends `"unit":"C"` where the enum is celsius/fahrenheit. */
export const wrongEnumToolCall: HandMadeExchange = withIssues(
  exchange(
    'schema-enum',
    {
      tools: [
        { type: 'function', function: { name: 'get_time', parameters: { type: 'object', properties: { city: { type: 'string' } } } } },
        { type: 'function', function: { name: 'get_weather', parameters: weatherParameters } },
      ],
    },
    {
      content: null,
      tool_calls: [
        { id: 'call_time', type: 'function', function: { name: 'get_time', arguments: '{"city":"Paris"}' } },
        { id: 'call_weather', type: 'function', function: { name: 'get_weather', arguments: '{"city":"Paris","unit":"C"}' } },
      ],
    },
    'tool_calls',
  ),
  [
    {
      severity: 'error',
      path: 'choices[0].message.tool_calls[1].function.arguments.unit',
      message: 'must be one of celsius, fahrenheit; got "C"',
      schema: { target: { kind: 'tool_call', choice: 0, index: 1 }, at: ['unit'], keyword: 'enum' },
    },
  ],
);

/** A structured answer (response_format json_schema) whose second day lacks the required high_c. */
export const missingRequiredContent: HandMadeExchange = withIssues(
  exchange(
    'schema-required',
    { response_format: { type: 'json_schema', json_schema: { name: 'forecast', strict: true, schema: forecastSchema } } },
    { content: '{"city":"Paris","days":[{"day":"Mon","high_c":18},{"day":"Tue"}]}' },
    'stop',
  ),
  [
    {
      severity: 'error',
      path: 'choices[0].message.content.days[1].high_c',
      message: 'required field "high_c" is missing',
      schema: { target: { kind: 'content', choice: 0 }, at: ['days', 1], keyword: 'required' },
    },
  ],
);

export const schemaExchanges: readonly HandMadeExchange[] = [wrongEnumToolCall, missingRequiredContent];
