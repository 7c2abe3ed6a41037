import type { CapturedExchange } from './exchange';

/** For tests: a POST to OpenAI's chat endpoint that answered 200 with no body, changed by `fields`. */
export const capturedExchange = (fields: Partial<CapturedExchange> = {}): CapturedExchange => ({
  id: 'x1', url: 'https://api.openai.com/v1/chat/completions', method: 'POST', status: 200, startedAt: 0, durationMs: 12,
  requestHeaders: [], requestBody: null, responseHeaders: [], mimeType: 'application/json', body: null, timings: {},
  ...fields,
});

const CHAT_HEAD = { id: 'chatcmpl-h', created: 1727346142, model: 'gpt-4o-2024-08-06' };

/**
 * For tests: a conforming completion body (content "Hi.", usage 5 + 2 = 7) as JSON text, its
 * top level patched by `top` and its one message by `message`.
 */
export const completionJson = (message: Record<string, unknown> = {}, top: Record<string, unknown> = {}): string =>
  JSON.stringify({
    ...CHAT_HEAD,
    object: 'chat.completion',
    choices: [{ index: 0, message: { role: 'assistant', content: 'Hi.', ...message }, logprobs: null, finish_reason: 'stop' }],
    usage: { prompt_tokens: 5, completion_tokens: 2, total_tokens: 7 },
    ...top,
  });

/** For tests: one `data:` event per delta (after a role delta), a stop chunk, then `[DONE]`. */
export const streamText = (deltas: readonly Record<string, unknown>[]): string => {
  const chunk = (delta: Record<string, unknown>, finish: string | null) =>
    `data: ${JSON.stringify({ ...CHAT_HEAD, object: 'chat.completion.chunk', choices: [{ index: 0, delta, finish_reason: finish }] })}\n\n`;
  return [chunk({ role: 'assistant', content: '' }, null), ...deltas.map((delta) => chunk(delta, null)), chunk({}, 'stop'), 'data: [DONE]\n\n'].join('');
};
