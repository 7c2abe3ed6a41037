import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCHEMA_PAIRS } from './pairs';

/** SOURCES.tsv is the pairs' table for people: one row per pair, saying the same thing as the code. */
const rows = readFileSync(new URL('./SOURCES.tsv', import.meta.url), 'utf8')
  .trimEnd()
  .split('\n')
  .slice(1)
  .map((line) => line.split('\t'));

describe('testing/requestSchemas/SOURCES.tsv', () => {
  it('has one row per pair, in order, with its format and what it breaks', () => {
    expect(rows.map(([name, format, , , , breaks]) => [name, format, breaks])).toEqual(
      SCHEMA_PAIRS.map((pair) => [pair.name, pair.format, pair.breaks]),
    );
  });

  it('names pairs uniquely', () => {
    expect(new Set(SCHEMA_PAIRS.map((pair) => pair.name)).size).toBe(SCHEMA_PAIRS.length);
  });
});
