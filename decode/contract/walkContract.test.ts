import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as t from 'io-ts';
import * as E from 'fp-ts/Either';
import { ChatCompletionChunk } from '../chunk';
import { ChatCompletionResponse } from '../contract';
import { chatChaos, mutatedRecordedValue, recordedValues, toolCallCompletions } from '../../testing/contractSamples';
import { ErrorResponse } from '../errorBody';
import type { FoundExtension } from './foundExtensions';
import { findExtensions } from './foundExtensions';
import { walkContract } from './walkContract';
import { pathText } from './walkPath';
import { parseJson } from '../parseJson';
import { whilePrototypePolluted } from '../../testing/polluteObjectPrototype';

/**
 * The reference for the walk: fields a codec does not define, found the plain way (merging the
 * props of intersections and unions, Object.entries at every level), as decode/ did before the
 * walk also checked conformance.
 */
const referenceExtensions = (codec: unknown, value: unknown, path = '', out: FoundExtension[] = []): FoundExtension[] => {
  const members = (c: unknown): unknown[] =>
    c instanceof t.IntersectionType || c instanceof t.UnionType ? [...(c.types as unknown[])] : [];
  const props = (c: unknown, into: Map<string, unknown>): boolean => {
    if (c instanceof t.InterfaceType || c instanceof t.PartialType) {
      for (const [key, prop] of Object.entries(c.props as Record<string, unknown>)) if (!into.has(key)) into.set(key, prop);
      return true;
    }
    if (c instanceof t.RefinementType || c instanceof t.ReadonlyType) return props(c.type, into);
    return members(c)
      .map((member) => props(member, into))
      .some(Boolean);
  };
  const element = (c: unknown): unknown =>
    c instanceof t.ArrayType || c instanceof t.ReadonlyArrayType
      ? c.type
      : members(c)
          .map(element)
          .find((e) => e !== undefined);
  if (Array.isArray(value)) {
    const item = element(codec);
    if (item !== undefined) value.forEach((child, index) => referenceExtensions(item, child, `${path}[${index}]`, out));
  } else if (t.UnknownRecord.is(value)) {
    const known = new Map<string, unknown>();
    if (!props(codec, known)) return out;
    for (const [key, child] of Object.entries(value)) {
      const at = path === '' ? key : `${path}.${key}`;
      if (known.has(key)) referenceExtensions(known.get(key), child, at, out);
      else out.push({ path: at, value: child });
    }
  }
  return out;
};

const CODECS: readonly t.Mixed[] = [ChatCompletionResponse, ChatCompletionChunk, ErrorResponse];

/** Where walkContract departs from io-ts's `is` and the reference list, or null. */
const departure = (codec: t.Mixed, value: unknown): string | null => {
  const found: FoundExtension[] = [];
  const conforms = walkContract(codec, value, (steps, child) => found.push({ path: pathText(steps), value: child }));
  if (conforms !== codec.is(value)) return `${codec.name}: conforms ${conforms}, is ${codec.is(value)}`;
  const reference = referenceExtensions(codec, value);
  const same =
    found.length === reference.length &&
    reference.every((entry, i) => {
      const other = found[i];
      return other !== undefined && entry.path === other.path && Object.is(entry.value, other.value);
    });
  return same
    ? null
    : `${codec.name}: extensions ${JSON.stringify(found.map((entry) => entry.path))}, reference ${JSON.stringify(reference.map((entry) => entry.path))}`;
};

describe('findExtensions', () => {
  it('lists fields the contract does not define, at every depth, with their values', () => {
    const body = {
      id: 'c',
      object: 'chat.completion',
      created: 1,
      model: 'm',
      x_groq: { id: 'req_1' },
      choices: [
        {
          index: 0,
          finish_reason: 'stop',
          native_finish_reason: 'completed',
          message: {
            role: 'assistant',
            content: 'x',
            reasoning: 'r',
            tool_calls: [{ id: 't', type: 'function', index: 0, function: { name: 'f', arguments: '{}' } }],
          },
        },
      ],
      usage: {
        prompt_tokens: 1,
        completion_tokens: 1,
        total_tokens: 2,
        queue_time: 0.5,
        prompt_tokens_details: { cached_tokens: 0, video_tokens: 0 },
      },
    };
    expect(findExtensions(ChatCompletionResponse, body)).toEqual([
      { path: 'x_groq', value: { id: 'req_1' } },
      { path: 'choices[0].native_finish_reason', value: 'completed' },
      { path: 'choices[0].message.reasoning', value: 'r' },
      { path: 'choices[0].message.tool_calls[0].index', value: 0 },
      { path: 'usage.queue_time', value: 0.5 },
      { path: 'usage.prompt_tokens_details.video_tokens', value: 0 },
    ]);
  });

  it('finds nothing in a body that has only contract fields, and does not look inside opaque ones', () => {
    const body = { id: 'c', object: 'chat.completion', created: 1, model: 'm', choices: [], moderation: { input: { flagged: false } } };
    expect(findExtensions(ChatCompletionResponse, body)).toEqual([]);
  });

  it('lists own keys only, also while a script has added an enumerable property to Object.prototype', () => {
    const body = {
      id: 'c',
      object: 'chat.completion',
      created: 1,
      model: 'm',
      choices: [{ index: 0, finish_reason: 'stop', message: { role: 'assistant', seed: 7 } }],
      x_a: 1,
    };
    const found = whilePrototypePolluted(() => findExtensions(ChatCompletionResponse, body));
    expect(found).toEqual([
      { path: 'choices[0].message.seed', value: 7 },
      { path: 'x_a', value: 1 },
    ]);
  });
});

describe('walkContract: extensions and conformance in one walk', () => {
  const recorded = recordedValues();

  it('answers as io-ts is and lists what the plain walk lists, on every recorded body and event, for each contract codec', () => {
    expect(recorded.length).toBeGreaterThan(3_000);
    const departures = recorded.flatMap((value) => CODECS.map((codec) => departure(codec, value)).filter((found) => found !== null));
    expect(departures).toEqual([]);
  });

  it('the same on recorded values with one part replaced by anything, removed or added, and on chat-shaped chaos', () => {
    fc.assert(
      fc.property(fc.oneof(mutatedRecordedValue(recorded), chatChaos), fc.constantFrom(...CODECS), (value, codec) => {
        expect(departure(codec, value)).toBeNull();
      }),
      { numRuns: 3_000 },
    );
  });

  it('the same on completions whose tool calls (a tagged union) take any shape', () => {
    fc.assert(
      fc.property(toolCallCompletions, (value) => {
        expect(departure(ChatCompletionResponse, value)).toBeNull();
      }),
      { numRuns: 2_000 },
    );
  });

  it('tells a conforming chunk from one missing a required field or holding a wrong value, extensions listed either way', () => {
    const chunk = {
      id: 'c',
      object: 'chat.completion.chunk',
      created: 1,
      model: 'm',
      x: 1,
      choices: [{ index: 0, delta: { content: 'a' }, seed: 2 }],
    };
    const paths = (value: unknown) => {
      const found: string[] = [];
      const conforms = walkContract(ChatCompletionChunk, value, (steps) => found.push(pathText(steps)));
      return { conforms, found };
    };
    expect(paths(chunk)).toEqual({ conforms: true, found: ['x', 'choices[0].seed'] });
    expect(paths({ ...chunk, model: undefined })).toEqual({ conforms: false, found: ['x', 'choices[0].seed'] });
    const { model: _model, ...withoutModel } = chunk;
    expect(paths(withoutModel)).toEqual({ conforms: false, found: ['x', 'choices[0].seed'] });
    expect(paths({ ...chunk, choices: [{ index: 0, delta: { role: null }, seed: 2 }] })).toEqual({
      conforms: false,
      found: ['x', 'choices[0].seed'],
    });
    expect(paths({ ...chunk, usage: null, service_tier: null })).toEqual({ conforms: true, found: ['x', 'choices[0].seed'] });
    expect(paths([chunk])).toEqual({ conforms: false, found: [] });
  });

  it('with an enumerable property added to Object.prototype: own keys listed, and io-ts decides (it reads inherited fields)', () => {
    const chunk = { id: 'c', object: 'chat.completion.chunk', created: 1, model: 'm', choices: [] };
    const results: unknown[] = [];
    for (const [key, value] of [
      ['polluted', 1],
      ['usage', 5],
    ] as const) {
      Reflect.defineProperty(Object.prototype, key, { value, enumerable: true, configurable: true, writable: true });
      try {
        const found: string[] = [];
        results.push([walkContract(ChatCompletionChunk, chunk, (steps) => found.push(pathText(steps))), found]);
      } finally {
        Reflect.deleteProperty(Object.prototype, key);
      }
    }
    // An inherited usage of 5 is not a Usage: io-ts's is says no, and so does the walk.
    expect(results).toEqual([
      [true, []],
      [false, []],
    ]);
  });

  it("with a scan, finds what parseJson's scan finds (depth, integers beyond 2^53), wherever they hide", () => {
    const nested = (levels: number, inner: unknown): unknown => (levels === 0 ? inner : [nested(levels - 1, inner)]);
    const hidden = fc.oneof(
      fc.constantFrom<unknown>(2 ** 60, -(2 ** 60), 9007199254740991, 1.5, 'text'),
      fc
        .tuple(fc.integer({ min: 110, max: 135 }), fc.constantFrom<unknown>(1, 2 ** 60, {}))
        .map(([levels, inner]) => nested(levels, inner)),
    );
    const chunks = recordedValues().filter((value) => t.UnknownRecord.is(value) && value.object === 'chat.completion.chunk');
    const placed = fc
      .tuple(mutatedRecordedValue(chunks), hidden, fc.constantFrom('x_deep', 'id', 'choices', 'usage', 'moderation'))
      .map(([value, part, key]) => {
        if (!t.UnknownRecord.is(value)) return value;
        const choices = value.choices;
        const choice: unknown = Array.isArray(choices) ? choices[0] : undefined;
        const delta = t.UnknownRecord.is(choice) ? choice.delta : undefined;
        // At the top, inside a choice's delta, or as a whole choice.
        if (key === 'choices' && Array.isArray(choices)) choices.push(part);
        else if (key === 'usage' && t.UnknownRecord.is(delta)) delta.content = part;
        else value[key] = part;
        return value;
      });
    fc.assert(
      fc.property(placed, (made) => {
        // As a stream carries it: JSON (no undefined, no Infinity).
        const text = JSON.stringify(made);
        const value: unknown = JSON.parse(text);
        const scan = { tooDeep: false, hugeNumber: false };
        walkContract(ChatCompletionChunk, value, () => undefined, undefined, scan);
        const parsed = parseJson(text);
        const tooDeep = E.isLeft(parsed) && parsed.left.reason === 'depth';
        expect(scan.tooDeep).toBe(tooDeep);
        if (!tooDeep) expect(scan.hugeNumber).toBe(E.isRight(parsed) && parsed.right.mayHoldPreciseNumbers);
      }),
      { numRuns: 2_000 },
    );
  });
});
