import { describe, expect, it } from 'vitest';
import * as E from 'fp-ts/Either';
import { ChatCompletionChunk } from '../chunk';
import { ChatCompletionResponse } from '../contract';
import { issuesFromErrors } from './contractIssues';

const valid = {
  id: 'c1',
  object: 'chat.completion',
  created: 1,
  model: 'm',
  choices: [{ index: 0, finish_reason: 'stop', message: { role: 'assistant', content: 'hi' } }],
};

const issuesOf = (value: unknown) => {
  const result = ChatCompletionResponse.decode(value);
  return E.isLeft(result) ? issuesFromErrors(result.left) : [];
};

describe('issues from the contract codec', () => {
  it('accepts a minimal valid completion', () => {
    expect(issuesOf(valid)).toEqual([]);
  });

  it('names a missing required field with its path', () => {
    const { model: _model, ...withoutModel } = valid;
    expect(issuesOf(withoutModel)).toEqual([
      { severity: 'error', path: 'model', message: 'missing required field', expected: 'a string', actual: 'nothing (field absent)' },
    ]);
  });

  it('calls an unknown finish_reason a warning, and null where a reason is required an error', () => {
    const eos = issuesOf({ ...valid, choices: [{ ...valid.choices[0], finish_reason: 'eos_token' }] });
    expect(eos).toEqual([
      {
        severity: 'warning',
        path: 'choices[0].finish_reason',
        message: 'value the contract does not list',
        expected: 'one of stop, length, tool_calls, content_filter, function_call',
        actual: 'string "eos_token"',
      },
    ]);
    const none = issuesOf({ ...valid, choices: [{ ...valid.choices[0], finish_reason: null }] });
    expect(none[0]).toMatchObject({ severity: 'error', path: 'choices[0].finish_reason', actual: 'null' });
  });

  it('reports a wrong type once for a nullable field, not once per union member', () => {
    const issues = issuesOf({ ...valid, choices: [{ ...valid.choices[0], message: { role: 'assistant', content: 42 } }] });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ severity: 'error', path: 'choices[0].message.content', actual: 'integer 42' });
  });

  it("points at a tool call's missing type (Mistral) rather than at the whole call", () => {
    const message = { role: 'assistant', content: '', tool_calls: [{ id: 'a', function: { name: 'f', arguments: '{}' } }] };
    expect(issuesOf({ ...valid, choices: [{ ...valid.choices[0], message }] })).toEqual([
      {
        severity: 'error',
        path: 'choices[0].message.tool_calls[0].type',
        message: 'missing required field',
        expected: 'one of function, custom',
        actual: 'nothing (field absent)',
      },
    ]);
  });

  it('checks the fields inside a function tool call', () => {
    const message = { role: 'assistant', tool_calls: [{ id: 'a', type: 'function', function: { arguments: '{}' } }] };
    expect(issuesOf({ ...valid, choices: [{ ...valid.choices[0], message }] })).toEqual([
      {
        severity: 'error',
        path: 'choices[0].message.tool_calls[0].function.name',
        message: 'missing required field',
        expected: 'a string',
        actual: 'nothing (field absent)',
      },
    ]);
  });

  it('wants an integer where OpenAI says integer', () => {
    expect(issuesOf({ ...valid, created: 1.5 })[0]).toMatchObject({ severity: 'error', path: 'created', actual: 'number 1.5' });
  });

  it('prefixes stream issues with the event', () => {
    const result = ChatCompletionChunk.decode({
      id: 'c',
      object: 'chat.completion.chunk',
      created: 1,
      model: 'm',
      choices: [{ index: 0, delta: { tool_calls: [{ function: { arguments: 'x' } }] } }],
    });
    expect(E.isLeft(result) ? issuesFromErrors(result.left, 'events[3]').map((issue) => issue.path) : []).toEqual([
      'events[3].choices[0].delta.tool_calls[0].index',
    ]);
  });
});
