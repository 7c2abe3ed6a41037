import './truncation.css';

type Props = {
  readonly shown: number;
  readonly total: number;
  readonly onShowAll: () => void;
  /** Inside a line of text (a JSON tree's string value): a span, not a paragraph. */
  readonly inline?: boolean;
};

const counts = new Intl.NumberFormat('en-US');

/** Says how much of a long text is hidden, with the control that shows it all. */
export function TruncationNotice({ shown, total, onShowAll, inline = false }: Props) {
  const Element = inline ? 'span' : 'p';
  return (
    <Element
      class={inline ? 'truncation truncation--inline' : 'truncation'}
      role="note"
      data-testid="text-truncated"
      data-hidden={total - shown}
    >
      <span data-testid="text-truncated-message">
        {`Showing the first ${counts.format(shown)} of ${counts.format(total)} characters; ${counts.format(total - shown)} hidden to keep the panel responsive. Copy and export give it all.`}
      </span>{' '}
      <button type="button" class="truncation__show-all" data-testid="text-show-all" onClick={onShowAll}>
        Show all
      </button>
    </Element>
  );
}
