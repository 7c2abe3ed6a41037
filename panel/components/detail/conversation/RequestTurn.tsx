import type { RequestMessage } from '../../../../decode/index';
import type { ContentPartView } from '../../../conversation/requestContentParts';
import { messageKey, toolCallKey } from '../../../conversation/toolCallLinks';
import type { MessageFormat } from '../../../settings/panelSettings';
import { AttachmentChips } from './AttachmentChips';
import { ContentParts } from './ContentParts';
import { ConversationToolCall } from './ConversationToolCall';
import type { ConversationLinks } from './conversationLinks';
import { MessageText } from './MessageText';

/** The call a tool result answers: its position key and function name; null when no earlier call has the id. */
export type AnsweredCall = { readonly key: string; readonly name: string } | null;

type Props = {
  readonly message: RequestMessage;
  readonly position: number;
  readonly parts: readonly ContentPartView[] | null;
  readonly format: MessageFormat;
  readonly links: ConversationLinks;
  /** undefined for a message that is not a tool result. */
  readonly answers: AnsweredCall | undefined;
};

/**
 * One message of the request: role (and name), reasoning the app sent back, content, attachments,
 * tool calls, or the call a tool result answers.
 */
export function RequestTurn({ message, position, parts, format, links, answers }: Props) {
  const key = messageKey(position);
  const highlighted = links.highlighted === key;
  return (
    <li
      class={`turn turn--${roleClass(message.role)}${highlighted ? ' turn--highlighted' : ''}`}
      data-testid="conversation-turn"
      data-source="request"
      data-role={message.role}
      data-link-key={key}
      data-highlighted={String(highlighted)}
      tabIndex={-1}
    >
      <header class="turn__head">
        <span class="turn__role" data-testid="conversation-turn-role">
          {message.role === '' ? '(no role)' : message.role}
        </span>
        {message.name === undefined ? null : <span class="muted"> {message.name}</span>}
        <span class="turn__position muted">#{position + 1}</span>
      </header>
      {answers === undefined ? null : <ToolResultLink message={message} answers={answers} links={links} />}
      {message.reasoning === undefined ? null : (
        <details class="reasoning" data-testid="conversation-request-reasoning">
          <summary>
            Reasoning sent back <span class="muted">({message.reasoning.length.toLocaleString('en-US')} characters)</span>
          </summary>
          <MessageText text={message.reasoning} format={format} testid="conversation-request-reasoning-text" />
        </details>
      )}
      {parts !== null ? (
        <ContentParts parts={parts} format={format} />
      ) : message.content === null && message.tool_calls !== undefined ? null : (
        // An assistant turn that only calls tools has content null by contract: nothing to say.
        <MessageText text={message.content} format={format} />
      )}
      {/* The Chat Completions parts above already show what the message carried. */}
      {parts === null ? <AttachmentChips attachments={message.attachments ?? []} /> : null}
      {(message.tool_calls ?? []).map((call, index) => (
        <ConversationToolCall key={index} call={call} linkKey={toolCallKey(position, index)} links={links} />
      ))}
    </li>
  );
}

type LinkProps = { readonly message: RequestMessage; readonly answers: AnsweredCall; readonly links: ConversationLinks };

/**
 * The call a tool result answers, and how: by the `tool_call_id` it sent, or, when it sent none
 * (Gemini, Ollama before 0.12), by its tool's name, which is said as such rather than shown as an id.
 */
function ToolResultLink({ message, answers, links }: LinkProps) {
  const byName = message.tool_call_id === undefined;
  return (
    <p class="turn__answers">
      {answers === null ? (
        <span class="warning-text" data-testid="conversation-tool-result-unmatched">
          {byName ? 'no earlier tool call without an id has this name' : 'no earlier tool call has this id'}
        </span>
      ) : (
        <button
          type="button"
          class="link-button"
          data-testid="conversation-tool-result-link"
          onClick={() => {
            links.reveal(answers.key);
          }}
        >
          ↑ result of {answers.name === '' ? 'an unnamed call' : answers.name}
        </button>
      )}{' '}
      {byName ? (
        <span class="muted" data-testid="conversation-tool-result-by-name">
          no id: linked by name <code>{message.name}</code>
        </span>
      ) : (
        <>
          <span class="muted">tool_call_id</span> <code data-testid="conversation-tool-result-id">{message.tool_call_id}</code>
        </>
      )}
    </p>
  );
}

/** A CSS-safe class for the roles the contract knows; anything else is drawn as "other". */
export function roleClass(role: string): string {
  return ['system', 'developer', 'user', 'assistant', 'tool', 'function'].includes(role) ? role : 'other';
}
