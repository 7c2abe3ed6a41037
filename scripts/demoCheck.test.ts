import { expect, test } from 'vitest';
import type { ChatScenario } from '../demo/scenarios';
import { compareRows } from './demoCheck';
import type { PanelRow } from '../browser/devtools';

/** The verdict of the headless `npm start` (no browser needed): it must fail on any difference. */

const scenario = (testId: string, model: string, kind: ChatScenario['kind'], status: number): ChatScenario => ({
  testId,
  label: testId,
  client: 'fetch',
  chat: true,
  fixture: `${testId}.json`,
  kind,
  model,
  status,
});
const row = (model: string, kind: string, status: string): PanelRow => ({ time: '12:00:00.000', model, kind, status, tokens: '1' });

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
