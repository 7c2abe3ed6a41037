import { sseEvent, sseText } from '../testing/chatBodies';

/**
 * A large stream of small events, for the growth benchmark. Each chunk has the shape of the content
 * chunks of openai-stream-text-1.sse (id, object, created, model, choices[0].delta.content) with
 * the optional fields (system_fingerprint, logprobs, finish_reason: null) dropped and the values cut
 * short: the smallest chunk that still conforms to the contract. Even so its fixed part takes 122
 * bytes with `data: ` and the blank line, so the 100-byte events the issue names cannot conform;
 * EVENT_BYTES is the nearest round size that does.
 */
export const EVENT_BYTES = 128;

const chunk = (delta: Record<string, string>, finishReason?: string): unknown => ({
  id: 'c',
  object: 'chat.completion.chunk',
  created: 1,
  model: 'm',
  choices: [finishReason === undefined ? { index: 0, delta } : { index: 0, delta, finish_reason: finishReason }],
});

export interface SyntheticStream {
  readonly text: string;
  /** Content events, each exactly EVENT_BYTES; the role, finish and [DONE] events come on top. */
  readonly contentEvents: number;
  /** The text each content event carries: the reassembled content is it repeated contentEvents times. */
  readonly piece: string;
}

/** A conforming stream of about targetBytes: a role event, content events, a finish event, [DONE]. */
export const syntheticStream = (targetBytes: number): SyntheticStream => {
  const room = EVENT_BYTES - sseEvent(chunk({ content: '' })).length;
  if (room < 1) throw new Error(`a content event cannot be ${EVENT_BYTES} bytes: its fixed part takes ${EVENT_BYTES - room}`);
  const piece = ' token'.repeat(Math.ceil(room / 6)).slice(0, room);
  const head = sseEvent(chunk({ role: 'assistant', content: '' }));
  const tail = sseText([chunk({}, 'stop'), '[DONE]']);
  const contentEvents = Math.max(1, Math.floor((targetBytes - head.length - tail.length) / EVENT_BYTES));
  return { text: head + sseEvent(chunk({ content: piece })).repeat(contentEvents) + tail, contentEvents, piece };
};
