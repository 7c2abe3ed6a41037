import { useState } from 'preact/hooks';
import { FormatName } from '../../../decode/index';
import type { MessageFormat } from '../../settings/panelSettings';
import { useStore } from '../../store/storeContext';
import { GearIcon } from '../icons/GearIcon';
import { LimitSettings } from './LimitSettings';
import { usePopover } from './usePopover';

/** The names a pattern line may start with, as the help lists them. */
const FORMAT_NAMES = Object.keys(FormatName.keys);

/**
 * The remembered settings: extra URL patterns (applying them lists the captured requests again as
 * they now detect), how message text shows, and the log's memory limits (LimitSettings). Preserve
 * log sits in the toolbar itself.
 */
export function SettingsMenu() {
  const store = useStore();
  const settings = store.settings;
  const details = usePopover();
  const saved = settings.extraUrlPatterns.value.join('\n');
  const [draft, setDraft] = useState<string | null>(null);
  const invalid = settings.compiledPatterns.value.invalid;
  const format = settings.messageFormat.value;

  return (
    <details class="toolbar-popover" ref={details}>
      <summary class="toolbar-popover__summary toolbar__button" title="Settings" aria-label="Settings" data-testid="settings-button">
        <GearIcon />
      </summary>
      <div class="toolbar-popover__body settings" data-testid="settings-panel">
        <label class="settings__label" for="settings-url-patterns">
          More LLM URLs
        </label>
        <p class="settings__help" data-testid="settings-url-patterns-help">
          Requests to the endpoints each format is known by (<code>/chat/completions</code>, <code>/v1/messages</code>,{' '}
          <code>:generateContent</code>, …) are always captured. Add one pattern per line for other endpoints: text found in the URL,{' '}
          <code>*</code> for any characters (<code>gateway.internal/llm/*</code>), or <code>/regex/</code>. Put a format name first when
          the body alone does not say which it is (<code>anthropic-messages gateway.internal/llm/*</code>); formats:{' '}
          {FORMAT_NAMES.join(', ')}.
        </p>
        <textarea
          id="settings-url-patterns"
          class="settings__patterns"
          rows={4}
          spellcheck={false}
          data-testid="settings-url-patterns"
          value={draft ?? saved}
          onInput={(event) => {
            setDraft(event.currentTarget.value);
          }}
        />
        {invalid.map((pattern) => (
          <p key={pattern.pattern} class="settings__error" role="alert" data-testid="settings-pattern-error">
            <code>{pattern.pattern}</code>: {pattern.reason}
          </p>
        ))}
        <div class="settings__row">
          <button
            type="button"
            class="settings__apply"
            disabled={draft === null || draft === saved}
            data-testid="settings-apply-patterns"
            onClick={() => {
              store.actions.setExtraUrlPatterns((draft ?? saved).split('\n'));
              setDraft(null);
            }}
          >
            Apply
          </button>
        </div>
        <fieldset class="settings__group">
          <legend class="settings__label">Message text</legend>
          <FormatChoice value="markdown" label="Rendered Markdown" current={format} />
          <FormatChoice value="raw" label="Raw text" current={format} />
        </fieldset>
        <LimitSettings />
      </div>
    </details>
  );
}

function FormatChoice({
  value,
  label,
  current,
}: {
  readonly value: MessageFormat;
  readonly label: string;
  readonly current: MessageFormat;
}) {
  const settings = useStore().settings;
  return (
    <label class="settings__choice">
      <input
        type="radio"
        name="message-format"
        value={value}
        checked={current === value}
        data-testid={`settings-format-${value}`}
        onChange={() => {
          settings.actions.setMessageFormat(value);
        }}
      />
      {label}
    </label>
  );
}
