import { describe, expect, it } from 'vitest';
import { bareChatExchange } from '../../testing/exchanges';
import { decodeExchange } from '../index';
import { jsonSchemaOfOpenApi } from './openApiSchema';

/** A Chat Completions reply with these tool calls (each `[name, arguments]`), or this content. */
const reply = (message: Record<string, unknown>): string =>
  JSON.stringify({
    id: 'chatcmpl-1',
    object: 'chat.completion',
    created: 1760000000,
    model: 'gpt-4.1-mini',
    choices: [{ index: 0, message: { role: 'assistant', content: null, ...message }, finish_reason: 'stop' }],
  });

const calls = (...pairs: readonly (readonly [string, string])[]) => ({
  tool_calls: pairs.map(([name, args], index) => ({ id: `call_${index}`, type: 'function', function: { name, arguments: args } })),
});

const schemaIssues = (requestBody: string | null, body: string) =>
  (decodeExchange(bareChatExchange({ requestBody, body }))?.issues ?? [])
    .filter((issue) => issue.schema !== undefined)
    .map((issue) => [issue.severity, issue.path, issue.message]);

const weatherTool = (parameters: unknown, strict = false) => ({ type: 'function', function: { name: 'get_weather', parameters, strict } });
const request = (fields: Record<string, unknown>): string => JSON.stringify({ model: 'gpt-4.1-mini', messages: [], ...fields });

describe('what the request offered decides what is checked', () => {
  it('a tool call when the request offered no tools at all', () => {
    expect(schemaIssues(request({}), reply(calls(['get_weather', '{}'])))).toEqual([
      ['error', 'choices[0].message.tool_calls[0].function.name', 'the request offered no tool named "get_weather"'],
    ]);
  });

  it('no request body, or one that is not JSON: nothing is checked', () => {
    const body = reply(calls(['get_weather', 'not json']));
    expect(schemaIssues(null, body)).toEqual([]);
    expect(schemaIssues('model=gpt&tools=1', body)).toEqual([]);
  });

  it('a tool without parameters: its arguments must still be JSON, nothing more', () => {
    const tools = [{ type: 'function', function: { name: 'now' } }];
    expect(schemaIssues(request({ tools }), reply(calls(['now', '{"anything":1}'])))).toEqual([]);
    expect(schemaIssues(request({ tools }), reply(calls(['now', ''])))).toEqual([
      ['error', 'choices[0].message.tool_calls[0].function.arguments', 'the arguments are not valid JSON (it is empty)'],
    ]);
  });

  it('a strict tool notes the promise on unparseable arguments too', () => {
    const tools = [weatherTool({ type: 'object' }, true)];
    expect(schemaIssues(request({ tools }), reply(calls(['get_weather', '{"city":'])))).toEqual([
      [
        'error',
        'choices[0].message.tool_calls[0].function.arguments',
        'the arguments are not valid JSON (cut short at position 8) (the tool is strict: the provider promised arguments that match)',
      ],
    ]);
  });

  it('each call is checked, at its own index; an unreadable schema is reported once', () => {
    const tools = [
      weatherTool({ $ref: 'other.json' }),
      { type: 'function', function: { name: 'b', parameters: { type: 'object', required: ['q'] } } },
    ];
    const issues = schemaIssues(request({ tools }), reply(calls(['get_weather', '{}'], ['b', '{}'], ['get_weather', '{}'])));
    expect(issues).toEqual([
      [
        'warning',
        'choices[0].message.tool_calls[0].function.arguments',
        'the schema of tool "get_weather" could not be checked: it refers to another document ("other.json"), which is not fetched',
      ],
      ['error', 'choices[0].message.tool_calls[1].function.arguments', 'required field "q" is missing'],
    ]);
  });

  it('a custom tool takes free text: only its name is checked', () => {
    const tools = [{ type: 'custom', custom: { name: 'sql' } }];
    const body = reply({ tool_calls: [{ id: 'c', type: 'custom', custom: { name: 'sql', input: 'SELECT 1' } }] });
    expect(schemaIssues(request({ tools }), body)).toEqual([]);
  });

  it('a refusal is not held to the structured output', () => {
    const asked = request({ response_format: { type: 'json_object' } });
    expect(schemaIssues(asked, reply({ content: null, refusal: 'I cannot help with that.' }))).toEqual([]);
    expect(schemaIssues(asked, reply({ content: '{"ok":true}' }))).toEqual([]);
  });
});

describe("Gemini's OpenAPI-style schemas", () => {
  it('lower-cases type names, turns nullable into a null type, keeps field names as they are', () => {
    const schema = {
      type: 'OBJECT',
      properties: { nullable: { type: 'STRING', nullable: true, enum: ['a'] }, type: { type: 'ARRAY', items: { type: 'INTEGER' } } },
      required: ['type'],
    };
    expect(jsonSchemaOfOpenApi(schema)).toEqual({
      type: 'object',
      properties: { nullable: { type: ['string', 'null'], enum: ['a', null] }, type: { type: 'array', items: { type: 'integer' } } },
      required: ['type'],
    });
  });

  it('keeps a __proto__ field a field', () => {
    const normalized = jsonSchemaOfOpenApi(JSON.parse('{"type":"OBJECT","properties":{"__proto__":{"type":"STRING"}}}'));
    expect(Object.getPrototypeOf(normalized)).toBe(Object.prototype);
    expect(JSON.stringify(normalized)).toBe('{"type":"object","properties":{"__proto__":{"type":"string"}}}');
  });
});
