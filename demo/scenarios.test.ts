import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { formatFixturePath, fixturePath, readFixture, readFormatFixture } from '../testing/fixtureFiles';
import { CHAT_SCENARIOS, isChatCompletionsScenario, SCENARIOS } from './scenarios';
import type { ChatScenario } from './scenarios';

const pathOf = (s: ChatScenario): string =>
  s.fixtureFolder === 'responses' ? fixturePath(s.fixture) : formatFixturePath(s.fixtureFolder, s.fixture);
const textOf = (s: ChatScenario): string =>
  s.fixtureFolder === 'responses' ? readFixture(s.fixture) : readFormatFixture(s.fixtureFolder, s.fixture);

/** The first JSON object of a body: the body itself, a stream's first `data:` event, or an NDJSON body's first line. */
function firstObject(s: ChatScenario): unknown {
  const text = textOf(s);
  if (s.fixture.endsWith('.sse')) return JSON.parse((text.split('\n').find((l) => l.startsWith('data: {')) ?? '').slice('data: '.length));
  if (s.fixture.endsWith('.ndjson')) return JSON.parse(text.split('\n')[0] ?? '');
  return JSON.parse(text);
}

const field = (value: unknown, ...path: string[]): unknown =>
  path.reduce<unknown>((at, key) => (typeof at === 'object' && at !== null ? Reflect.get(at, key) : undefined), value);

/** The model a recorded body names where its format keeps it (Gemini: modelVersion; Anthropic streams: message_start.message.model). */
function recordedModel(s: ChatScenario): unknown {
  const first = firstObject(s);
  if (s.format === 'gemini') return field(first, 'modelVersion');
  if (s.format === 'anthropic-messages' && s.kind === 'stream') return field(first, 'message', 'model');
  if (s.format === 'openai-responses' && s.kind === 'stream') return field(first, 'response', 'model');
  return field(first, 'model');
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
      'demo-anthropic-json',
      'demo-anthropic-stream',
      'demo-gemini-json',
      'demo-gemini-stream',
      'demo-responses-json',
      'demo-responses-stream',
      'demo-ollama-json',
      'demo-ollama-stream',
      'demo-ai-sdk-chat',
      'demo-ai-sdk-data',
      'demo-ai-sdk-text',
      'demo-non-llm',
      'demo-non-llm-items',
      'demo-non-llm-ticker',
    ]);
  });

  it('makes 18 chat exchanges and three requests that are not LLM traffic', () => {
    expect(CHAT_SCENARIOS).toHaveLength(18);
    expect(SCENARIOS.filter((s) => !s.chat).map((s) => s.testId)).toEqual(['demo-non-llm', 'demo-non-llm-items', 'demo-non-llm-ticker']);
  });

  it('makes at least one call in every wire format, and a JSON and a streamed one where the format has both', () => {
    const kinds = (format: ChatScenario['format']) => CHAT_SCENARIOS.filter((s) => s.format === format).map((s) => s.kind);
    for (const format of ['openai-chat', 'openai-responses', 'anthropic-messages', 'gemini', 'ollama'] as const) {
      expect(kinds(format), format).toEqual(expect.arrayContaining(['json', 'stream']));
    }
    // The AI SDK protocols are streams only.
    for (const format of ['ai-sdk-ui', 'ai-sdk-data', 'ai-sdk-text'] as const) expect(kinds(format), format).toEqual(['stream']);
  });

  it('names a fixture that exists for every chat scenario', () => {
    for (const s of CHAT_SCENARIOS) expect(existsSync(pathOf(s)), s.fixture).toBe(true);
  });

  it('gives each scenario the kind its fixture is served as', () => {
    for (const s of CHAT_SCENARIOS) {
      const expected = /-error-/.test(s.fixture) && s.fixture.endsWith('.json') ? 'error' : s.fixture.endsWith('.json') ? 'json' : 'stream';
      expect(s.kind, s.testId).toBe(expected);
    }
  });

  it('gives each successful scenario the model its recorded response names, and none to the AI SDK streams', () => {
    for (const s of CHAT_SCENARIOS.filter((c) => c.kind !== 'error')) {
      if (s.format.startsWith('ai-sdk-')) expect(s.model, s.testId).toBeNull();
      else expect(recordedModel(s), s.testId).toBe(s.model);
    }
  });

  it('expects a 429 from the OpenRouter error, a 201 from the items API and 200 elsewhere', () => {
    expect(SCENARIOS.map((s) => [s.testId, s.status]).filter(([, status]) => status !== 200)).toEqual([
      ['demo-fetch-error', 429],
      ['demo-non-llm-items', 201],
    ]);
  });
});

describe('the Chat Completions run', () => {
  it('picks the seven Chat Completions calls and the weather API, as the demo had them before the other formats', () => {
    expect(SCENARIOS.filter(isChatCompletionsScenario).map((scenario) => scenario.testId)).toEqual([
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
});
