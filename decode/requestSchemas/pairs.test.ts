import { describe, expect, it } from 'vitest';
import { SCHEMA_PAIRS, schemaPairExchange } from '../../testing/requestSchemas/pairs';
import { decodeExchange } from '../index';

/**
 * Every hand-written pair (testing/requestSchemas/SOURCES.tsv) against what a user reading the
 * request and the response finds by eye: which call or content, where inside it, which rule.
 */
const CALL = 'choices[0].message.tool_calls[0].function';
const CONTENT = 'choices[0].message.content';
const STRICT_TOOL = ' (the tool is strict: the provider promised arguments that match)';
const STRICT_OUTPUT = ' (the schema is strict: the provider promised output that matches)';
const REMOTE =
  'the schema of tool "get_weather" could not be checked: it refers to another document ("https://schemas.example.com/city.json"), which is not fetched';

type Expected = readonly [severity: 'error' | 'warning', path: string, keyword: string, at: readonly (string | number)[], message: string];

const EXPECTED: Readonly<Record<string, readonly Expected[]>> = {
  'chat-wrong-enum': [['error', `${CALL}.arguments.unit`, 'enum', ['unit'], `must be one of celsius, fahrenheit; got "C"${STRICT_TOOL}`]],
  'chat-missing-required': [['error', `${CALL}.arguments`, 'required', [], 'required field "city" is missing']],
  'chat-wrong-type': [
    ['error', `${CALL}.arguments.days`, 'type', ['days'], 'must be a whole number (integer); got a string'],
    [
      'error',
      `${CALL}.arguments.country`,
      'additionalProperties',
      ['country'],
      'field "country" is not allowed (additionalProperties is false)',
    ],
  ],
  'chat-unknown-tool': [['error', `${CALL}.name`, 'tool', [], 'the request offered no tool named "get_forecast"']],
  'chat-unparseable-arguments': [['error', `${CALL}.arguments`, 'json', [], 'the arguments are not valid JSON (at position 33)']],
  'chat-output-missing-field': [
    ['error', `${CONTENT}.items[1]`, 'required', ['items', 1], `required field "price" is missing${STRICT_OUTPUT}`],
  ],
  'chat-json-object-not-object': [
    ['error', CONTENT, 'type', [], 'must be a JSON object (the request asked for json_object); got an array'],
  ],
  'chat-unreadable-schema': [['warning', `${CALL}.arguments`, 'schema', [], REMOTE]],
  'anthropic-wrong-enum': [['error', `${CALL}.arguments.unit`, 'enum', ['unit'], 'must be one of celsius, fahrenheit; got "C"']],
  'anthropic-missing-required': [['error', `${CALL}.arguments`, 'required', [], 'required field "unit" is missing']],
  'anthropic-wrong-type': [['error', `${CALL}.arguments.days`, 'maximum', ['days'], 'must be at most 7; got 10']],
  'anthropic-unknown-tool': [['error', `${CALL}.name`, 'tool', [], 'the request offered no tool named "get_forecast"']],
  // '{"city": "Par' (13 characters) stops inside a string: V8 names the end of the text.
  'anthropic-unparseable-arguments': [['error', `${CALL}.arguments`, 'json', [], 'the arguments are not valid JSON (at position 13)']],
  'anthropic-output-missing-field': [['error', CONTENT, 'required', [], `required field "items" is missing${STRICT_OUTPUT}`]],
  'anthropic-unreadable-schema': [['warning', `${CALL}.arguments`, 'schema', [], REMOTE]],
  'gemini-wrong-enum': [['error', `${CALL}.arguments.unit`, 'enum', ['unit'], 'must be one of celsius, fahrenheit; got "C"']],
  'gemini-missing-required': [['error', `${CALL}.arguments`, 'required', [], 'required field "city" is missing']],
  'gemini-wrong-type': [['error', `${CALL}.arguments.days`, 'type', ['days'], 'must be a whole number (integer); got a string']],
  'gemini-unknown-tool': [['error', `${CALL}.name`, 'tool', [], 'the request offered no tool named "get_forecast"']],
  'gemini-output-missing-field': [['error', `${CONTENT}.items[1]`, 'required', ['items', 1], 'required field "price" is missing']],
  'gemini-unreadable-schema': [['warning', `${CALL}.arguments`, 'schema', [], REMOTE]],
  'responses-wrong-enum': [
    ['error', `${CALL}.arguments.unit`, 'enum', ['unit'], `must be one of celsius, fahrenheit; got "C"${STRICT_TOOL}`],
  ],
  'responses-output-missing-field': [
    ['error', `${CONTENT}.items[1]`, 'required', ['items', 1], `required field "price" is missing${STRICT_OUTPUT}`],
  ],
  'ollama-missing-required': [['error', `${CALL}.arguments`, 'required', [], 'required field "unit" is missing']],
  'ollama-output-missing-field': [['error', `${CONTENT}.items[1]`, 'required', ['items', 1], 'required field "price" is missing']],
  'ollama-output-not-json': [['error', CONTENT, 'json', [], 'the content is not valid JSON (unexpected "H"); the request asked for JSON']],
};

const schemaIssuesOf = (name: string) => {
  const pair = SCHEMA_PAIRS.find((candidate) => candidate.name === name);
  if (pair === undefined) throw new Error(`no pair ${name}`);
  const decoded = decodeExchange(schemaPairExchange(pair));
  return { decoded, issues: (decoded?.issues ?? []).filter((issue) => issue.schema !== undefined) };
};

describe('request/response pairs that break the request schemas', () => {
  it('has an expectation for every pair, and a pair for every expectation', () => {
    expect(SCHEMA_PAIRS.map((pair) => pair.name).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(Object.entries(EXPECTED))('%s', (name, expected) => {
    const { decoded, issues } = schemaIssuesOf(name);
    expect(decoded?.format).toBe(SCHEMA_PAIRS.find((pair) => pair.name === name)?.format);
    expect(issues.map((issue) => [issue.severity, issue.path, issue.schema?.keyword, issue.schema?.at, issue.message])).toEqual(expected);
    const target = issues[0]?.schema?.target;
    expect(target).toEqual(
      issues[0]?.path.startsWith(CONTENT) ? { kind: 'content', choice: 0 } : { kind: 'tool_call', choice: 0, index: 0 },
    );
  });

  it('leaves conforms (the provider contract) alone: every pair is a well-formed response', () => {
    for (const pair of SCHEMA_PAIRS) expect(schemaIssuesOf(pair.name).decoded?.conforms, pair.name).toBe(true);
  });

  it('with requestSchemas: false, finds none', () => {
    for (const pair of SCHEMA_PAIRS) {
      const decoded = decodeExchange(schemaPairExchange(pair), { requestSchemas: false });
      expect(
        decoded?.issues.filter((issue) => issue.schema !== undefined),
        pair.name,
      ).toEqual([]);
    }
  });
});
