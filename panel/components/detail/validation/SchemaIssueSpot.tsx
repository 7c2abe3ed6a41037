import type { DecodedExchange } from '../../../../decode/index';
import type { SchemaIssue } from '../schema/schemaIssues';
import { targetName, targetText } from '../schema/schemaIssues';
import { SchemaSpotTree } from '../schema/SchemaSpotTree';

type Props = {
  readonly selected: SchemaIssue;
  readonly decoded: DecodedExchange;
  readonly onShowInConversation: () => void;
};

/**
 * A schema issue's spot in Validation (selected with the keyboard, or sent back from
 * Conversation's mark): the tool call's arguments or the structured content pretty-printed with
 * the spot highlighted, and the way to see it where it sits in the conversation.
 */
export function SchemaIssueSpot({ selected, decoded, onShowInConversation }: Props) {
  const { target, at } = selected.facts;
  const text = targetText(decoded, target);
  const name = targetName(decoded, target);
  return (
    <div class="validation-spot" data-testid="validation-spot">
      <button type="button" class="link-button" data-testid="validation-spot-conversation" onClick={onShowInConversation}>
        Show in Conversation
      </button>
      {text === null ? (
        <p class="validation-spot__note" data-testid="validation-spot-note">
          {`The response has no ${name.replace(/^the /, '')} to show. Nothing is highlighted.`}
        </p>
      ) : (
        <SchemaSpotTree text={text} at={at} name={name} testid="validation-schema-spot" />
      )}
    </div>
  );
}
