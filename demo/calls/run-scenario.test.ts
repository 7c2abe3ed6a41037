import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer } from '../server';
import type { DemoServer } from '../server';
import { SCENARIOS } from '../scenarios';
import type { Scenario } from '../scenarios';
import { runScenario } from './run-scenario';

/**
 * Runs each button's call with the real SDK (they run in Node too) against the demo server, so an
 * SDK upgrade whose zod schemas reject a fixture shows up here and not only in the browser.
 */
describe('demo calls through the real SDKs', () => {
  let server: DemoServer;
  beforeAll(async () => {
    server = await startDemoServer({ pacingMs: 1 });
  });
  afterAll(async () => {
    await server.close();
  });

  const scenario = (testId: string): Scenario => {
    const found = SCENARIOS.find((s) => s.testId === testId);
    if (!found) throw new Error(`no scenario ${testId}`);
    return found;
  };
  const run = (testId: string, progress: (text: string) => void = () => undefined) => runScenario(scenario(testId), server.url, progress);

  it('openai: a chat completion', async () => {
    const outcome = await run('demo-openai-json');
    expect(outcome.text).toBe(
      "I'm unable to provide real-time weather updates. To get the current weather in San Francisco, I recommend checking a reliable weather website or app like the Weather Channel or a local news station.",
    );
    expect(outcome.summary).toBe('200 · finish: stop · 51 tokens');
  });

  it('openai: a stream, shown as it arrives', async () => {
    const seen: string[] = [];
    const outcome = await run('demo-openai-stream', (text) => seen.push(text));
    expect(outcome.text).toBe(
      "I'm unable to provide real-time weather updates. To get the current weather in San Francisco, I recommend checking a reliable weather website or a weather app.",
    );
    expect(seen.length).toBeGreaterThan(10);
    expect(outcome.summary).toContain('44 tokens');
  });

  it('openai: two parallel tool calls', async () => {
    const outcome = await run('demo-openai-tools');
    expect(outcome.text).toBe(
      'GetWeatherArgs({"city": "Edinburgh", "country": "GB", "units": "c"})\nget_stock_price({"ticker": "AAPL", "exchange": "NASDAQ"})',
    );
  });

  it('mistral: a streamed tool call without index or type passes the SDK validation', async () => {
    const outcome = await run('demo-mistral');
    expect(outcome.text).toBe('weather({"location": "San Francisco"})');
    expect(outcome.summary).toContain('146 tokens');
  });

  it('vercel ai: streamText over a Together stream', async () => {
    const outcome = await run('demo-vercel-ai');
    expect(outcome.text.startsWith('## Step 1: Understand the problem')).toBe(true);
    expect(outcome.text.endsWith('The final answer is: $\\boxed{4242}$')).toBe(true);
    expect(outcome.summary).toContain('99 tokens');
  });

  it('fetch: a Groq chat completion', async () => {
    const outcome = await run('demo-fetch');
    expect(outcome.text).toBe('The capital of France is Paris.');
  });

  it("fetch: the OpenRouter 429 rejects with the provider's message", async () => {
    await expect(run('demo-fetch-error')).rejects.toThrow(
      /^HTTP 429: Provider returned error: google\/gemini-2\.0-flash-exp:free is temporarily rate-limited/,
    );
  });

  it('fetch: the weather API', async () => {
    const outcome = await run('demo-non-llm');
    expect(outcome.text).toContain('"choices": [\n    "umbrella"');
    expect(outcome.summary).toBe('200 · application/json');
  });
});
