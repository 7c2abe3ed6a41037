// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { fixtureNames, fixturePath, formatFixtureNames, readFixture, readFixtureBytes, readFormatFixture } from './fixtureFiles';

/**
 * Under happy-dom (the panel's component tests) `new URL(relative, import.meta.url)` resolves
 * against http://localhost:3000, not the file: the reader must find the recordings there too.
 */
describe('the recorded bodies, read from a component test', () => {
  it('lists the 105 recorded bodies (SOURCES.tsv is not one)', () => {
    const names = fixtureNames();
    expect(names).toHaveLength(105);
    expect(names).toContain('openai-chat-text-1.json');
    expect(names).not.toContain('SOURCES.tsv');
  });

  it('reads a stream as text and as bytes: 8,761 bytes from `data: {"id":"chatcmpl-ABfw…` to `data: [DONE]`', () => {
    const text = readFixture('openai-stream-text-1.sse');
    expect(text.startsWith('data: {"id":"chatcmpl-ABfw031mOJeYCSHe4yI2ZjOA6kMJL"')).toBe(true);
    expect(text.endsWith('data: [DONE]\n\n')).toBe(true);
    expect(readFixtureBytes('openai-stream-text-1.sse').length).toBe(8761);
  });

  it('gives file paths beside the project, under shared/fixtures/responses', () => {
    expect(fixturePath('openai-chat-text-1.json')).toMatch(/^\/.*\/shared\/fixtures\/responses\/openai-chat-text-1\.json$/);
  });
});

describe('the other formats’ recorded bodies', () => {
  it('lists each format folder’s bodies without its SOURCES.tsv, and reads them', () => {
    const names = formatFixtureNames('ollama');
    expect(names).toContain('ollama-chat-stream-text-1.ndjson');
    expect(names).not.toContain('SOURCES.tsv');
    expect(readFormatFixture('ollama', 'ollama-error-404-1.json')).toMatch(/"error"/);
  });
});
