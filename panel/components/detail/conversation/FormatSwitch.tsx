import type { MessageFormat } from '../../../settings/panelSettings';

type Props = { readonly format: MessageFormat; readonly onChange: (format: MessageFormat) => void };

const options: ReadonlyArray<{ readonly value: MessageFormat; readonly label: string }> = [
  { value: 'markdown', label: 'Markdown' },
  { value: 'raw', label: 'Raw text' },
];

/** Markdown or raw text for every message; a pair of toggle buttons like DevTools' segmented controls. */
export function FormatSwitch({ format, onChange }: Props) {
  return (
    <div class="segmented" role="group" aria-label="Message text">
      {options.map((option) => (
        <button
          key={option.value}
          type="button"
          class="segmented__button"
          aria-pressed={format === option.value}
          data-testid={`conversation-format-${option.value}`}
          onClick={() => {
            onChange(option.value);
          }}
        >
          {option.label}
        </button>
      ))}
    </div>
  );
}
