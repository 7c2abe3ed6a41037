/**
 * Vercel's AI SDK (v6) with its OpenAI provider in chat-completions mode (`.chat`; the provider's
 * default is the Responses API, which is not what this inspector reads).
 */
import { createOpenAI } from '@ai-sdk/openai';
import { streamText } from 'ai';
import type { CallContext, CallOutcome } from './outcome';
import { DEMO_API_KEY, fixtureHeader, summarize } from './outcome';

export async function vercelAiStream(ctx: CallContext): Promise<CallOutcome> {
  const provider = createOpenAI({ baseURL: `${ctx.origin}/v1`, apiKey: DEMO_API_KEY, headers: fixtureHeader(ctx.fixture) });
  // streamText reports failures to onError and ends the stream quietly; keep the error to throw it.
  const failures: Error[] = [];
  const result = streamText({
    model: provider.chat(ctx.model),
    prompt: 'What is 4200 + 42? Answer step by step.',
    maxRetries: 0,
    onError: ({ error }) => {
      failures.push(error instanceof Error ? error : new Error(JSON.stringify(error)));
    },
  });
  let text = '';
  for await (const delta of result.textStream) {
    text += delta;
    ctx.progress(text);
  }
  const [failure] = failures;
  if (failure) throw failure;
  const [finish, usage] = await Promise.all([result.finishReason, result.usage]);
  return { text, summary: summarize(['200', `finish: ${finish}`, usage.totalTokens !== undefined && `${usage.totalTokens} tokens`]) };
}
