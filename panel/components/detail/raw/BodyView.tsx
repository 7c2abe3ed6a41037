import { useMemo } from 'preact/hooks';
import { requestBodyPieces } from '../../../secrets/requestBodyPieces';
import { hasSecrets, maskedText } from '../../../secrets/secretPieces';
import { SecretValue } from '../../../secrets/SecretValue';
import { JsonTree } from '../json/JsonTree';
import { parseJsonNode } from '../json/jsonNode';
import { LongText } from '../text/LongText';

type Props = {
  readonly text: string;
  readonly label: string;
  readonly testid: string;
  /** A request body: its secret fields show masked with a reveal; the Content-Type says whether it is a form. */
  readonly secretFields?: { readonly contentType: string | undefined };
};

/**
 * A body that is JSON as a collapsible tree (lazy: only opened parts render, and a string longer
 * than the display limit is cut); anything else (an HTML error page, cut JSON) as text, cut at the
 * display limit with "Show all". The copy button beside it copies the whole body either way.
 */
export function BodyView({ text, label, testid, secretFields }: Props) {
  const tree = useMemo(() => parseJsonNode(text), [text]);
  const masking = secretFields !== undefined;
  const contentType = secretFields?.contentType;
  const pieces = useMemo(
    () => (!masking || tree !== null ? null : requestBodyPieces(text, contentType)),
    [text, tree, masking, contentType],
  );
  if (pieces !== null && hasSecrets(pieces)) {
    // A form body (`password=…&client_secret=…`) is short: masked whole, revealed whole.
    return (
      <>
        <p class="muted">Not JSON; shown as received, secrets masked.</p>
        <div class="raw-body__text">
          <SecretValue value={text} masked={maskedText(pieces, true)} label={label} testId={`${testid}-text`} />
        </div>
      </>
    );
  }
  if (tree === null) {
    return (
      <>
        <p class="muted">Not JSON; shown as received.</p>
        <LongText text={text} class="raw-body__text" testid={`${testid}-text`} />
      </>
    );
  }
  return (
    <div class="raw-body__tree">
      <JsonTree root={tree} label={label} testid={`${testid}-tree`} maskSecretFields={masking} />
    </div>
  );
}
