import { describe, expect, it } from 'vitest';
import { readFixture } from '../../../../testing/fixtureFiles';
import { parseJsonNode } from './jsonNode';
import type { JsonNode } from './jsonNode';
import { jsonNodeText, sliceRuns } from './jsonNodeText';

const tree = (text: string): JsonNode => {
  const node = parseJsonNode(text);
  if (node === null) throw new Error('not JSON');
  return node;
};
const printed = (text: string) =>
  jsonNodeText(tree(text))
    .map((run) => run.text)
    .join('');

describe('jsonNodeText', () => {
  it('prints what JSON.stringify(value, null, 2) prints for ordinary JSON', () => {
    for (const text of [
      readFixture('openai-chat-parallel-tools-1.json'),
      '{"a":[],"b":{},"c":[1,"x",null,true,{"d":-0.5}],"e\\"q":"\\u2028"}',
      '"just a string"',
      '[]',
      '42',
    ]) {
      const parsed: unknown = JSON.parse(text);
      expect(printed(text)).toBe(JSON.stringify(parsed, null, 2));
    }
  });

  it('prints integers beyond 2^53 with their digits, as runs of their own', () => {
    expect(jsonNodeText(tree('{"location":"Paris","id":12345678901234567890}'))).toEqual([
      { text: '{\n  "location": "Paris",\n  "id": ', beyondSafe: false },
      { text: '12345678901234567890', beyondSafe: true },
      { text: '\n}', beyondSafe: false },
    ]);
  });

  it('cuts runs to a length, keeping the mark on a cut number', () => {
    const runs = jsonNodeText(tree('[12345678901234567890]'));
    expect(sliceRuns(runs, 8)).toEqual([
      { text: '[\n  ', beyondSafe: false },
      { text: '1234', beyondSafe: true },
    ]);
    expect(sliceRuns(runs, 1_000)).toEqual(runs);
  });
});
