import type { RequestMessage } from '../../decode/index';

/**
 * Which tool call each tool result answers, by `tool_call_id`. Keys are built from positions only
 * ("3.0" = message 3, call 0), so they are safe inside a CSS attribute selector whatever the
 * provider put in its ids.
 */
export const toolCallKey = (message: number, call: number): string => `${String(message)}.${String(call)}`;
export const messageKey = (message: number): string => `message-${String(message)}`;

export type ToolCallLinks = {
  /** Per position of a message carrying tool_call_id: the key of the call it answers, null when no earlier call has that id. */
  readonly answers: ReadonlyMap<number, string | null>;
  /** Per call key: the positions of the messages that answer it. */
  readonly answeredBy: ReadonlyMap<string, readonly number[]>;
};

export function linkToolResults(messages: readonly RequestMessage[]): ToolCallLinks {
  const latestCallWithId = new Map<string, string>();
  const answers = new Map<number, string | null>();
  const answeredBy = new Map<string, number[]>();
  messages.forEach((message, position) => {
    if (message.tool_call_id !== undefined) {
      // The latest earlier call with that id: agents reuse ids across turns (Mistral's are 9 characters).
      const key = latestCallWithId.get(message.tool_call_id) ?? null;
      answers.set(position, key);
      if (key !== null) answeredBy.set(key, [...(answeredBy.get(key) ?? []), position]);
    }
    (message.tool_calls ?? []).forEach((call, index) => {
      if (call.id !== '') latestCallWithId.set(call.id, toolCallKey(position, index));
    });
  });
  return { answers, answeredBy };
}
