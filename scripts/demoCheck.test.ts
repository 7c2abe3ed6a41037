import { expect, test } from 'vitest';
import type { ChatScenario } from '../demo/scenarios';
import { compareRows } from './demoCheck';
import type { PanelRow } from '../browser/devtools';

/** The verdict of the headless `npm start` (no browser needed): it must fail on any difference. */

const scenario = (
  testId: string,
  model: string | null,
  kind: ChatScenario['kind'],
  status: number,
  format: ChatScenario['format'] = 'openai-chat',
): ChatScenario => ({
  testId,
  label: testId,
  client: 'fetch',
  chat: true,
  format,
  fixtureFolder: 'responses',
  fixture: `${testId}.json`,
  kind,
  model,
  status,
});
const row = (
  model: string,
  kind: string,
  status: string,
  text = `12:00:00.000\t127.0.0.1:5173\t${model}\t${kind}\t${status}`,
): PanelRow => ({
  time: '12:00:00.000',
  model,
  kind,
  status,
  tokens: '1',
  text,
});

const expected = [
  scenario('a', 'gpt-4o', 'json', 200),
  scenario('b', 'mistral-small-latest', 'stream', 200),
  scenario('c', 'x/y', 'error', 429),
];

test('rows that match the scenarios in order pass', () => {
  expect(
    compareRows([row('gpt-4o', 'JSON', '200'), row('mistral-small-latest', 'stream', '200'), row('x/y', 'error', '429')], expected),
  ).toEqual([]);
});

test('an extra row fails and is named', () => {
  const problems = compareRows(
    [row('gpt-4o', 'JSON', '200'), row('mistral-small-latest', 'stream', '200'), row('x/y', 'error', '429'), row('—', 'JSON', '200')],
    expected,
  );
  expect(problems).toEqual(['the panel lists 4 exchanges, the demo made 3 chat calls', 'row 4 unexpected: — JSON 200']);
});

test('a missing row fails and names the call it expected', () => {
  const problems = compareRows([row('gpt-4o', 'JSON', '200'), row('mistral-small-latest', 'stream', '200')], expected);
  expect(problems).toEqual(['the panel lists 2 exchanges, the demo made 3 chat calls', 'row 3 missing: expected x/y (c)']);
});

test('a row with another model, kind or status fails', () => {
  const problems = compareRows(
    [row('gpt-4o', 'stream', '200'), row('mistral-large', 'stream', '200'), row('x/y', 'error', '500')],
    expected,
  );
  expect(problems).toEqual([
    'row 1 (a): expected gpt-4o JSON 200, got gpt-4o stream 200',
    'row 2 (b): expected mistral-small-latest stream 200, got mistral-large stream 200',
    'row 3 (c): expected x/y error 429, got x/y error 500',
  ]);
});

test("another format's row must show the format's name; Chat Completions rows need not", () => {
  const formats = [
    scenario('a', 'claude-sonnet-4-5-20250929', 'json', 200, 'anthropic-messages'),
    scenario('b', null, 'stream', 200, 'ai-sdk-ui'),
  ];
  expect(
    compareRows(
      [
        row('claude-sonnet-4-5-20250929', 'JSON', '200', '12:00:00.000\tAnthropic\tclaude-sonnet-4-5-20250929\tJSON\t200'),
        row('—', 'stream', '200', '12:00:01.000\t127.0.0.1:5173\tAI SDK\t—\tstream\t200'),
      ],
      formats,
    ),
  ).toEqual([]);
  expect(compareRows([row('claude-sonnet-4-5-20250929', 'JSON', '200'), row('—', 'stream', '200')], formats)).toEqual([
    'row 1 (a): expected the format Anthropic (anthropic-messages) in the row, got "12:00:00.000 127.0.0.1:5173 claude-sonnet-4-5-20250929 JSON 200"',
    'row 2 (b): expected the format AI SDK (ai-sdk-ui) in the row, got "12:00:00.000 127.0.0.1:5173 — stream 200"',
  ]);
});

test('an exchange that names no model is expected as the panel\'s "—"', () => {
  expect(compareRows([row('—', 'stream', '200', 'AI SDK — stream 200')], [scenario('b', null, 'stream', 200, 'ai-sdk-data')])).toEqual([]);
  expect(
    compareRows([row('gpt-4o', 'stream', '200', 'AI SDK gpt-4o stream 200')], [scenario('b', null, 'stream', 200, 'ai-sdk-data')]),
  ).toEqual(['row 1 (b): expected — stream 200, got gpt-4o stream 200']);
});
