import { useMemo, useRef, useState } from 'preact/hooks';
import { requestContentParts } from '../../../conversation/requestContentParts';
import { linkToolResults, messageKey } from '../../../conversation/toolCallLinks';
import { useStore } from '../../../store/storeContext';
import '../conversation/conversation.css';
import type { ConversationLinks } from '../conversation/conversationLinks';
import { FormatSwitch } from '../conversation/FormatSwitch';
import { RequestTurn } from '../conversation/RequestTurn';
import type { AnsweredCall } from '../conversation/RequestTurn';
import { ResponseTurn } from '../conversation/ResponseTurn';
import { schemaChecksOf } from '../schema/schemaChecks';
import type { DetailTabProps } from './tabProps';

/**
 * The request's messages in order, tool results linked to the calls they answer, then the
 * response as the next turn. Text is Markdown or raw as the remembered setting says.
 */
export function ConversationTab({ captured, decoded }: DetailTabProps) {
  const { settings, detailTab } = useStore();
  const format = settings.messageFormat.value;
  const messages = useMemo(() => decoded.request?.conversation ?? [], [decoded]);
  // The parts are read from a Chat Completions body; another format's messages line up otherwise
  // (Anthropic's `system` is not among them) and decode/ names their attachments itself.
  const parts = useMemo(
    () => (decoded.format === 'openai-chat' ? requestContentParts(captured.requestBody) : []),
    [captured, decoded.format],
  );
  const toolLinks = useMemo(() => linkToolResults(messages), [messages]);
  const [highlighted, setHighlighted] = useState<string | null>(null);
  const listRef = useRef<HTMLOListElement>(null);

  const links: ConversationLinks = {
    highlighted,
    resultsOf: (callKey) => (toolLinks.answeredBy.get(callKey) ?? []).map((position) => ({ key: messageKey(position), position })),
    reveal: (key) => {
      setHighlighted(key);
      const target = listRef.current?.querySelector<HTMLElement>(`[data-link-key="${key}"]`);
      target?.scrollIntoView({ block: 'center' });
      target?.focus({ preventScroll: true });
    },
  };

  const answeredCall = (position: number): AnsweredCall | undefined => {
    const key = toolLinks.answers.get(position);
    if (key === undefined || key === null) return key;
    const [message, call] = key.split('.').map(Number);
    const name = messages[message ?? -1]?.tool_calls?.[call ?? -1]?.function.name ?? '';
    return { key, name };
  };

  return (
    <div class="conversation-tab">
      <div class="conversation-tab__bar">
        <span class="muted" data-testid="conversation-summary">
          {messages.length} request message{messages.length === 1 ? '' : 's'}
        </span>
        <FormatSwitch format={format} onChange={settings.actions.setMessageFormat} />
      </div>
      {decoded.request === null ? (
        <p class="notice" data-testid="conversation-no-request">
          The request body is not a JSON chat request, so its messages cannot be shown.
        </p>
      ) : null}
      <ol class="conversation" data-testid="conversation" ref={listRef}>
        {messages.map((message, position) => (
          <RequestTurn
            key={position}
            message={message}
            position={position}
            parts={parts[position] ?? null}
            format={format}
            links={links}
            answers={answeredCall(position)}
          />
        ))}
        <ResponseTurn decoded={decoded} format={format} links={links} schema={schemaChecksOf(captured.id, decoded, detailTab)} />
      </ol>
    </div>
  );
}
