import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bareChatExchange } from '../../testing/exchanges';
import { decodeExchange } from '../index';

/**
 * The request comes from the page: any JSON may stand where a schema should. Whatever it is, the
 * decoder does not fail, and every schema issue is an error or a warning carrying its facts.
 */
const reply = (args: string, content: string | null) =>
  JSON.stringify({
    id: 'c',
    object: 'chat.completion',
    created: 1,
    model: 'm',
    choices: [
      {
        index: 0,
        message: { role: 'assistant', content, tool_calls: [{ id: 'a', type: 'function', function: { name: 'f', arguments: args } }] },
        finish_reason: 'tool_calls',
      },
      { index: 1, message: { role: 'assistant', content }, finish_reason: 'stop' },
    ],
  });

describe('hostile schemas', () => {
  it('any JSON as parameters or output schema: no unexpected failure', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 5 }), fc.jsonValue({ maxDepth: 4 }), fc.jsonValue({ maxDepth: 3 }), (schema, output, value) => {
        const requestBody = JSON.stringify({
          model: 'm',
          messages: [],
          tools: [{ type: 'function', function: { name: 'f', parameters: schema, strict: true } }],
          response_format: { type: 'json_schema', json_schema: { schema: output } },
        });
        const decoded = decodeExchange(bareChatExchange({ requestBody, body: reply(JSON.stringify(value), JSON.stringify(value)) }));
        const messages = decoded?.issues.map((issue) => issue.message) ?? [];
        expect(messages.filter((message) => message.startsWith('the decoder failed unexpectedly'))).toEqual([]);
        for (const issue of decoded?.issues.filter((candidate) => candidate.schema !== undefined) ?? []) {
          expect(['error', 'warning']).toContain(issue.severity);
          expect(issue.path.startsWith('choices[')).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('keywords as field names and __proto__ fields are data', () => {
    const schema = JSON.parse(
      '{"type":"object","properties":{"__proto__":{"type":"string"},"constructor":{"type":"number"}},"required":["__proto__"]}',
    ) as unknown;
    const requestBody = JSON.stringify({
      model: 'm',
      messages: [],
      tools: [{ type: 'function', function: { name: 'f', parameters: schema } }],
    });
    const decoded = decodeExchange(bareChatExchange({ requestBody, body: reply('{"__proto__": 1, "constructor": "x"}', null) }));
    expect(decoded?.issues.filter((issue) => issue.schema !== undefined).map((issue) => [issue.path, issue.message])).toEqual([
      ['choices[0].message.tool_calls[0].function.arguments.__proto__', 'must be a string; got a number'],
      ['choices[0].message.tool_calls[0].function.arguments.constructor', 'must be a number; got a string'],
    ]);
    expect(Object.prototype).not.toHaveProperty('type');
  });
});
