import { TruncationNotice } from './TruncationNotice';
import { useDisplayLimit } from './useDisplayLimit';

type Props = {
  readonly text: string;
  /** The `<pre>`'s class (raw-body__text, text-block, ...). */
  readonly class: string;
  readonly testid?: string;
  readonly limit?: number;
};

/**
 * Text from the network in a `<pre>`, cut at the display limit (displayLimit.ts) with a notice
 * saying how much is hidden and a "Show all" button. The `<pre>` holds only the text, so its
 * textContent is the shown part exactly.
 */
export function LongText({ text, class: className, testid, limit }: Props) {
  const { shown, total, truncated, showAll } = useDisplayLimit(text, limit);
  return (
    <>
      <pre class={className} data-testid={testid}>
        {truncated ? text.slice(0, shown) : text}
      </pre>
      {truncated ? <TruncationNotice shown={shown} total={total} onShowAll={showAll} /> : null}
    </>
  );
}
