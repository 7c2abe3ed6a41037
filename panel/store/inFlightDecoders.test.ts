import { describe, expect, it } from 'vitest';
import type { DecodedExchange } from '../../decode/index';
import { decodeExchange } from '../../decode/index';
import { bareChatExchange } from '../../testing/exchanges';
import { withoutNotEndedYet } from './inFlightDecoders';

/**
 * A stream the Live tap reports in flight is decoded as it grows. Its tool call's arguments and its
 * structured content are not all there yet: holding them to the request's schemas would report
 * "not valid JSON" or a missing required field that is still to come.
 */

const WEATHER = {
  type: 'object',
  properties: { city: { type: 'string' }, unit: { type: 'string', enum: ['celsius', 'fahrenheit'] } },
  required: ['city', 'unit'],
};
const REQUEST = JSON.stringify({
  model: 'gpt-4o-mini',
  stream: true,
  messages: [{ role: 'user', content: 'Weather in Paris?' }],
  tools: [{ type: 'function', function: { name: 'get_weather', parameters: WEATHER } }],
});

const event = (delta: Record<string, unknown>, finish: string | null = null): string =>
  `data: ${JSON.stringify({ id: 'c1', object: 'chat.completion.chunk', created: 1, model: 'gpt-4o-mini', choices: [{ index: 0, delta, finish_reason: finish }] })}\n\n`;

const callStart = event({
  role: 'assistant',
  tool_calls: [{ index: 0, id: 'call_1', type: 'function', function: { name: 'get_weather', arguments: '{"city":"Par' } }],
});
const callRest = (rest: string) => event({ tool_calls: [{ index: 0, function: { arguments: rest } }] });

const decodeStream = (body: string): DecodedExchange => {
  const decoded = decodeExchange(
    bareChatExchange({
      requestBody: REQUEST,
      body,
      mimeType: 'text/event-stream',
      responseHeaders: [{ name: 'content-type', value: 'text/event-stream' }],
    }),
  );
  if (decoded === null) throw new Error('the stream was not recognized');
  return decoded;
};

const schemaMessages = (decoded: DecodedExchange) =>
  decoded.issues.filter((issue) => issue.schema !== undefined).map((issue) => issue.message);

describe('an in-flight stream is not held to the request’s schemas', () => {
  it('half a tool call’s arguments: decode alone says they are not JSON, in flight nothing is said', () => {
    const growing = decodeStream(callStart);
    // `{"city":"Par` is 12 characters: the string is unterminated at its end.
    expect(schemaMessages(growing)).toEqual(['the arguments are not valid JSON (at position 12)']);
    expect(schemaMessages(withoutNotEndedYet(growing))).toEqual([]);
  });

  it('once ended the same stream is judged: its wrong unit is an error', () => {
    const ended = decodeStream(`${callStart}${callRest('is","unit":"C"}')}${event({}, 'tool_calls')}data: [DONE]\n\n`);
    expect(schemaMessages(ended)).toEqual(['must be one of celsius, fahrenheit; got "C"']);
  });
});
