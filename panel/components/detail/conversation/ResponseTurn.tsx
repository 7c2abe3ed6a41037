import { useRef, useState } from 'preact/hooks';
import type { DecodedExchange, NormalizedChoice } from '../../../../decode/index';
import { formatInfo } from '../../../../decode/index';
import type { MessageFormat } from '../../../settings/panelSettings';
import type { SchemaChecksOf } from '../schema/schemaChecks';
import { nextTabIndex } from '../tabs/tabKeys';
import { ChoiceTurn } from './ChoiceTurn';
import type { ConversationLinks } from './conversationLinks';

type Props = {
  readonly decoded: DecodedExchange;
  readonly format: MessageFormat;
  readonly links: ConversationLinks;
  /** Issues against the request's schemas, per tool call and per choice's content (issue 15). */
  readonly schema: SchemaChecksOf;
};

/**
 * The response as the turn after the request's messages: its one choice, several choices (n > 1)
 * as sub-tabs, or the provider's error. For a stream this is decode/'s reassembled completion.
 */
export function ResponseTurn({ decoded, format, links, schema }: Props) {
  const { completion, error } = decoded;
  const choices = completion?.choices ?? [];
  const role = choices[0]?.message.role ?? 'assistant';
  return (
    <li
      class={error === null ? 'turn turn--assistant turn--response' : 'turn turn--error'}
      data-testid="conversation-turn"
      data-source="response"
      data-role={error === null ? role : 'error'}
    >
      <header class="turn__head">
        <span class="turn__role" data-testid="conversation-turn-role">
          {error === null ? role : 'error'}
        </span>
        <span class="badge">response{decoded.kind === 'stream' ? ' (stream, reassembled)' : ''}</span>
      </header>
      {error === null ? null : (
        <p class="text-block text-block--error" data-testid="conversation-error">
          {error.message}
        </p>
      )}
      {completion === null && error === null ? <p class="missing">No response body to show.</p> : null}
      {completion !== null && choices.length === 0 ? <p class="missing">The response has no choices.</p> : null}
      {choices.length === 1 && choices[0] !== undefined ? (
        <ChoiceTurn choice={choices[0]} format={format} wire={formatInfo(decoded.format)} links={links} position={0} schema={schema} />
      ) : null}
      {choices.length > 1 ? <ChoiceTabs decoded={decoded} format={format} links={links} schema={schema} /> : null}
    </li>
  );
}

function ChoiceTabs({ decoded, format, links, schema }: Props) {
  const choices = decoded.completion?.choices ?? [];
  // A schema issue's spot sent from Validation opens the choice it is in.
  const [selected, setSelected] = useState(() => Math.max(0, spottedChoice(choices, schema)));
  const listRef = useRef<HTMLDivElement>(null);
  const current = choices[selected] ?? choices[0];
  const onKeyDown = (event: KeyboardEvent) => {
    const next = nextTabIndex(event.key, selected, choices.length);
    if (next === null) return;
    event.preventDefault();
    setSelected(next);
    listRef.current?.querySelectorAll<HTMLElement>('[role="tab"]')[next]?.focus();
  };
  return (
    <div class="choice-tabs">
      <div
        class="choice-tabs__list"
        role="tablist"
        aria-label="Choices"
        ref={listRef}
        onKeyDown={onKeyDown}
        data-testid="conversation-choice-tabs"
      >
        {choices.map((choice, position) => (
          <button
            key={position}
            type="button"
            role="tab"
            class="choice-tabs__tab"
            id={`conversation-choice-tab-${String(position)}`}
            aria-selected={position === selected}
            aria-controls={`conversation-choice-panel-${String(position)}`}
            tabIndex={position === selected ? 0 : -1}
            data-testid="conversation-choice-tab"
            onClick={() => {
              setSelected(position);
            }}
          >
            choice {choice.index}
          </button>
        ))}
      </div>
      {choices.map((choice, position) => (
        <div
          key={position}
          role="tabpanel"
          id={`conversation-choice-panel-${String(position)}`}
          aria-labelledby={`conversation-choice-tab-${String(position)}`}
          hidden={choice !== current}
          data-testid="conversation-choice-panel"
        >
          {choice === current ? (
            <ChoiceTurn
              choice={choice}
              format={format}
              wire={formatInfo(decoded.format)}
              links={links}
              position={position}
              schema={schema}
            />
          ) : null}
        </div>
      ))}
    </div>
  );
}

/** The position of the choice holding the spot Validation sent (its content, function_call or one of its tool calls); -1 for none. */
function spottedChoice(choices: readonly NormalizedChoice[], schema: SchemaChecksOf): number {
  return choices.findIndex(
    (choice, position) =>
      schema({ kind: 'content', choice: position }).spot !== null ||
      schema({ kind: 'function_call', choice: position }).spot !== null ||
      (choice.message.tool_calls ?? []).some((_call, index) => schema({ kind: 'tool_call', choice: position, index }).spot !== null),
  );
}
