import type { NormalizedChoice } from '../../../../decode/index';
import type { MessageFormat } from '../../../settings/panelSettings';
import { ConversationToolCall } from './ConversationToolCall';
import type { ConversationLinks } from './conversationLinks';
import { MessageText } from './MessageText';

type Props = {
  readonly choice: NormalizedChoice;
  readonly format: MessageFormat;
  readonly links: ConversationLinks;
};

/** The response's message as the conversation's next turn: reasoning, refusal, content, tool calls, why it stopped. */
export function ChoiceTurn({ choice, format, links }: Props) {
  const { message } = choice;
  return (
    <div class="turn__body">
      {message.reasoning === undefined ? null : (
        <details class="reasoning" data-testid="conversation-reasoning">
          <summary>
            Reasoning <span class="muted">({message.reasoning.length.toLocaleString('en-US')} characters)</span>
          </summary>
          <MessageText text={message.reasoning} format={format} testid="conversation-reasoning-text" />
        </details>
      )}
      {message.refusal === undefined ? null : (
        <div class="refusal" data-testid="conversation-refusal" role="note">
          <span class="badge badge--warning">refusal</span>
          <p class="refusal__text" data-testid="conversation-refusal-text">
            {message.refusal}
          </p>
        </div>
      )}
      {message.content === null && (message.refusal !== undefined || message.tool_calls !== undefined) ? null : (
        <MessageText text={message.content} format={format} />
      )}
      {(message.tool_calls ?? []).map((call, index) => (
        <ConversationToolCall key={index} call={call} linkKey={null} links={links} />
      ))}
      {message.function_call === undefined ? null : (
        <ConversationToolCall call={{ id: '', type: 'function_call', function: message.function_call }} linkKey={null} links={links} />
      )}
      <p class="turn__finish muted">
        finish_reason <code data-testid="conversation-finish-reason">{choice.finish_reason ?? 'null'}</code>
      </p>
    </div>
  );
}
