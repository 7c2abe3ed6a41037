import type { IndexedIssue } from '../schema/schemaIssues';

type Props = {
  /** The issues of this list, each with its index among the decoding's issues. */
  readonly issues: readonly IndexedIssue[];
  /** The selected issue's index among the decoding's issues (it may be in another list). */
  readonly selected: number | null;
  readonly onSelect: (index: number) => void;
  /** What a click does; selecting, unless told (a schema issue's click opens its spot in Conversation). */
  readonly onActivate?: (index: number) => void;
  readonly label: string;
  readonly testid: string;
};

/** The issues as a single-selection listbox: click or ↑/↓ to pick one. */
export function IssueOptions({ issues, selected, onSelect, onActivate = onSelect, label, testid }: Props) {
  const onKeyDown = (event: KeyboardEvent) => {
    const step = event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : 0;
    if (step === 0 && !(event.key === 'Enter' && selected !== null)) return;
    event.preventDefault();
    const current = issues.findIndex((candidate) => candidate.index === selected);
    if (step === 0) {
      if (selected !== null && current >= 0) onActivate(selected);
      return;
    }
    const next = current < 0 ? issues[0] : issues[Math.min(Math.max(current + step, 0), issues.length - 1)];
    if (next !== undefined) onSelect(next.index);
  };
  return (
    <ul class="validation-issues" role="listbox" aria-label={label} tabIndex={0} data-testid={testid} onKeyDown={onKeyDown}>
      {issues.map(({ issue, index }) => (
        <li
          key={index}
          role="option"
          aria-selected={index === selected}
          class={`validation-issue validation-issue--${issue.severity}`}
          data-testid="validation-issue"
          data-severity={issue.severity}
          onClick={() => {
            onActivate(index);
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
