import type { RequestMessage } from '../../decode/index';

/**
 * Which tool call each tool result answers, by `tool_call_id`. Keys are built from positions only
 * ("3.0" = message 3, call 0), so they are safe inside a CSS attribute selector whatever the
 * provider put in its ids.
 */
export const toolCallKey = (message: number, call: number): string => `${String(message)}.${String(call)}`;
export const messageKey = (message: number): string => `message-${String(message)}`;

export type ToolCallLinks = {
  /**
   * Per position of a tool result: the key of the call it answers, null when no earlier call
   * matches. A result with a `tool_call_id` answers the call with that id; a `tool` message without
   * one but naming its tool (Gemini's functionResponse, Ollama before 0.12: neither sent ids)
   * answers the latest earlier call of that name that had no id either.
   */
  readonly answers: ReadonlyMap<number, string | null>;
  /** Per call key: the positions of the messages that answer it. */
  readonly answeredBy: ReadonlyMap<string, readonly number[]>;
};

/** Whether a message answers a call by its tool's name: a tool result with no id, naming the tool. */
export const answersByName = (message: RequestMessage): message is RequestMessage & { readonly name: string } =>
  message.role === 'tool' && message.tool_call_id === undefined && message.name !== undefined;

export function linkToolResults(messages: readonly RequestMessage[]): ToolCallLinks {
  const latestCallWithId = new Map<string, string>();
  const latestIdlessCallNamed = new Map<string, string>();
  const answers = new Map<number, string | null>();
  const answeredBy = new Map<string, number[]>();
  messages.forEach((message, position) => {
    // The latest earlier call with that id: agents reuse ids across turns (Mistral's are 9 characters).
    const key =
      message.tool_call_id !== undefined
        ? (latestCallWithId.get(message.tool_call_id) ?? null)
        : answersByName(message)
          ? (latestIdlessCallNamed.get(message.name) ?? null)
          : undefined;
    if (key !== undefined) {
      answers.set(position, key);
      if (key !== null) answeredBy.set(key, [...(answeredBy.get(key) ?? []), position]);
    }
    (message.tool_calls ?? []).forEach((call, index) => {
      if (call.id !== '') latestCallWithId.set(call.id, toolCallKey(position, index));
      else latestIdlessCallNamed.set(call.function.name, toolCallKey(position, index));
    });
  });
  return { answers, answeredBy };
}
