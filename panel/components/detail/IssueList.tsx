import type { ContractIssue } from '../../../decode/index';
import { DetailSection } from './DetailSection';

type Props = { readonly issues: readonly ContractIssue[] };

/** Where the response departs from the chat-completion contract, one line per issue. */
export function IssueList({ issues }: Props) {
  if (issues.length === 0) return null;
  return (
    <DetailSection title={`Contract issues (${issues.length})`} testid="detail-issues">
      <ul class="issue-list">
        {issues.map((issue, position) => (
          <li key={position} class={`issue issue--${issue.severity}`} data-testid="detail-issue" data-severity={issue.severity}>
            <span class="issue__severity">{issue.severity}</span>
            <code class="issue__path">{issue.path}</code>
            <span class="issue__message">{issue.message}</span>
            {issue.expected === undefined && issue.actual === undefined ? null : (
              <span class="issue__values muted">
                {issue.expected === undefined ? '' : `expected ${issue.expected}`}
                {issue.expected !== undefined && issue.actual !== undefined ? '; ' : ''}
                {issue.actual === undefined ? '' : `got ${issue.actual}`}
              </span>
            )}
          </li>
        ))}
      </ul>
    </DetailSection>
  );
}
