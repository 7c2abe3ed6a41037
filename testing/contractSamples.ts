import fc from 'fast-check';
import * as t from 'io-ts';
import { fixtureNames, readFixture } from './fixtureFiles';
import { parseSse } from '../decode/index';

/**
 * For tests: values to hold the contract walks against their io-ts references: every recorded
 * body and stream event as parsed, the same with one part changed, and chat-shaped chaos.
 */

/** Every recorded body as a value, and every event of every recorded stream. */
export const recordedValues = (): unknown[] =>
  fixtureNames().flatMap((name) => {
    const text = readFixture(name);
    const texts = name.endsWith('.sse') ? parseSse(text).events.map((event) => event.data) : [text];
    return texts.flatMap((data) => {
      try {
        const value: unknown = JSON.parse(data);
        return [value];
      } catch {
        return [];
      }
    });
  });

type Place = readonly [Record<string, unknown> | unknown[], string | number];

/** The places in a value where something can be replaced or removed: [container, key]. */
const placesIn = (value: unknown, out: Place[] = []): Place[] => {
  if (Array.isArray(value)) {
    value.forEach((item, index) => {
      out.push([value, index]);
      placesIn(item, out);
    });
  } else if (t.UnknownRecord.is(value)) {
    for (const key of Object.keys(value)) {
      out.push([value, key]);
      placesIn(value[key], out);
    }
  }
  return out;
};

const replacement = fc.oneof(
  fc.constant(undefined),
  fc.constantFrom(null, '', 'x', 0, 1.5, -1, true, [], {}, 'chat.completion', 'stop', 'eos_token', 'assistant', 'function', [null], [{}], {
    index: 0,
  }),
  fc.anything({ maxDepth: 2 }),
);

/**
 * A recorded value (a fresh copy) with one part replaced by anything or removed (`undefined`), or
 * an unknown key added to one of its objects.
 */
export const mutatedRecordedValue = (recorded: readonly unknown[]): fc.Arbitrary<unknown> =>
  fc
    .tuple(fc.nat(), fc.nat(), replacement, fc.boolean(), fc.constantFrom('x_new', 'seed', 'choices', 'role', '__proto__'))
    .map(([pick, placePick, value, addKey, newKey]) => {
      const copy = structuredClone(recorded[pick % recorded.length]);
      const places = placesIn(copy);
      const place = places[placePick % Math.max(1, places.length)];
      if (place === undefined) return copy;
      const [container, key] = place;
      const target: unknown = addKey ? Reflect.get(container, key) : undefined;
      if (addKey && t.UnknownRecord.is(target))
        Reflect.defineProperty(target, newKey, { value, enumerable: true, writable: true, configurable: true });
      else if (value === undefined && !Array.isArray(container)) Reflect.deleteProperty(container, key);
      else Reflect.set(container, key, value);
      return copy;
    });

/** Keys a chat body has (and a few that lead the decoder down its lenient paths), for bodies nested at random. */
export const chatKeys = fc.constantFrom(
  'id',
  'object',
  'created',
  'model',
  'choices',
  'index',
  'message',
  'delta',
  'role',
  'content',
  'tool_calls',
  'function',
  'name',
  'type',
  'usage',
  'logprobs',
  'finish_reason',
  'error',
  'prompt_tokens',
  'total_tokens',
  'x_groq',
  'seed',
  'arguments',
  'reasoning',
  'reasoning_content',
  'reasoning_details',
  'thinking',
  'text',
  'refusal',
  'citations',
  'annotations',
  'url_citation',
);

/** Anything, with keys a chat body has, nested at random. */
export const chatChaos = fc.anything({ key: chatKeys, maxDepth: 5, withNullPrototype: false });

const oneOrOther = <A, B>(first: fc.Arbitrary<A>, second: fc.Arbitrary<B>) => fc.oneof(first, second);

/** A tool call of any shape between OpenAI's two kinds, Mistral's untyped one and nonsense. */
const anyToolCall = fc.record(
  {
    id: oneOrOther(fc.constantFrom('call_1', ''), fc.constantFrom(5, null)),
    type: fc.constantFrom<unknown>('function', 'custom', 'other', 5, null),
    function: oneOrOther(
      fc.record({ name: fc.constantFrom<unknown>('f', 3), arguments: fc.constantFrom<unknown>('{}', {}) }, { requiredKeys: [] }),
      fc.constantFrom('f', null),
    ),
    custom: oneOrOther(
      fc.record({ name: fc.constantFrom<unknown>('c', 3), input: fc.constantFrom<unknown>('x', []) }, { requiredKeys: [] }),
      fc.constant(7),
    ),
    index: fc.constantFrom(0, 1),
    x_extra: fc.constantFrom(1, { a: 1 }),
  },
  { requiredKeys: [] },
);

/** Completions whose one message carries such tool calls (ToolCall is io-ts's tagged union). */
export const toolCallCompletions = fc
  .array(oneOrOther(anyToolCall, fc.constantFrom<unknown>('call', null)), { minLength: 1, maxLength: 2 })
  .map((calls) => ({
    id: 'c',
    object: 'chat.completion',
    created: 1,
    model: 'm',
    choices: [{ index: 0, finish_reason: 'tool_calls', message: { role: 'assistant', content: null, tool_calls: calls } }],
  }));
