import type { DetailTabProps } from './tabProps';

/** The request's messages in order, then the response's choice as the next turn. */
export function ConversationTab({ decoded }: DetailTabProps) {
  const messages = decoded.request?.conversation ?? [];
  return (
    <ol class="conversation" data-testid="conversation">
      {messages.map((message, position) => (
        <li key={position} data-testid="conversation-message" data-role={message.role}>
          <strong>{message.role}</strong> <span class="text-block">{message.content ?? ''}</span>
        </li>
      ))}
    </ol>
  );
}
