import type { ContractIssue } from '../../../decode/index';
import { DetailSection } from './DetailSection';
import type { IndexedIssue } from './schema/schemaIssues';
import { splitIssues } from './schema/schemaIssues';

type Props = { readonly issues: readonly ContractIssue[] };

/**
 * Where the response departs from its format's contract, one line per issue; and, apart as in the
 * Validation tab, where it departs from the JSON Schemas the request carried (issue 15): those are
 * the app's schemas, not the provider's contract, and leave the verdict alone.
 */
export function IssueList({ issues }: Props) {
  if (issues.length === 0) return null;
  const { contract, schema } = splitIssues(issues);
  return (
    <>
      {contract.length === 0 ? null : (
        <DetailSection title={`Contract issues (${contract.length})`} testid="detail-issues">
          <IssueLines issues={contract} />
        </DetailSection>
      )}
      {schema.length === 0 ? null : (
        <DetailSection title={`Against the request's schemas (${schema.length})`} testid="detail-schema-issues">
          <IssueLines issues={schema} />
        </DetailSection>
      )}
    </>
  );
}

function IssueLines({ issues }: { readonly issues: readonly IndexedIssue[] }) {
  return (
    <ul class="issue-list">
      {issues.map(({ issue, index }) => (
        <li key={index} class={`issue issue--${issue.severity}`} data-testid="detail-issue" data-severity={issue.severity}>
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
  );
}
