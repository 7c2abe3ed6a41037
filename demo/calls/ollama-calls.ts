/**
 * Ollama's official JavaScript client, browser build (`ollama/browser`), as a local-first app uses
 * it. Its host is the demo server's /ollama (the real one is http://127.0.0.1:11434).
 */
import { Ollama } from 'ollama/browser';
import type { CallContext, CallOutcome } from './outcome';
import { fixtureHeader, summarize } from './outcome';

function client(ctx: CallContext): Ollama {
  return new Ollama({ host: `${ctx.origin}/ollama`, headers: fixtureHeader(ctx.fixture) });
}

const MESSAGES = [{ role: 'user', content: 'What is the pH of honey?' }];

export async function ollamaChat(ctx: CallContext): Promise<CallOutcome> {
  const response = await client(ctx).chat({ model: ctx.model, messages: MESSAGES, stream: false });
  return {
    text: response.message.content,
    summary: summarize(['200', `done_reason: ${response.done_reason}`, `${response.eval_count} eval tokens`]),
  };
}

export async function ollamaStream(ctx: CallContext): Promise<CallOutcome> {
  const stream = await client(ctx).chat({ model: ctx.model, messages: MESSAGES, stream: true });
  let text = '';
  let lines = 0;
  let doneReason: string | null = null;
  for await (const part of stream) {
    lines++;
    text += part.message.content;
    if (part.done) doneReason = part.done_reason;
    ctx.progress(text);
  }
  return { text, summary: summarize(['200', `${lines} lines`, doneReason !== null && `done_reason: ${doneReason}`]) };
}
