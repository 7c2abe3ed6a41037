import type { SchemaChecks } from './schemaChecks';
import { SchemaSpotTree } from './SchemaSpotTree';

type Props = {
  /** The arguments or content as sent. */
  readonly text: string;
  /** Its checks, with the spot Validation sent here (not null). */
  readonly checks: SchemaChecks;
  readonly name: string;
};

/**
 * In Conversation, a value whose schema issue was selected in Validation: pretty-printed with the
 * spot highlighted, and a way back to the value as sent.
 */
export function SchemaSpot({ text, checks, name }: Props) {
  if (checks.spot === null) return null;
  return (
    <div class="schema-spot-box">
      <p class="schema-spot__issue" data-testid="conversation-schema-spot-issue">
        {checks.spot.issue.message}{' '}
        <button type="button" class="link-button" data-testid="conversation-schema-spot-close" onClick={checks.closeSpot}>
          show as sent
        </button>
      </p>
      <SchemaSpotTree text={text} at={checks.spot.facts.at} name={name} testid="conversation-schema-spot" />
    </div>
  );
}
