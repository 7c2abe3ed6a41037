import { describe, expect, it } from 'vitest';
import { bareChatExchange } from '../../testing/exchanges';
import { WEATHER_SCHEMA } from '../../testing/requestSchemas/schemaPair';
import { decodeExchange } from '../index';

/**
 * What the request offered, in the spellings that are easy to misread: Chat Completions' legacy
 * `functions` (answered by `function_call`, or by `tool_calls` from compatibles that translate
 * them), Responses' strict-by-default function tools, and request bodies that cannot be read.
 */

const schemaIssues = (fields: { url?: string; requestBody: string | null; body: string }) =>
  (decodeExchange(bareChatExchange(fields))?.issues ?? []).filter((issue) => issue.schema !== undefined);

const summary = (fields: { url?: string; requestBody: string | null; body: string }) =>
  schemaIssues(fields).map((issue) => [issue.path, issue.message]);

const chatReply = (message: Record<string, unknown>): string =>
  JSON.stringify({
    id: 'chatcmpl-legacy',
    object: 'chat.completion',
    created: 1760000000,
    model: 'gpt-3.5-turbo-0613',
    choices: [{ index: 0, message: { role: 'assistant', content: null, ...message }, finish_reason: 'function_call' }],
  });

const legacyRequest = JSON.stringify({
  model: 'gpt-3.5-turbo-0613',
  messages: [{ role: 'user', content: 'Weather in Paris?' }],
  functions: [{ name: 'get_weather', description: 'Current weather', parameters: WEATHER_SCHEMA }],
});

describe('legacy functions of Chat Completions', () => {
  it('a function_call that keeps to the function offered: no issue', () => {
    const body = chatReply({ function_call: { name: 'get_weather', arguments: '{"city":"Paris","unit":"celsius"}' } });
    expect(summary({ requestBody: legacyRequest, body })).toEqual([]);
  });

  it('a function_call breaking the function’s parameters is an error inside function_call.arguments', () => {
    const body = chatReply({ function_call: { name: 'get_weather', arguments: '{"city":"Paris","unit":"C"}' } });
    const issues = schemaIssues({ requestBody: legacyRequest, body });
    expect(issues.map((issue) => [issue.severity, issue.path, issue.message])).toEqual([
      ['error', 'choices[0].message.function_call.arguments.unit', 'must be one of celsius, fahrenheit; got "C"'],
    ]);
    expect(issues[0]?.schema).toEqual({ target: { kind: 'function_call', choice: 0 }, at: ['unit'], keyword: 'enum' });
  });

  it('a function_call naming a function the request did not offer: the name is the error', () => {
    const body = chatReply({ function_call: { name: 'get_forecast', arguments: '{}' } });
    expect(summary({ requestBody: legacyRequest, body })).toEqual([
      ['choices[0].message.function_call.name', 'the request offered no tool named "get_forecast"'],
    ]);
  });

  it('tool_calls answering a request that offered only functions: the function counts as offered', () => {
    const body = chatReply({
      tool_calls: [
        { id: 'call_1', type: 'function', function: { name: 'get_weather', arguments: '{"city":"Paris","unit":"fahrenheit"}' } },
      ],
    });
    expect(summary({ requestBody: legacyRequest, body })).toEqual([]);
    const wrong = chatReply({
      tool_calls: [{ id: 'call_1', type: 'function', function: { name: 'get_weather', arguments: '{"city":"Paris"}' } }],
    });
    expect(summary({ requestBody: legacyRequest, body: wrong })).toEqual([
      ['choices[0].message.tool_calls[0].function.arguments', 'required field "unit" is missing'],
    ]);
  });

  it('tools and functions together: both are offered', () => {
    const requestBody = JSON.stringify({
      model: 'gpt-4o-mini',
      messages: [],
      tools: [{ type: 'function', function: { name: 'get_time', parameters: { type: 'object' } } }],
      functions: [{ name: 'get_weather', parameters: WEATHER_SCHEMA }],
    });
    const body = chatReply({
      tool_calls: [
        { id: 'call_1', type: 'function', function: { name: 'get_time', arguments: '{}' } },
        { id: 'call_2', type: 'function', function: { name: 'get_weather', arguments: '{"city":"Paris","unit":"celsius"}' } },
      ],
    });
    expect(summary({ requestBody, body })).toEqual([]);
  });
});

const RESPONSES_URL = 'https://api.openai.com/v1/responses';

const responsesReply = (args: string): string =>
  JSON.stringify({
    id: 'resp_strict',
    object: 'response',
    created_at: 1760000000,
    status: 'completed',
    model: 'gpt-4.1-mini',
    output: [{ type: 'function_call', id: 'fc_1', call_id: 'call_1', name: 'get_weather', arguments: args, status: 'completed' }],
    usage: { input_tokens: 52, output_tokens: 18, total_tokens: 70 },
  });

const responsesRequest = (strict: Record<string, unknown>): string =>
  JSON.stringify({
    model: 'gpt-4.1-mini',
    input: 'Weather in Paris?',
    tools: [{ type: 'function', name: 'get_weather', parameters: WEATHER_SCHEMA, ...strict }],
  });

describe('Responses function tools are strict unless strict is false', () => {
  const enumBreak = (strict: Record<string, unknown>) =>
    summary({ url: RESPONSES_URL, requestBody: responsesRequest(strict), body: responsesReply('{"city":"Paris","unit":"C"}') });
  const path = 'choices[0].message.tool_calls[0].function.arguments.unit';
  const broken = 'must be one of celsius, fahrenheit; got "C"';

  it('strict left out: the issue says the provider promised matching arguments by default', () => {
    expect(enumBreak({})).toEqual([
      [path, `${broken} (Responses tools are strict unless strict is false: the provider promised arguments that match)`],
    ]);
    expect(enumBreak({ strict: null })).toEqual([
      [path, `${broken} (Responses tools are strict unless strict is false: the provider promised arguments that match)`],
    ]);
  });

  it('strict: true is the declared promise; strict: false makes no promise', () => {
    expect(enumBreak({ strict: true })).toEqual([[path, `${broken} (the tool is strict: the provider promised arguments that match)`]]);
    expect(enumBreak({ strict: false })).toEqual([[path, broken]]);
  });

  it('Chat Completions tools are not strict unless they say so', () => {
    const requestBody = JSON.stringify({
      model: 'gpt-4o-mini',
      messages: [],
      tools: [{ type: 'function', function: { name: 'get_weather', parameters: WEATHER_SCHEMA } }],
    });
    const body = chatReply({
      tool_calls: [{ id: 'call_1', type: 'function', function: { name: 'get_weather', arguments: '{"city":"Paris","unit":"C"}' } }],
    });
    expect(summary({ requestBody, body })).toEqual([[path, broken]]);
  });
});

describe('a request body that cannot be read: no schema checks', () => {
  const body = chatReply({
    tool_calls: [{ id: 'call_1', type: 'function', function: { name: 'get_weather', arguments: '{"city":"Paris","unit":"C"}' } }],
  });
  const request = JSON.stringify({
    model: 'gpt-4o-mini',
    messages: [{ role: 'user', content: 'Weather in Paris?' }],
    tools: [{ type: 'function', function: { name: 'get_weather', parameters: WEATHER_SCHEMA } }],
  });

  it('the whole body gives the error the cut one must not', () => {
    expect(summary({ requestBody: request, body })).toEqual([
      ['choices[0].message.tool_calls[0].function.arguments.unit', 'must be one of celsius, fahrenheit; got "C"'],
    ]);
  });

  it('cut by the capture (live capture keeps the first 32 KiB): neither its tools nor a missing tool are judged', () => {
    // Cut inside the tools: reading what is there would claim get_weather was never offered.
    const cut = request.slice(0, request.indexOf('get_weather'));
    expect(summary({ requestBody: cut, body })).toEqual([]);
    expect(summary({ requestBody: request.slice(0, -1), body })).toEqual([]);
  });

  it('none given (the browser could not), empty, or not JSON: nothing is judged', () => {
    expect(summary({ requestBody: null, body })).toEqual([]);
    expect(summary({ requestBody: '', body })).toEqual([]);
    expect(summary({ requestBody: '[{"tools":[]}]', body })).toEqual([]);
  });
});
