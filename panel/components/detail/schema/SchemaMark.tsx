import type { SchemaIssue } from './schemaIssues';
import './schema.css';

type Props = {
  /** The schema issues of one tool call or one structured answer, in order; nothing is drawn for none. */
  readonly issues: readonly SchemaIssue[];
  /** Shows that issue in Validation (its index among the decoding's issues). */
  readonly onSelect: (index: number) => void;
};

/**
 * The mark on a tool call or structured answer that fails the JSON Schema its request gave:
 * an icon and words (colour alone says nothing to some), the first issue's message as the
 * tooltip, and a click that opens that issue in Validation. Only warnings (the schema could not
 * be read) say the value was not checked rather than that it fails.
 */
export function SchemaMark({ issues, onSelect }: Props) {
  const first = issues.find((candidate) => candidate.issue.severity === 'error') ?? issues[0];
  if (first === undefined) return null;
  const fails = first.issue.severity === 'error';
  const words = fails ? "Fails the request's schema" : "Not checked against the request's schema";
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
  const tooltip = `${first.issue.message}${more}`;
  return (
    <button
      type="button"
      class={`schema-mark schema-mark--${first.issue.severity}`}
      data-testid="schema-mark"
      data-severity={first.issue.severity}
      title={tooltip}
      aria-label={`${words}: ${tooltip}. Show in Validation`}
      onClick={() => {
        onSelect(first.index);
      }}
    >
      <span aria-hidden="true">{fails ? '✕' : '⚠'}</span> {words}
    </button>
  );
}
