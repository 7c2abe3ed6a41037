import { expect } from 'vitest';
import { decodeResponseBody } from '../decode/index';
import { readFixture } from './fixtureFiles';
import type { DecodedExchange, NormalizedMessage } from '../decode/index';

/**
 * Table-driven checks of the recorded bodies. Every expected value below is written by hand from
 * the fixture's bytes (and SOURCES.tsv), never copied from the decoder's output.
 */

type Text = string | null | { start: string; end: string };

export interface FixtureExpectation {
  readonly kind: DecodedExchange['kind'];
  readonly conforms: boolean;
  /** Paths that must carry an error-level issue (the reason it does not conform). */
  readonly errorsAt?: readonly string[];
  /** Paths that must carry a warning. */
  readonly warningsAt?: readonly string[];
  readonly model?: string;
  readonly id?: string;
  readonly choices?: number;
  readonly finish?: string | null;
  readonly content?: Text;
  /** undefined: no reasoning at all. */
  readonly reasoning?: Text;
  readonly refusal?: string;
  readonly tools?: readonly (readonly [name: string, args: string, id?: string])[];
  readonly usage?: readonly [prompt: number | null, completion: number | null, total: number | null] | null;
  readonly stream?: { readonly events: number; readonly done: boolean };
  readonly error?: string | RegExp;
  readonly extensions?: readonly string[];
  /** Integers beyond 2^53 as [path, digits as sent]; every other body must have none. */
  readonly preciseNumbers?: readonly (readonly [path: string, digits: string])[];
}

const statusFromName = (name: string): number => Number(/-error-(\d{3})-/.exec(name)?.[1] ?? 200);

const expectText = (actual: string | null | undefined, expected: Text | undefined, what: string) => {
  if (expected === undefined || expected === null || typeof expected === 'string') {
    expect(actual ?? (expected === null ? null : undefined), what).toBe(expected);
    return;
  }
  expect(actual?.startsWith(expected.start), `${what} starts with ${JSON.stringify(expected.start)}`).toBe(true);
  expect(actual?.endsWith(expected.end), `${what} ends with ${JSON.stringify(expected.end)}`).toBe(true);
};

const expectMessage = (message: NormalizedMessage | undefined, expected: FixtureExpectation) => {
  if ('content' in expected) expectText(message?.content, expected.content, 'content');
  expectText(message?.reasoning, expected.reasoning, 'reasoning');
  expect(message?.refusal, 'refusal').toBe(expected.refusal);
  const tools = message?.tool_calls?.map((call) => {
    expect(call.type, 'tool call type').toBe('function');
    return [call.function.name, call.function.arguments, call.id] as const;
  });
  if (expected.tools === undefined) expect(tools, 'tool calls').toBeUndefined();
  else {
    expect(
      tools?.map(([name, args]) => [name, args]),
      'tool calls',
    ).toEqual(expected.tools.map(([name, args]) => [name, args]));
    expected.tools.forEach(([, , id], i) => {
      if (id !== undefined) expect(tools?.[i]?.[2], `tool call ${i} id`).toBe(id);
    });
  }
};

export const checkFixture = (name: string, expected: FixtureExpectation): void => {
  const decoded = decodeResponseBody(readFixture(name), { url: null, status: statusFromName(name) });
  const errors = decoded.issues.filter((issue) => issue.severity === 'error').map((issue) => issue.path);
  const warnings = decoded.issues.filter((issue) => issue.severity === 'warning').map((issue) => issue.path);
  expect(decoded.kind, 'kind').toBe(expected.kind);
  expect(decoded.conforms, `conforms (errors at ${errors.join(', ')})`).toBe(expected.conforms);
  for (const path of expected.errorsAt ?? []) expect(errors, 'error paths').toContain(path);
  for (const path of expected.warningsAt ?? []) expect(warnings, 'warning paths').toContain(path);
  if (expected.stream === undefined) expect(decoded.stream, 'stream').toBeNull();
  else expect({ events: decoded.stream?.events, done: decoded.stream?.done }, 'stream').toEqual(expected.stream);
  if (expected.error === undefined) expect(decoded.error, 'error').toBeNull();
  else if (typeof expected.error === 'string') expect(decoded.error?.message, 'error message').toBe(expected.error);
  else expect(decoded.error?.message, 'error message').toMatch(expected.error);
  expect(
    decoded.preciseNumbers?.map((number) => [number.path, number.digits]),
    'precise numbers',
  ).toEqual(expected.preciseNumbers);
  if (expected.extensions !== undefined) {
    const paths = (decoded.extensions ?? []).map((extension) => extension.path);
    for (const path of expected.extensions) expect(paths, 'extensions').toContain(path);
  }
  if (expected.kind === 'error' && expected.model === undefined) {
    expect(decoded.completion, 'completion').toBeNull();
    return;
  }
  const completion = decoded.completion;
  expect(completion, 'completion').not.toBeNull();
  if (expected.model !== undefined) expect(completion?.model, 'model').toBe(expected.model);
  if (expected.id !== undefined) expect(completion?.id, 'id').toBe(expected.id);
  expect(completion?.choices.length, 'choices').toBe(expected.choices ?? 1);
  if ('finish' in expected) expect(completion?.choices[0]?.finish_reason, 'finish_reason').toBe(expected.finish);
  expectMessage(completion?.choices[0]?.message, expected);
  if (expected.usage !== undefined) {
    const usage = completion?.usage;
    expect(usage === null ? null : [usage?.prompt_tokens, usage?.completion_tokens, usage?.total_tokens], 'usage').toEqual(expected.usage);
  }
};
