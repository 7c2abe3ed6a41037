/**
 * Runs one scenario with the client it names. Rejects with the client's own error (for the 429
 * scenario that is the expected outcome).
 */
import type { Scenario } from '../scenarios';
import type { CallOutcome } from './outcome';
import { fetchChat, fetchWeather } from './fetch-calls';
import { mistralStream } from './mistral-call';
import { openaiChat, openaiStream, openaiTools } from './openai-calls';
import { vercelAiStream } from './vercel-ai-call';

export function runScenario(scenario: Scenario, origin: string, progress: (textSoFar: string) => void): Promise<CallOutcome> {
  if (!scenario.chat) return fetchWeather(origin, scenario.path);
  const ctx = { origin, fixture: scenario.fixture, model: scenario.model, progress };
  switch (scenario.client) {
    case 'openai':
      if (scenario.kind === 'stream') return openaiStream(ctx);
      return scenario.testId === 'demo-openai-tools' ? openaiTools(ctx) : openaiChat(ctx);
    case 'mistral':
      return mistralStream(ctx);
    case 'vercel-ai':
      return vercelAiStream(ctx);
    case 'fetch':
      return fetchChat(ctx);
  }
}
