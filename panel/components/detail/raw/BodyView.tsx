import { useMemo } from 'preact/hooks';
import { JsonTree } from '../json/JsonTree';
import { parseJsonNode } from '../json/jsonNode';
import { LongText } from '../text/LongText';

type Props = { readonly text: string; readonly label: string; readonly testid: string };

/**
 * A body that is JSON as a collapsible tree (lazy: only opened parts render, and a string longer
 * than the display limit is cut); anything else (an HTML error page, cut JSON) as text, cut at the
 * display limit with "Show all". The copy button beside it copies the whole body either way.
 */
export function BodyView({ text, label, testid }: Props) {
  const tree = useMemo(() => parseJsonNode(text), [text]);
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
      <JsonTree root={tree} label={label} testid={`${testid}-tree`} />
    </div>
  );
}
