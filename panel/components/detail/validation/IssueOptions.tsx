import type { ContractIssue } from '../../../../decode/index';

type Props = {
  readonly issues: readonly ContractIssue[];
  readonly selected: number | null;
  readonly onSelect: (index: number) => void;
};

/** The issues as a single-selection listbox: click or ↑/↓ to pick one. */
export function IssueOptions({ issues, selected, onSelect }: Props) {
  const onKeyDown = (event: KeyboardEvent) => {
    const step = event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    onSelect(selected === null ? 0 : Math.min(Math.max(selected + step, 0), issues.length - 1));
  };
  return (
    <ul
      class="validation-issues"
      role="listbox"
      aria-label="Contract issues"
      tabIndex={0}
      data-testid="validation-issues"
      onKeyDown={onKeyDown}
    >
      {issues.map((issue, position) => (
        <li
          key={position}
          role="option"
          aria-selected={position === selected}
          class={`validation-issue validation-issue--${issue.severity}`}
          data-testid="validation-issue"
          data-severity={issue.severity}
          onClick={() => {
            onSelect(position);
          }}
        >
          <span class="validation-issue__severity" data-testid="validation-issue-severity">
            {issue.severity}
          </span>
          <code class="validation-issue__path" data-testid="validation-issue-path">
            {issue.path === '' ? '(whole body)' : issue.path}
          </code>
          <span class="validation-issue__message" data-testid="validation-issue-message">
            {issue.message}
          </span>
          {issue.expected === undefined ? null : (
            <span class="validation-issue__value">
              expected <code data-testid="validation-issue-expected">{issue.expected}</code>
            </span>
          )}
          {issue.actual === undefined ? null : (
            <span class="validation-issue__value">
              actual <code data-testid="validation-issue-actual">{issue.actual}</code>
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
