/**
 * Anthropic's official SDK in the browser, as an app calling Claude directly does: it must opt in
 * with `dangerouslyAllowBrowser`, which makes it send `anthropic-dangerous-direct-browser-access`.
 */
import Anthropic from '@anthropic-ai/sdk';
import type { CallContext, CallOutcome } from './outcome';
import { fixtureHeader, summarize } from './outcome';

export const ANTHROPIC_DEMO_KEY = 'demo-key';

const PROMPT = [{ role: 'user' as const, content: 'How do I cross a street safely?' }];

function client(ctx: CallContext): Anthropic {
  // maxRetries 0: a retry would add an exchange the panel lists and the demo does not count.
  return new Anthropic({ apiKey: ANTHROPIC_DEMO_KEY, baseURL: ctx.origin, dangerouslyAllowBrowser: true, maxRetries: 0 });
}

export async function anthropicMessage(ctx: CallContext): Promise<CallOutcome> {
  const message = await client(ctx).messages.create(
    { model: ctx.model, max_tokens: 1024, messages: PROMPT },
    { headers: fixtureHeader(ctx.fixture) },
  );
  const text = message.content.map((block) => (block.type === 'text' ? block.text : '')).join('');
  return {
    text,
    summary: summarize(['200', `stop_reason: ${message.stop_reason ?? 'null'}`, `${message.usage.output_tokens} output tokens`]),
  };
}

export async function anthropicStream(ctx: CallContext): Promise<CallOutcome> {
  const stream = await client(ctx).messages.create(
    { model: ctx.model, max_tokens: 2048, messages: PROMPT, stream: true, thinking: { type: 'enabled', budget_tokens: 1024 } },
    { headers: fixtureHeader(ctx.fixture) },
  );
  let thinking = '';
  let text = '';
  let stopReason: string | null = null;
  let outputTokens: number | null = null;
  const shown = () => [thinking && `(thinking) ${thinking}`, text].filter(Boolean).join('\n\n');
  for await (const event of stream) {
    if (event.type === 'content_block_delta' && event.delta.type === 'thinking_delta') thinking += event.delta.thinking;
    if (event.type === 'content_block_delta' && event.delta.type === 'text_delta') text += event.delta.text;
    if (event.type === 'message_delta') {
      stopReason = event.delta.stop_reason ?? stopReason;
      outputTokens = event.usage.output_tokens;
    }
    ctx.progress(shown());
  }
  return {
    text: shown(),
    summary: summarize([
      '200',
      stopReason !== null && `stop_reason: ${stopReason}`,
      outputTokens !== null && `${outputTokens} output tokens`,
    ]),
  };
}
