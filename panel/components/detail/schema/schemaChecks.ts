import type { DecodedExchange, SchemaIssueTarget } from '../../../../decode/index';
import type { DetailTabState } from '../../../store/detailTabState';
import type { SchemaIssue } from './schemaIssues';
import { sameTarget, splitIssues } from './schemaIssues';

/**
 * What one tool call or structured answer in Conversation's response turn needs for issue 15:
 * its issues against the request's schemas (for its mark), the issue whose spot Validation sent
 * here when it is about this value, a way to open an issue in Validation (the mark's click) and
 * to go back to the value as sent.
 */
export type SchemaChecks = {
  readonly issues: readonly SchemaIssue[];
  readonly spot: SchemaIssue | null;
  readonly showInValidation: (index: number) => void;
  readonly closeSpot: () => void;
};

/** The checks of each target of one exchange's response; reads the store's issue focus (a signal) when called. */
export type SchemaChecksOf = (target: SchemaIssueTarget) => SchemaChecks;

export function schemaChecksOf(exchangeId: string, decoded: DecodedExchange, tabs: DetailTabState): SchemaChecksOf {
  const { schema } = splitIssues(decoded.issues);
  const focus = tabs.issueFocus.value;
  const focused =
    focus === null || focus.exchangeId !== exchangeId ? undefined : schema.find((candidate) => candidate.index === focus.issue);
  const showInValidation = (index: number) => {
    tabs.actions.showIssue({ exchangeId, issue: index }, 'validation');
  };
  return (target) => ({
    issues: schema.filter((candidate) => sameTarget(candidate.facts.target, target)),
    spot: focused !== undefined && sameTarget(focused.facts.target, target) ? focused : null,
    showInValidation,
    closeSpot: tabs.actions.clearIssueFocus,
  });
}
