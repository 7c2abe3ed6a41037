import { describe, expect, it } from 'vitest';
import { streamText } from '../../testing/chatBodies';
import { bareChatExchange } from '../../testing/exchanges';
import { decodeExchange } from '../index';

/** Schema checks read the reassembled completion, and the request in every spelling its API accepts. */

const schemaIssues = (exchange: Parameters<typeof decodeExchange>[0]) =>
  (decodeExchange(exchange)?.issues ?? []).filter((issue) => issue.schema !== undefined).map((issue) => [issue.path, issue.message]);

const WEATHER = { type: 'object', properties: { unit: { enum: ['celsius', 'fahrenheit'] } }, required: ['unit'] };

describe('streams', () => {
  it('a Chat Completions tool call whose arguments arrive in fragments is judged once, joined', () => {
    const fragment = (index: number, args: string, name?: string) => ({
      tool_calls: [
        {
          index,
          ...(name === undefined ? {} : { id: `call_${index}`, type: 'function' }),
          function: { ...(name === undefined ? {} : { name }), arguments: args },
        },
      ],
    });
    const body = streamText([
      fragment(0, '', 'get_weather'),
      fragment(0, '{"unit":'),
      fragment(0, '"kelvin"}'),
      fragment(1, '', 'get_weather'),
      fragment(1, '{"unit":"celsius"}'),
    ]);
    const requestBody = JSON.stringify({
      model: 'm',
      messages: [],
      stream: true,
      tools: [{ type: 'function', function: { name: 'get_weather', parameters: WEATHER } }],
    });
    expect(schemaIssues(bareChatExchange({ requestBody, body, mimeType: 'text/event-stream' }))).toEqual([
      ['choices[0].message.tool_calls[0].function.arguments.unit', 'must be one of celsius, fahrenheit; got "kelvin"'],
    ]);
  });
});

describe('Gemini snake_case requests', () => {
  it('function_declarations, parameters_json_schema and generation_config.response_schema are read', () => {
    const url = 'https://generativelanguage.googleapis.com/v1beta/models/gemini-2.5-flash:generateContent';
    const reply = (parts: readonly unknown[]) =>
      JSON.stringify({
        candidates: [{ content: { role: 'model', parts }, finishReason: 'STOP', index: 0 }],
        modelVersion: 'gemini-2.5-flash',
      });
    const tools = [{ function_declarations: [{ name: 'get_weather', parameters_json_schema: WEATHER }] }];
    const call = bareChatExchange({
      url,
      requestBody: JSON.stringify({ contents: [], tools }),
      body: reply([{ functionCall: { name: 'get_weather', args: {} } }]),
    });
    expect(schemaIssues(call)).toEqual([['choices[0].message.tool_calls[0].function.arguments', 'required field "unit" is missing']]);
    const generationConfig = { response_mime_type: 'application/json', response_schema: { type: 'ARRAY', items: { type: 'STRING' } } };
    const output = bareChatExchange({
      url,
      requestBody: JSON.stringify({ contents: [], generation_config: generationConfig }),
      body: reply([{ text: '["a", 2]' }]),
    });
    expect(schemaIssues(output)).toEqual([['choices[0].message.content[1]', 'must be a string; got a number']]);
  });
});
