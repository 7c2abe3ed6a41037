import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type * as t from 'io-ts';
import * as E from 'fp-ts/Either';
import { ChatCompletionChunk } from '../chunk';
import { ChatCompletionResponse } from '../contract';
import { contractErrors } from './contractErrors';
import { issuesFromErrors } from './contractIssues';
import { ErrorResponse } from '../errorBody';
import { chatChaos, mutatedRecordedValue, recordedValues } from '../../testing/contractSamples';

/** What `decode` alone reports: the reference contractErrors must match. */
const decodeErrors = (codec: t.Mixed, value: unknown): t.Errors => {
  const decoded = codec.decode(value);
  return E.isLeft(decoded) ? decoded.left : [];
};

/** Where contractErrors departs from decode, or null: contexts, codecs and values compared by identity. */
const departure = (codec: t.Mixed, value: unknown): string | null => {
  const expected = decodeErrors(codec, value);
  const actual = contractErrors(codec, value);
  if (actual.length !== expected.length) return `${actual.length} errors instead of ${expected.length}`;
  for (const [index, error] of actual.entries()) {
    const reference = expected[index];
    if (reference === undefined || !Object.is(error.value, reference.value) || error.message !== reference.message)
      return `error ${index} differs`;
    if (error.context.length !== reference.context.length)
      return `error ${index}: context of ${error.context.length} instead of ${reference.context.length}`;
    for (const [depth, entry] of error.context.entries()) {
      const other = reference.context[depth];
      if (other === undefined || entry.key !== other.key || entry.type !== other.type || !Object.is(entry.actual, other.actual))
        return `error ${index}: context entry ${depth} differs`;
    }
  }
  return null;
};

const expectSameErrors = (codec: t.Mixed, value: unknown): void => {
  expect(departure(codec, value)).toBeNull();
  expect(issuesFromErrors(contractErrors(codec, value), 'events[3]')).toEqual(issuesFromErrors(decodeErrors(codec, value), 'events[3]'));
};

const CODECS: readonly [string, t.Mixed][] = [
  ['ChatCompletionResponse', ChatCompletionResponse],
  ['ChatCompletionChunk', ChatCompletionChunk],
  ['ErrorResponse', ErrorResponse],
];

describe('contractErrors: the errors decode gives, found where is fails', () => {
  const recorded = recordedValues();

  it('match decode on every recorded body and stream event (conforming or not), for each contract codec', () => {
    expect(recorded.length).toBeGreaterThan(3_000);
    const departures = recorded.flatMap((value, index) =>
      CODECS.flatMap(([name, codec]) => {
        const found = departure(codec, value);
        return found === null ? [] : [`value ${index}, ${name}: ${found}`];
      }),
    );
    expect(departures).toEqual([]);
    // The issues too, for the values that fail (the issue list is what a user reads).
    for (const value of recorded) if (!ChatCompletionChunk.is(value)) expectSameErrors(ChatCompletionChunk, value);
  });

  it('match decode on recorded values with one part replaced by anything, removed or added, however deep', () => {
    fc.assert(
      fc.property(mutatedRecordedValue(recorded), fc.constantFrom(...CODECS), (value, [, codec]) => {
        expectSameErrors(codec, value);
      }),
      { numRuns: 1_500 },
    );
  });

  it('match decode on chat-shaped chaos and on values that are not objects at all', () => {
    fc.assert(
      fc.property(chatChaos, fc.constantFrom(...CODECS), (value, [, codec]) => {
        expectSameErrors(codec, value);
      }),
      { numRuns: 1_000 },
    );
  });

  it('hands back nothing for a conforming value, and one error for a wrong leaf deep inside a large body', () => {
    const completion = {
      id: 'c',
      object: 'chat.completion',
      created: 1,
      model: 'm',
      service_tier: 'on_demand',
      choices: [{ index: 0, finish_reason: 'stop', message: { role: 'assistant', content: 'x'.repeat(10_000) } }],
    };
    expect(contractErrors(ChatCompletionResponse, { ...completion, service_tier: 'auto' })).toEqual([]);
    const errors = contractErrors(ChatCompletionResponse, completion);
    // The union `ServiceTier | null` fails in both branches: one error each, as decode gives them.
    expect(errors.map((error) => error.context.map((entry) => entry.key).join('/'))).toEqual(['/1/service_tier/0', '/1/service_tier/1']);
    expect(issuesFromErrors(errors)).toEqual([
      {
        severity: 'warning',
        path: 'service_tier',
        message: 'value the contract does not list',
        expected: 'one of auto, default, flex, scale, priority, fast or null',
        actual: 'string "on_demand"',
      },
    ]);
  });
});
