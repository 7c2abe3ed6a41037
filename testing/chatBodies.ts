/**
 * Response bodies as text, the way OpenAI-compatible servers write them: the one SSE framing and
 * the one made-up completion of the tests and the bench. Browser-safe: no Node API here.
 */

/**
 * One SSE event: `data: <value>\n\n`. A string is sent as it is (`[DONE]`, a cut or broken
 * event); anything else as its JSON.
 */
export const sseEvent = (data: unknown): string => `data: ${typeof data === 'string' ? data : JSON.stringify(data)}\n\n`;

/** Events framed one after the other, as a stream's body; add '[DONE]' as the last event to end it. */
export const sseText = (events: readonly unknown[]): string => events.map(sseEvent).join('');

const CHAT_HEAD = { id: 'chatcmpl-h', created: 1727346142, model: 'gpt-4o-2024-08-06' };

/**
 * A chunk of the made-up stream below: one choice with its delta and finish_reason. Keys in the
 * order OpenAI sends them (id, object, ...): tests that cut an event count on that order.
 */
export const chatChunk = (delta: Record<string, unknown>, finishReason: string | null = null): Record<string, unknown> => ({
  id: CHAT_HEAD.id,
  object: 'chat.completion.chunk',
  created: CHAT_HEAD.created,
  model: CHAT_HEAD.model,
  choices: [{ index: 0, delta, finish_reason: finishReason }],
});

/**
 * A conforming completion body (content "Hi.", usage 5 + 2 = 7) as JSON text, its top level
 * patched by `top` and its one message by `message`.
 */
export const completionJson = (message: Record<string, unknown> = {}, top: Record<string, unknown> = {}): string =>
  JSON.stringify({
    ...CHAT_HEAD,
    object: 'chat.completion',
    choices: [{ index: 0, message: { role: 'assistant', content: 'Hi.', ...message }, logprobs: null, finish_reason: 'stop' }],
    usage: { prompt_tokens: 5, completion_tokens: 2, total_tokens: 7 },
    ...top,
  });

/** A conforming stream: a role delta, one event per delta, a stop chunk, then `[DONE]`. */
export const streamText = (deltas: readonly Record<string, unknown>[]): string =>
  sseText([chatChunk({ role: 'assistant', content: '' }), ...deltas.map((delta) => chatChunk(delta)), chatChunk({}, 'stop'), '[DONE]']);
