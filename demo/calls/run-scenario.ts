/**
 * Runs one scenario with the client it names. Rejects with the client's own error (for the 429
 * scenario that is the expected outcome).
 */
import type { ChatScenario, Scenario } from '../scenarios';
import type { CallContext, CallOutcome } from './outcome';
import { aiSdkChat } from './ai-sdk-chat-call';
import { aiSdkDataStream, aiSdkTextStream } from './ai-sdk-v4-calls';
import { anthropicMessage, anthropicStream } from './anthropic-calls';
import { fetchChat, fetchOther } from './fetch-calls';
import { geminiGenerate, geminiStream } from './gemini-calls';
import { mistralStream } from './mistral-call';
import { ollamaChat, ollamaStream } from './ollama-calls';
import { openaiChat, openaiStream, openaiTools } from './openai-calls';
import { responsesCreate, responsesStream } from './responses-calls';
import { vercelAiStream } from './vercel-ai-call';

function runOpenai(scenario: ChatScenario, ctx: CallContext): Promise<CallOutcome> {
  if (scenario.format === 'openai-responses') return scenario.kind === 'stream' ? responsesStream(ctx) : responsesCreate(ctx);
  if (scenario.kind === 'stream') return openaiStream(ctx);
  return scenario.testId === 'demo-openai-tools' ? openaiTools(ctx) : openaiChat(ctx);
}

function runFetch(scenario: ChatScenario, ctx: CallContext): Promise<CallOutcome> {
  if (scenario.format === 'ai-sdk-data') return aiSdkDataStream(ctx);
  if (scenario.format === 'ai-sdk-text') return aiSdkTextStream(ctx);
  return fetchChat(ctx);
}

export function runScenario(scenario: Scenario, origin: string, progress: (textSoFar: string) => void): Promise<CallOutcome> {
  if (!scenario.chat) return fetchOther(origin, scenario);
  // The model asked for is the one the recording answers with (the AI SDK routes pick their own).
  const ctx = { origin, fixture: scenario.fixture, model: scenario.model ?? '', progress };
  switch (scenario.client) {
    case 'openai':
      return runOpenai(scenario, ctx);
    case 'mistral':
      return mistralStream(ctx);
    case 'vercel-ai':
      return vercelAiStream(ctx);
    case 'anthropic':
      return scenario.kind === 'stream' ? anthropicStream(ctx) : anthropicMessage(ctx);
    case 'google-genai':
      return scenario.kind === 'stream' ? geminiStream(ctx) : geminiGenerate(ctx);
    case 'ollama':
      return scenario.kind === 'stream' ? ollamaStream(ctx) : ollamaChat(ctx);
    case 'ai-sdk-chat':
      return aiSdkChat(ctx);
    case 'fetch':
      return runFetch(scenario, ctx);
  }
}
