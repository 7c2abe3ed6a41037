import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeExchange } from '../../decodeExchange';
import { bareChatExchange } from '../../../testing/exchanges';
import { readDoneBody } from './doneBody';
import { readDoneToolCalls } from './doneToolCalls';
import { whilePrototypePolluted } from '../../../testing/polluteObjectPrototype';

/**
 * A final body's tool calls read through their own keys (doneToolCalls.ts) stand in for the walk,
 * the scan (inside `arguments` too) and the fold: whole decodes must be what the codec path gives,
 * on bodies near Ollama's tool-call body, and every other `tool_calls` must be left to that path.
 */

const decodeBody = (body: string, status = 200) =>
  decodeExchange(bareChatExchange({ url: 'http://localhost:11434/api/chat', mimeType: 'application/json', status, body }));

/** The decode with no reader: an enumerable property on Object.prototype sends every body through the walk. */
const decodeByWalk = (body: string, status = 200) => whilePrototypePolluted(() => decodeBody(body, status));

/** An object nested `levels` deep, itself the first level: `{"a":{"a":{}}}` is 3. */
const nested = (levels: number): string => `${'{"a":'.repeat(levels - 1)}{}${'}'.repeat(levels - 1)}`;

/** A body as Ollama writes one with tool calls, the calls' JSON text given. */
const toolCallBody = (calls: string): string =>
  `{"model":"llama3.2","created_at":"2024-10-16T11:30:29.493808378Z","message":{"role":"assistant","content":"","tool_calls":${calls}},"done_reason":"stop","done":true,"total_duration":456177688,"prompt_eval_count":152,"eval_count":22}`;

describe('the depth limit and huge numbers inside arguments', () => {
  // The body is level 1, message 2, tool_calls 3, the call 4, function 5, arguments 6: arguments
  // nested 123 deep make the body 128 deep (the limit, MAX_JSON_DEPTH), 124 make it 129.
  const deep = (levels: number): string => toolCallBody(`[{"function":{"name":"f","arguments":${nested(levels)}}}]`);

  it('reads arguments that bring the body to 128 levels, and leaves 129 to the codec path', () => {
    expect(readDoneBody(JSON.parse(deep(123)), false)?.completion?.choices[0]?.message.tool_calls?.[0]?.function.arguments).toBe(
      nested(123),
    );
    expect(readDoneBody(JSON.parse(deep(124)), false)).toBeUndefined();
  });

  it('decodes a body 129 levels deep as the text it is, as the codec path does', () => {
    const decoded = decodeBody(deep(124));
    expect(decoded?.issues.map((issue) => issue.message)).toEqual([
      'the body is too deeply nested to decode (more than 128 levels of arrays and objects); only its raw text is shown',
    ]);
    expect(decoded).toEqual(decodeByWalk(deep(124)));
  });

  it('leaves an integer beyond 2^53 in arguments to the codec path, which lists it as a precise number', () => {
    const body = toolCallBody('[{"function":{"name":"f","arguments":{"id":12345678901234567890}}}]');
    expect(readDoneBody(JSON.parse(body), false)).toBeUndefined();
    expect(decodeBody(body)?.preciseNumbers).toEqual([
      { path: 'message.tool_calls[0].function.arguments.id', digits: '12345678901234567890' },
    ]);
  });
});

describe('tool_calls the reader leaves to the codec path', () => {
  it.each([
    ['not an array', '{"function":{"name":"f","arguments":{}}}'],
    ['a call that is no object', '[null]'],
    ['arguments as an array', '[{"function":{"name":"f","arguments":[1]}}]'],
    ['arguments as JSON text', '[{"function":{"name":"f","arguments":"{}"}}]'],
    ['no arguments', '[{"function":{"name":"f"}}]'],
    ['no name', '[{"function":{"arguments":{}}}]'],
    ['a fractional index', '[{"function":{"name":"f","arguments":{},"index":0.5}}]'],
    ['a numeric id', '[{"id":7,"function":{"name":"f","arguments":{}}}]'],
    ['a key off the codec', '[{"type":"function","function":{"name":"f","arguments":{}}}]'],
  ])('%s', (_what, calls) => {
    expect(readDoneToolCalls(JSON.parse(calls))).toBeUndefined();
  });
});

/** Values a field may be given instead of its own: each of another type, or a number the scan would flag. */
const anyValue = fc.oneof(
  fc.string({ maxLength: 4 }),
  fc.boolean(),
  fc.constantFrom(0, -3, 1.5, 2 ** 60, 1e21, null, [], {}, [1, 2], { a: { b: 1 } }),
);
type Field = readonly [string, string];
/** A field as JSON text: kept (most often), dropped, or given another value. */
const field = (key: string, value: fc.Arbitrary<string>): fc.Arbitrary<Field[]> =>
  fc.oneof(
    { weight: 30, arbitrary: value.map((own): Field[] => [[key, own]]) },
    fc.constant<Field[]>([]),
    anyValue.map((other): Field[] => [[key, JSON.stringify(other)]]),
  );
/** A key the codec does not have at that place, now and then. */
const extraKey = fc.oneof(
  { weight: 6, arbitrary: fc.constant<Field[]>([]) },
  fc
    .tuple(fc.constantFrom('type', 'x_other', '__proto__', 'arguments'), anyValue)
    .map(([key, value]): Field[] => [[key, JSON.stringify(value)]]),
);
const objectText = (fields: readonly Field[]): string => `{${fields.map(([key, value]) => `${JSON.stringify(key)}:${value}`).join(',')}}`;

/** A tool's arguments: any JSON object, now and then one near the depth limit or with a huge number. */
const argumentsText = fc.oneof(
  { weight: 8, arbitrary: fc.dictionary(fc.string({ maxLength: 3 }), fc.jsonValue({ maxDepth: 3 })).map((value) => JSON.stringify(value)) },
  fc.constantFrom(nested(123), nested(124), '{"n":12345678901234567890}', '{"n":1e400}', '{"n":-9007199254740993}', '{"n":[2.5e-7]}'),
);

const call = fc
  .record({
    fn: field(
      'function',
      fc
        .tuple(
          field('name', fc.constantFrom('"get_weather"', '""', '"\u202eevil"')),
          field('arguments', argumentsText),
          fc.oneof(fc.constant<Field[]>([]), field('index', fc.constantFrom('0', '3'))),
          extraKey,
        )
        .map((parts) => objectText(parts.flat())),
    ),
    id: fc.oneof(fc.constant<Field[]>([]), field('id', fc.constantFrom('"call_1"', '""'))),
    extra: extraKey,
    reversed: fc.boolean(),
  })
  .map(({ fn, id, extra, reversed }) => {
    const fields = [...id, ...fn, ...extra];
    return objectText(reversed ? fields.reverse() : fields);
  });

const toolCalls = fc.oneof(
  { weight: 12, arbitrary: fc.array(call, { maxLength: 3 }).map((calls) => `[${calls.join(',')}]`) },
  anyValue.map((other) => JSON.stringify(other)),
);

describe('a tool-call body decodes the same by the reader as by the walk', () => {
  it('on bodies near Ollama tool-call body: issues, completion, extensions, precise numbers', () => {
    let accepted = 0;
    fc.assert(
      fc.property(toolCalls, fc.constantFrom(200, 500), (calls, status) => {
        const body = toolCallBody(calls);
        if (readDoneBody(JSON.parse(body), false) !== undefined) accepted += 1;
        expect(decodeBody(body, status)).toEqual(decodeByWalk(body, status));
      }),
      { numRuns: 1500 },
    );
    // The property is about accepted bodies: make sure there were many.
    expect(accepted).toBeGreaterThan(300);
  });
});
