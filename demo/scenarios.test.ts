import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { fixturePath, readFixture } from '../testing/fixtureFiles';
import { CHAT_SCENARIOS, SCENARIOS } from './scenarios';

/** The `model` of a JSON body, or of the first event of a stream. */
function recordedModel(name: string): unknown {
  const text = readFixture(name);
  const json = name.endsWith('.sse') ? (text.split('\n').find((l) => l.startsWith('data: {')) ?? '').slice('data: '.length) : text;
  const body: unknown = JSON.parse(json);
  return typeof body === 'object' && body !== null ? Reflect.get(body, 'model') : undefined;
}

describe('demo scenarios', () => {
  it('has one button per required test id, in the order Run all uses', () => {
    expect(SCENARIOS.map((s) => s.testId)).toEqual([
      'demo-openai-json',
      'demo-openai-stream',
      'demo-openai-tools',
      'demo-mistral',
      'demo-vercel-ai',
      'demo-fetch',
      'demo-fetch-error',
      'demo-non-llm',
    ]);
  });

  it('makes 7 chat exchanges and one request that is not chat', () => {
    expect(CHAT_SCENARIOS).toHaveLength(7);
    expect(SCENARIOS.filter((s) => !s.chat).map((s) => s.testId)).toEqual(['demo-non-llm']);
  });

  it('names a fixture that exists for every chat scenario', () => {
    for (const s of CHAT_SCENARIOS) expect(existsSync(fixturePath(s.fixture)), s.fixture).toBe(true);
  });

  it('gives each scenario the kind its fixture is served as', () => {
    for (const s of CHAT_SCENARIOS) {
      const expected = /-error-/.test(s.fixture) && s.fixture.endsWith('.json') ? 'error' : s.fixture.endsWith('.sse') ? 'stream' : 'json';
      expect(s.kind, s.testId).toBe(expected);
    }
  });

  it('gives each successful scenario the model its recorded response names', () => {
    for (const s of CHAT_SCENARIOS.filter((c) => c.kind !== 'error')) expect(recordedModel(s.fixture), s.testId).toBe(s.model);
  });

  it('expects a 429 from the OpenRouter error and 200 elsewhere', () => {
    expect(SCENARIOS.map((s) => [s.testId, s.status]).filter(([, status]) => status !== 200)).toEqual([['demo-fetch-error', 429]]);
  });
});
