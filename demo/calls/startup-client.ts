/**
 * An app that makes its OpenAI client once, when the page loads, as many do (issue 14, "Reload and
 * capture"). The SDK (v6, client.js: `this.fetch = options.fetch ?? getDefaultFetch()`) keeps the
 * global `fetch` it found then: a Live tap installed later wraps `window.fetch`, but this client
 * still calls the one it kept, so only a tap injected before the page's scripts sees its calls.
 */
import type OpenAI from 'openai';
import { client, openaiStream } from './openai-calls';
import type { CallContext, CallOutcome } from './outcome';

export type StartupClient = {
  /** A streamed Chat Completion through the client made at startup. */
  stream(ctx: CallContext): Promise<CallOutcome>;
};

/** Makes the client now: call it while the page loads. */
export function createStartupClient(origin: string): StartupClient {
  const openai: OpenAI = client(origin);
  return { stream: (ctx) => openaiStream(ctx, openai) };
}
