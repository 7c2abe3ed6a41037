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

  // The other wire formats (issue 13); expected values read from the recorded bodies in ../shared/fixtures/formats.

  it('anthropic: messages.create reads anthropic-json-text-1.json', async () => {
    const outcome = await run('demo-anthropic-json');
    expect(outcome.text).toBe("Hello! I'm doing well, thanks for asking. How are you doing today? Is there anything I can help you with?");
    expect(outcome.summary).toBe('200 · stop_reason: end_turn · 29 output tokens');
  });

  it('anthropic: a streamed message with thinking (anthropic-stream-thinking-1.sse), shown as it arrives', async () => {
    const seen: string[] = [];
    const outcome = await run('demo-anthropic-stream', (text) => seen.push(text));
    expect(outcome.text.startsWith('(thinking) This is a straightforward question about pedestrian safety. I should provide clear')).toBe(
      true,
    );
    expect(outcome.text).toContain('help prevent accidents.\n\nHere are the basic steps for safely');
    expect(outcome.text.endsWith('Always prioritize safety over speed when crossing streets.')).toBe(true);
    expect(seen.length).toBeGreaterThan(10);
    // message_delta: stop_reason end_turn, usage.output_tokens 282.
    expect(outcome.summary).toBe('200 · stop_reason: end_turn · 282 output tokens');
  });

  it('gemini: generateContent reads the thought and the answer apart (gemini-json-thoughts-1.json)', async () => {
    const outcome = await run('demo-gemini-json');
    expect(outcome.text.startsWith("(thought) **Thinking About Google's Headquarters**")).toBe(true);
    expect(outcome.text.endsWith('move on.\n\nMountain View')).toBe(true);
    expect(outcome.summary).toBe('200 · finishReason: STOP · 40 tokens');
  });

  it('gemini: generateContentStream over alt=sse (gemini-stream-text-1.sse)', async () => {
    const outcome = await run('demo-gemini-stream');
    expect(outcome.text).toBe('The capital of France is Paris.\n');
    expect(outcome.summary).toBe('200 · 3 chunks · finishReason: STOP · 21 tokens');
  });

  it('openai: responses.create (openai-responses-json-text-1.json)', async () => {
    const outcome = await run('demo-responses-json');
    expect(
      outcome.text.startsWith("I can't provide real-time updates, but you can easily check the current weather in San Francisco"),
    ).toBe(true);
    expect(outcome.summary).toBe('200 · status: completed · 64 tokens');
  });

  it('openai: a streamed Responses tool call (openai-responses-stream-toolcall-1.sse)', async () => {
    const outcome = await run('demo-responses-stream');
    expect(outcome.text).toBe('get_capital({"country":"France"})');
    expect(outcome.summary).toBe('200 · 1 tool call · status: completed · 271 tokens');
  });

  it('ollama: chat with stream false (ollama-chat-json-text-1.json)', async () => {
    const outcome = await run('demo-ollama-json');
    expect(outcome.text.startsWith('A sweet question!\n\nThe pH of honey can vary')).toBe(true);
    expect(outcome.summary).toBe('200 · done_reason: stop · 358 eval tokens');
  });

  it('ollama: a streamed chat, NDJSON line by line (ollama-chat-stream-text-1.ndjson)', async () => {
    const outcome = await run('demo-ollama-stream');
    expect(outcome.text).toBe('This is test completion response');
    expect(outcome.summary).toBe('200 · 6 lines · done_reason: stop');
  });

  it('ai sdk: the chat transport reads the UI message stream the route made from openai-responses-stream-reasoning-1.sse', async () => {
    const outcome = await run('demo-ai-sdk-chat');
    expect(
      outcome.text.startsWith('(reasoning) **Providing street crossing instructions**\n\nThe user is asking how to cross the street'),
    ).toBe(true);
    expect(outcome.text).toContain("I'm not a road safety professional, but here are some generally accepted guidelines");
  });

  it('ai sdk v4: the data stream (openai-data-text-1.txt)', async () => {
    const outcome = await run('demo-ai-sdk-data');
    expect(outcome.text).toBe('The capital of France is Paris.');
    expect(outcome.summary).toBe('200 · protocol: v1 · finish: stop');
  });

  it('ai sdk: the text stream', async () => {
    const outcome = await run('demo-ai-sdk-text');
    expect(outcome.text).toBe('The capital of France is Paris.');
    expect(outcome.summary).toBe('200 · text/plain; charset=utf-8');
  });

  it('fetch: the items API and the stock ticker', async () => {
    const items = await run('demo-non-llm-items');
    expect(JSON.parse(items.text)).toEqual({ type: 'message', content: 'hi', model: 'x' });
    expect(items.summary).toBe('201 · application/json');
    const ticker = await run('demo-non-llm-ticker');
    expect(ticker.text.startsWith('data: {"type":"price","symbol":"ACME","price":1}\n\n')).toBe(true);
  });
});
