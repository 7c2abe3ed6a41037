import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as t from 'io-ts';
import { ChatCompletionChunk } from '../chunk';
import { ChatCompletionResponse } from '../contract';
import { ErrorResponse } from '../errorBody';
import { FailureIssues } from './failureIssues';
import { contractErrors } from './contractErrors';
import { issuesFromErrors } from './contractIssues';
import { mutatedRecordedValue, recordedValues, toolCallCompletions } from '../../testing/contractSamples';
import type { FailureNotes } from './failureNotes';
import { walkContract } from './walkContract';
import type { JsonRecord } from '../lenientFields';
import type { ContractIssue } from '../model';
import { decodeResponseBody } from '../decodeBody';
import { completionJson } from '../../testing/chatBodies';

const notesOf = (value: unknown, codec: t.Mixed = ChatCompletionChunk): FailureNotes | undefined => {
  const notes: FailureNotes = { places: [], reusable: true };
  return walkContract(codec, value, () => undefined, notes) ? undefined : notes;
};

const issuesOf = (value: unknown, codec: t.Mixed = ChatCompletionChunk): ContractIssue[] => issuesFromErrors(contractErrors(codec, value));

/**
 * Checks values one by one: one the walk passes has no contract errors, and values with the same
 * reusable notes have the same contract issues as the first value seen with them. `compared`
 * counts the values that met an earlier one's notes, so a test can tell the check had pairs.
 */
const notesDecideIssues = (codec: t.Mixed) => {
  const byNotes = new Map<string, ContractIssue[]>();
  let compared = 0;
  const check = (value: unknown): void => {
    const notes = notesOf(value, codec);
    if (notes === undefined) {
      expect(contractErrors(codec, value)).toEqual([]);
      return;
    }
    if (!notes.reusable) return;
    const key = notes.places.join('\u0001');
    const issues = issuesOf(value, codec);
    const first = byNotes.get(key);
    if (first === undefined) byNotes.set(key, issues);
    else {
      compared += 1;
      expect({ key, issues }).toEqual({ key, issues: first });
    }
  };
  return { check, compared: () => compared };
};

const chunk = (delta: Record<string, unknown>, top: Record<string, unknown> = {}): JsonRecord => ({
  id: 'c',
  object: 'chat.completion.chunk',
  created: 1,
  model: 'm',
  choices: [{ index: 0, delta, finish_reason: null }],
  ...top,
});

describe('FailureIssues', () => {
  it('chunks failing alike get the issues of the first; a chunk failing otherwise gets its own', () => {
    const remembered = new FailureIssues(ChatCompletionChunk);
    const issuesFor = (value: JsonRecord) => {
      const notes = notesOf(value);
      if (notes === undefined) throw new Error('expected the chunk not to conform');
      return remembered.of(value, notes);
    };
    const roleNull = {
      severity: 'error',
      path: 'choices[0].delta.role',
      message: 'wrong type or value',
      expected: 'one of developer, system, user, assistant, tool',
      actual: 'null',
    };
    expect(issuesFor(chunk({ role: null, content: 'a' }))).toEqual([roleNull]);
    expect(issuesFor(chunk({ role: null, content: 'a long and different text' }))).toEqual([roleNull]);
    expect(issuesFor(chunk({ role: 'bot', content: 'a' }))).toEqual([
      { ...roleNull, message: 'value the contract does not list', actual: 'string "bot"', severity: 'warning' },
    ]);
    expect(issuesFor(chunk({ content: 'a' }, { created: 1.5 }))).toEqual([
      { severity: 'error', path: 'created', message: 'wrong type or value', expected: 'a whole number', actual: 'number 1.5' },
    ]);
  });

  it.each([
    ['stream chunks', ChatCompletionChunk, (value: unknown) => t.UnknownRecord.is(value) && value.object !== 'chat.completion'],
    ['completions', ChatCompletionResponse, (value: unknown) => t.UnknownRecord.is(value) && value.object === 'chat.completion'],
    ['error bodies', ErrorResponse, (value: unknown) => t.UnknownRecord.is(value) && 'error' in value],
  ] as const)('the walk notes the same failure only for %s whose contract issues are the same', (_kind, codec, recordedKind) => {
    const bases = recordedValues().filter(recordedKind);
    const notesDecide = notesDecideIssues(codec);
    fc.assert(fc.property(mutatedRecordedValue(bases), notesDecide.check), { numRuns: 4_000 });
    // The property had pairs to compare: many of the failures it made were made more than once.
    expect(notesDecide.compared()).toBeGreaterThan(500);
  });

  it('the same for completions whose tool calls (a tagged union) take any shape', () => {
    const notesDecide = notesDecideIssues(ChatCompletionResponse);
    fc.assert(fc.property(toolCallCompletions, notesDecide.check), { numRuns: 3_000 });
    expect(notesDecide.compared()).toBeGreaterThan(500);
  });

  it("works out each chunk's own issues where a codec's own is decided (moderation is an opaque record)", () => {
    const remembered = new FailureIssues(ChatCompletionChunk);
    const issued = ['flagged', 5].map((moderation) => {
      const value = chunk({ content: 'a' }, { moderation });
      const notes = notesOf(value);
      expect(notes?.reusable).toBe(false);
      return remembered.of(value, notes ?? { places: [], reusable: false });
    });
    expect(issued.map((issues) => issues.map((issue) => issue.actual))).toEqual([['string "flagged"'], ['integer 5']]);
  });

  it('serves responses that fail alike across exchanges, each exchange with issues of its own', () => {
    const body = (tier: string, content: string) => completionJson({ content }, { service_tier: tier });
    const first = decodeResponseBody(body('on_demand', 'a'));
    const second = decodeResponseBody(body('on_demand', 'something else'));
    const other = decodeResponseBody(body('flex_plus', 'a'));
    const warning = {
      severity: 'warning',
      path: 'service_tier',
      message: 'value the contract does not list',
      expected: 'one of auto, default, flex, scale, priority, fast or null',
    };
    expect([first.issues, second.issues, other.issues]).toEqual([
      [{ ...warning, actual: 'string "on_demand"' }],
      [{ ...warning, actual: 'string "on_demand"' }],
      [{ ...warning, actual: 'string "flex_plus"' }],
    ]);
    expect(first.issues[0]).not.toBe(second.issues[0]);
  });
});
