import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bareChatExchange } from '../../testing/exchanges';
import { decodeExchange } from '../index';

/**
 * Values built to satisfy a schema give no schema issue: a schema is generated with its shape
 * (objects with required and optional fields, enums, strings, numbers and integers with bounds,
 * booleans, arrays, nesting), and the value is generated from that schema alone.
 */
interface SchemaAndValues {
  readonly schema: Record<string, unknown>;
  readonly values: fc.Arbitrary<unknown>;
}

const bounds = fc.tuple(fc.integer({ min: -1000, max: 1000 }), fc.integer({ min: 0, max: 1000 }));

const leaf: fc.Arbitrary<SchemaAndValues> = fc.oneof(
  fc.tuple(fc.nat(5), fc.nat(10)).map(([min, extra]) => ({
    schema: { type: 'string', minLength: min, maxLength: min + extra },
    values: fc.string({ minLength: min, maxLength: min + extra }),
  })),
  fc
    .uniqueArray(fc.string(), { minLength: 1, maxLength: 5 })
    .map((choices) => ({ schema: { type: 'string', enum: choices }, values: fc.constantFrom(...choices) })),
  bounds.map(([min, span]) => ({
    schema: { type: 'integer', minimum: min, maximum: min + span },
    values: fc.integer({ min, max: min + span }),
  })),
  bounds.map(([min, span]) => ({
    schema: { type: 'number', minimum: min, maximum: min + span },
    values: fc.double({ min, max: min + span, noNaN: true, noDefaultInfinity: true }),
  })),
  fc.constant({ schema: { type: 'boolean' }, values: fc.boolean() }),
);

/** Field names of every kind (spaces, dots, slashes, `~`), except the one JSON.parse and fc.record treat apart. */
const fieldName = fc.string({ minLength: 1, maxLength: 8 }).filter((name) => name !== '__proto__');

const node = (depth: number): fc.Arbitrary<SchemaAndValues> => {
  if (depth === 0) return leaf;
  const child = node(depth - 1);
  const array = fc.tuple(child, fc.nat(3), fc.nat(3)).map(([items, min, extra]) => ({
    schema: { type: 'array', items: items.schema, minItems: min, maxItems: min + extra },
    values: fc.array(items.values, { minLength: min, maxLength: min + extra }),
  }));
  const object = fc.uniqueArray(fc.tuple(fieldName, child, fc.boolean()), { maxLength: 5, selector: ([name]) => name }).map((fields) => {
    const properties: Record<string, unknown> = {};
    const model: Record<string, fc.Arbitrary<unknown>> = {};
    for (const [name, field] of fields) {
      properties[name] = field.schema;
      model[name] = field.values;
    }
    const required = fields.filter(([, , isRequired]) => isRequired).map(([name]) => name);
    return {
      schema: { type: 'object', properties, required, additionalProperties: false },
      values: fc.record(model, { requiredKeys: required }),
    };
  });
  return fc.oneof({ weight: 1, arbitrary: leaf }, { weight: 2, arbitrary: array }, { weight: 3, arbitrary: object });
};

/** A tool's parameters are an object at the top. */
const toolSchema = node(3).filter((candidate) => candidate.schema.type === 'object');

const withValue = toolSchema.chain(({ schema, values }) => values.map((value) => ({ schema, value })));

const decodeWith = (request: unknown, message: Record<string, unknown>) =>
  decodeExchange(
    bareChatExchange({
      requestBody: JSON.stringify(request),
      body: JSON.stringify({
        id: 'c',
        object: 'chat.completion',
        created: 1,
        model: 'm',
        choices: [{ index: 0, message: { role: 'assistant', content: null, ...message }, finish_reason: 'stop' }],
      }),
    }),
  );

const schemaIssuesOf = (decoded: ReturnType<typeof decodeExchange>) =>
  (decoded?.issues ?? []).filter((issue) => issue.schema !== undefined);

describe('values that satisfy the schema give no schema issue', () => {
  it('as tool arguments', () => {
    fc.assert(
      fc.property(withValue, ({ schema, value }) => {
        const request = {
          model: 'm',
          messages: [],
          tools: [{ type: 'function', function: { name: 'f', parameters: schema, strict: true } }],
        };
        const call = { id: 'call', type: 'function', function: { name: 'f', arguments: JSON.stringify(value) } };
        expect(schemaIssuesOf(decodeWith(request, { tool_calls: [call] }))).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('as structured content', () => {
    fc.assert(
      fc.property(withValue, ({ schema, value }) => {
        const request = {
          model: 'm',
          messages: [],
          response_format: { type: 'json_schema', json_schema: { name: 'out', schema, strict: true } },
        };
        expect(schemaIssuesOf(decodeWith(request, { content: JSON.stringify(value) }))).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('and one field made the wrong type is found at its path', () => {
    fc.assert(
      fc.property(withValue, fc.boolean(), ({ schema, value }, asArray) => {
        // A value where the schema wants an object: the top-level type rule, at the arguments themselves.
        const wrong = asArray ? [value] : 'text';
        const request = { model: 'm', messages: [], tools: [{ type: 'function', function: { name: 'f', parameters: schema } }] };
        const call = { id: 'call', type: 'function', function: { name: 'f', arguments: JSON.stringify(wrong) } };
        const issues = schemaIssuesOf(decodeWith(request, { tool_calls: [call] }));
        expect(issues.map((issue) => [issue.path, issue.schema?.keyword])).toEqual([
          ['choices[0].message.tool_calls[0].function.arguments', 'type'],
        ]);
      }),
      { numRuns: 50 },
    );
  });
});
