/**
 * An AI SDK chat as `useChat` runs it underneath: the `ai` package's DefaultChatTransport posts the
 * UI messages to the app's own route (/api/chat) and readUIMessageStream builds the assistant
 * message from the UI message stream. The route's provider key stays on the server; the browser
 * sends none.
 */
import { DefaultChatTransport, readUIMessageStream } from 'ai';
import type { UIMessage } from 'ai';
import type { CallContext, CallOutcome } from './outcome';
import { fixtureHeader, summarize } from './outcome';

/** The text and reasoning of an assistant message, as a chat UI shows them. */
function shown(message: UIMessage): string {
  return message.parts
    .map((part) => (part.type === 'text' ? part.text : part.type === 'reasoning' ? `(reasoning) ${part.text}` : ''))
    .filter(Boolean)
    .join('\n\n');
}

export async function aiSdkChat(ctx: CallContext): Promise<CallOutcome> {
  // The fixture header names the recorded provider body the route's model replays (demo only).
  const transport = new DefaultChatTransport<UIMessage>({ api: `${ctx.origin}/api/chat`, headers: fixtureHeader(ctx.fixture) });
  const user: UIMessage = { id: 'demo-user-1', role: 'user', parts: [{ type: 'text', text: 'What is the capital of France?' }] };
  const stream = await transport.sendMessages({
    trigger: 'submit-message',
    chatId: 'demo-chat',
    messageId: undefined,
    messages: [user],
    abortSignal: undefined,
  });
  let last: UIMessage | null = null;
  const failures: string[] = [];
  for await (const message of readUIMessageStream<UIMessage>({ stream, onError: (error) => failures.push(String(error)) })) {
    last = message;
    ctx.progress(shown(message));
  }
  const [failure] = failures;
  if (failure !== undefined) throw new Error(failure);
  return { text: last === null ? '' : shown(last), summary: summarize(['200', `${last?.parts.length ?? 0} parts`]) };
}
