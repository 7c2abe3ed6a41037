import { useMemo } from 'preact/hooks';
import { JsonTree } from '../json/JsonTree';
import { parseJsonNode } from '../json/jsonNode';

type Props = { readonly text: string; readonly label: string; readonly testid: string };

/** A body that is JSON as a collapsible tree; anything else (an HTML error page, cut JSON) as text. */
export function BodyView({ text, label, testid }: Props) {
  const tree = useMemo(() => parseJsonNode(text), [text]);
  if (tree === null) {
    return (
      <>
        <p class="muted">Not JSON; shown as received.</p>
        <pre class="raw-body__text" data-testid={`${testid}-text`}>{text}</pre>
      </>
    );
  }
  return (
    <div class="raw-body__tree">
      <JsonTree root={tree} label={label} testid={`${testid}-tree`} />
    </div>
  );
}
