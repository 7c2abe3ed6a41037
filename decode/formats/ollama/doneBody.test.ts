import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeExchange } from '../../decodeExchange';
import { bareChatExchange } from '../../../testing/exchanges';
import { formatFixtureNames, readFormatFixture } from '../../../testing/fixtureFiles';
import { readDoneBody } from './doneBody';
import { whilePrototypePolluted } from '../../../testing/polluteObjectPrototype';

/**
 * The done-body reader stands in for the contract walk, the scan and the fold on the JSON bodies
 * it accepts: what it answers must be what they answer, and it must leave every other body to them.
 */

const parsedFixture = (name: string): unknown => JSON.parse(readFormatFixture('ollama', name));

describe('the recorded JSON bodies', () => {
  it('reads a text body as its bytes say (ollama-chat-json-text-3.json)', () => {
    expect(readDoneBody(parsedFixture('ollama-chat-json-text-3.json'), false)).toEqual({
      kind: 'completion',
      issues: [],
      error: null,
      stream: null,
      completion: {
        id: null,
        object: null,
        // 2024-10-16 is day 20,012 after 1970-01-01 (2024-01-01 is day 19,723, plus 289): + 11:08:38.
        created: 20_012 * 86_400 + 11 * 3600 + 8 * 60 + 38,
        model: 'llama3.2',
        choices: [{ index: 0, finish_reason: 'stop', message: { role: 'assistant', content: 'This is test completion response' } }],
        usage: { prompt_tokens: 38, completion_tokens: 45, total_tokens: null },
      },
      extensions: [
        { path: 'total_duration', value: 740_574_544 },
        { path: 'load_duration', value: 54_994_250 },
        { path: 'prompt_eval_duration', value: 69_055_000 },
        { path: 'eval_duration', value: 455_657_000 },
      ],
    });
  });

  it('reads a tool-call body as its bytes say (ollama-chat-json-toolcall-1.json)', () => {
    expect(readDoneBody(parsedFixture('ollama-chat-json-toolcall-1.json'), false)).toEqual({
      kind: 'completion',
      issues: [],
      error: null,
      stream: null,
      completion: {
        id: null,
        object: null,
        // 2024-10-16 is day 20,012 after 1970-01-01: + 11:30:29.
        created: 20_012 * 86_400 + 11 * 3600 + 30 * 60 + 29,
        model: 'llama3.2',
        choices: [
          {
            index: 0,
            finish_reason: 'stop',
            message: {
              role: 'assistant',
              content: '',
              // No id in the body (Ollama before 0.12): "", and the arguments object as JSON text.
              tool_calls: [
                { id: '', type: 'function', function: { name: 'TestPlugin_TestFunction', arguments: '{"testInput":"fake-text"}' } },
              ],
            },
          },
        ],
        usage: { prompt_tokens: 152, completion_tokens: 22, total_tokens: null },
      },
      extensions: [
        { path: 'total_duration', value: 456_177_688 },
        { path: 'load_duration', value: 56_756_331 },
        { path: 'prompt_eval_duration', value: 108_231_000 },
        { path: 'eval_duration', value: 240_925_000 },
      ],
    });
  });

  it('accepts the three text bodies and the tool-call body, and leaves the error body to the walk', () => {
    const accepted = formatFixtureNames('ollama')
      .filter((name) => name.endsWith('.json'))
      .map((name) => [name, readDoneBody(parsedFixture(name), false) !== undefined]);
    expect(accepted).toEqual([
      ['ollama-chat-json-text-1.json', true],
      ['ollama-chat-json-text-2.json', true],
      ['ollama-chat-json-text-3.json', true],
      ['ollama-chat-json-toolcall-1.json', true],
      ['ollama-error-404-1.json', false],
    ]);
  });

  it('a value that is no object, or a stream first line (`done: false`), is no done body', () => {
    const firstLine = { model: 'm', created_at: '2024-07-02T11:45:16Z', message: { role: 'assistant', content: 'a' }, done: false };
    expect([null, [], 'text', 5, firstLine].map((value) => readDoneBody(value, false))).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
});

/** Values a field may be given instead of its own: each of another type, or a number the scan would flag. */
const anyValue = fc.oneof(
  fc.string({ maxLength: 4 }),
  fc.boolean(),
  fc.constantFrom(0, -3, 1.5, 2 ** 60, null, [], {}, [1, 2], { role: 'assistant', content: 'x' }, { a: { b: 1 } }),
);
type Field = readonly [string, unknown];
/** A field kept (most often), dropped, or given another value. */
const field = (key: string, value: fc.Arbitrary<unknown>): fc.Arbitrary<Field[]> =>
  fc.oneof(
    { weight: 40, arbitrary: value.map((own): Field[] => [[key, own]]) },
    fc.constant<Field[]>([]),
    anyValue.map((other): Field[] => [[key, other]]),
  );
const count = fc.oneof({ weight: 6, arbitrary: fc.nat(100_000) }, fc.constantFrom(2 ** 53, 2 ** 53 + 2));

/** Bodies near Ollama's text bodies: each field kept, dropped or changed, maybe one more key, in either order. */
const nearDoneBody = fc
  .record({
    chat: fc.boolean(),
    head: fc.tuple(
      field('model', fc.string({ maxLength: 3 })),
      field('created_at', fc.constantFrom('2024-07-02T11:45:16.216898458Z', '2024-02-30T24:00:00+01:00', 'not a time', '')),
      field('done', fc.constant(true)),
      field('done_reason', fc.constantFrom('stop', 'length', '')),
      field('prompt_eval_count', count),
      field('eval_count', count),
      field('total_duration', fc.nat()),
      field('eval_duration', fc.nat()),
    ),
    text: fc.tuple(
      field('role', fc.constantFrom('assistant', '')),
      field('content', fc.string({ maxLength: 3 })),
      fc.oneof(fc.constant<Field[]>([]), field('thinking', fc.string({ maxLength: 3 }))),
    ),
    extra: fc.oneof(
      { weight: 2, arbitrary: fc.constant<Field[]>([]) },
      fc
        .tuple(
          fc.constantFrom(
            'load_duration',
            'context',
            'logprobs',
            'tool_calls',
            'images',
            'x_other',
            'error',
            'thinking',
            'response',
            '__proto__',
          ),
          anyValue,
        )
        .map((extra): Field[] => [extra]),
    ),
    reversed: fc.boolean(),
  })
  .map(({ chat, head, text, extra, reversed }): string => {
    const entry = ([key, value]: Field): string => `${JSON.stringify(key)}:${JSON.stringify(value)}`;
    const answer: Field[] = chat
      ? [['message', undefined]]
      : text.flat().map(([key, value]): Field => [key === 'content' ? 'response' : key, value]);
    const message = `{${text.flat().map(entry).join(',')}}`;
    const fields = [...head.flat(), ...answer.filter(([key]) => key !== 'role'), ...extra];
    if (reversed) fields.reverse();
    // Written as text, as a body is: a `__proto__` key is then an own property, as JSON.parse makes it.
    return `{${fields.map((item) => (item[0] === 'message' ? `"message":${message}` : entry(item))).join(',')}}`;
  });

const decodeBody = (body: string, status = 200) =>
  decodeExchange(bareChatExchange({ url: 'http://localhost:11434/api/chat', mimeType: 'application/json', status, body }));

/** The decode with no reader: an enumerable property on Object.prototype sends every body through the walk. */
const decodeByWalk = (body: string, status = 200) => whilePrototypePolluted(() => decodeBody(body, status));

describe('a JSON body decodes the same by the reader as by the walk', () => {
  it('on bodies near the text bodies: issues, completion, extensions, precise numbers', () => {
    let accepted = 0;
    fc.assert(
      fc.property(nearDoneBody, fc.constantFrom(200, 500), (body, status) => {
        if (readDoneBody(JSON.parse(body), false) !== undefined) accepted += 1;
        expect(decodeBody(body, status)).toEqual(decodeByWalk(body, status));
      }),
      { numRuns: 1500 },
    );
    // The property is about accepted bodies: make sure there were many.
    expect(accepted).toBeGreaterThan(300);
  });

  it('every recorded JSON body, whole and cut', () => {
    for (const name of formatFixtureNames('ollama').filter((file) => file.endsWith('.json'))) {
      const body = readFormatFixture('ollama', name);
      for (const text of [body, body.slice(0, body.length >> 1), body.slice(0, -3)]) expect(decodeBody(text)).toEqual(decodeByWalk(text));
    }
  });
});

describe('a script that touched Object.prototype', () => {
  it('leaves every body to the walk while a field read is inherited', () => {
    const body = parsedFixture('ollama-chat-json-text-3.json');
    Reflect.defineProperty(Object.prototype, 'tool_calls', { value: 'inherited', enumerable: false, configurable: true, writable: true });
    try {
      expect(readDoneBody(body, false)).toBeUndefined();
    } finally {
      Reflect.deleteProperty(Object.prototype, 'tool_calls');
    }
    expect(readDoneBody(body, false)).toBeDefined();
  });
});
