import { beforeEach, describe, expect, it, vi } from 'vitest';
import { sseText, streamText } from '../../testing/chatBodies';
import { bareChatExchange } from '../../testing/exchanges';
import { decodeExchange } from '../index';
import { compileSchema } from './compileSchema';
import type * as CompileSchemaModule from './compileSchema';

/**
 * Issue 15's budget: "schemas are compiled once per request, not per event". A stream delivers a
 * tool call's arguments in many fragments and structured content in many deltas; the schema of
 * each tool or output must still be compiled once for the exchange, and a tool never called not
 * at all. compileSchema is wrapped so every call is counted (the real one still runs).
 */
vi.mock('./compileSchema', async (importOriginal) => {
  const actual = await importOriginal<typeof CompileSchemaModule>();
  return { ...actual, compileSchema: vi.fn(actual.compileSchema) };
});

const compiled = vi.mocked(compileSchema);
beforeEach(() => {
  compiled.mockClear();
});

const WEATHER = {
  type: 'object',
  properties: { city: { type: 'string' }, unit: { enum: ['celsius', 'fahrenheit'] } },
  required: ['city', 'unit'],
};
const TIME = { type: 'object', properties: { zone: { type: 'string' } }, required: ['zone'] };
const NEVER_CALLED = { type: 'object', properties: { query: { type: 'string' } } };

/** Splits text into pieces of `size` characters, as a stream's deltas arrive. */
const pieces = (text: string, size: number): string[] =>
  Array.from({ length: Math.ceil(text.length / size) }, (_, i) => text.slice(i * size, (i + 1) * size));

const schemaIssues = (requestBody: string, body: string) =>
  (decodeExchange(bareChatExchange({ requestBody, body, mimeType: 'text/event-stream' }))?.issues ?? [])
    .filter((issue) => issue.schema !== undefined)
    .map((issue) => [issue.path, issue.message]);

describe('each schema is compiled once per exchange, however many events carry the value', () => {
  it('three streamed tool calls of two tools, arguments in 1-3 character fragments: two compilations', () => {
    const calls: readonly [string, string][] = [
      ['get_weather', '{"city":"Paris","unit":"celsius"}'],
      ['get_time', '{"zone":"Europe/Paris"}'],
      ['get_weather', '{"city":"Lyon","unit":"kelvin"}'],
    ];
    const deltas = calls.flatMap(([name, args], index) => [
      { tool_calls: [{ index, id: `call_${index}`, type: 'function', function: { name, arguments: '' } }] },
      ...pieces(args, 1 + (index % 3)).map((piece) => ({ tool_calls: [{ index, function: { arguments: piece } }] })),
    ]);
    // A start event per call, then 33 one-character, 12 two-character and 11 three-character fragments.
    expect(deltas).toHaveLength(3 + 33 + 12 + 11);
    const requestBody = JSON.stringify({
      model: 'gpt-4o-mini',
      stream: true,
      messages: [],
      tools: [
        { type: 'function', function: { name: 'get_weather', parameters: WEATHER } },
        { type: 'function', function: { name: 'get_time', parameters: TIME } },
        { type: 'function', function: { name: 'search', parameters: NEVER_CALLED } },
      ],
    });
    expect(schemaIssues(requestBody, streamText(deltas))).toEqual([
      ['choices[0].message.tool_calls[2].function.arguments.unit', 'must be one of celsius, fahrenheit; got "kelvin"'],
    ]);
    expect(compiled).toHaveBeenCalledTimes(2);
    expect(compiled.mock.calls.map(([schema]) => schema)).toEqual([WEATHER, TIME]);
  });

  it('structured content streamed in 2-character deltas to two choices: one compilation', () => {
    const answers = ['{"city":"Paris","unit":"celsius"}', '{"city":"Paris"}'];
    const chunk = (index: number, delta: Record<string, unknown>, finish: string | null = null) => ({
      id: 'chatcmpl-n2',
      object: 'chat.completion.chunk',
      created: 1760000000,
      model: 'gpt-4o-mini',
      choices: [{ index, delta, finish_reason: finish }],
    });
    const events = answers.flatMap((answer, index) => [
      chunk(index, { role: 'assistant', content: '' }),
      ...pieces(answer, 2).map((piece) => chunk(index, { content: piece })),
      chunk(index, {}, 'stop'),
    ]);
    expect(events).toHaveLength(2 + 17 + 8 + 2);
    const requestBody = JSON.stringify({
      model: 'gpt-4o-mini',
      stream: true,
      n: 2,
      messages: [],
      response_format: { type: 'json_schema', json_schema: { name: 'weather', schema: WEATHER } },
    });
    expect(schemaIssues(requestBody, sseText([...events, '[DONE]']))).toEqual([
      ['choices[1].message.content', 'required field "unit" is missing'],
    ]);
    expect(compiled).toHaveBeenCalledTimes(1);
    expect(compiled.mock.calls[0]?.[0]).toEqual(WEATHER);
  });

  it('a second exchange compiles its schemas again: nothing is kept between requests', () => {
    const requestBody = JSON.stringify({
      model: 'gpt-4o-mini',
      stream: true,
      messages: [],
      tools: [{ type: 'function', function: { name: 'get_time', parameters: TIME } }],
    });
    const body = streamText([
      { tool_calls: [{ index: 0, id: 'call_0', type: 'function', function: { name: 'get_time', arguments: '{"zone":' } }] },
      { tool_calls: [{ index: 0, function: { arguments: '"UTC"}' } }] },
    ]);
    expect(schemaIssues(requestBody, body)).toEqual([]);
    expect(schemaIssues(requestBody, body)).toEqual([]);
    expect(compiled).toHaveBeenCalledTimes(2);
  });
});
