import { useMemo } from 'preact/hooks';
import { PreciseDigits } from '../precise/PreciseDigits';
import { TruncationNotice } from '../text/TruncationNotice';
import { useDisplayLimit } from '../text/useDisplayLimit';
import type { JsonTextRun } from './jsonNodeText';
import { sliceRuns } from './jsonNodeText';

type Props = { readonly runs: readonly JsonTextRun[]; readonly testid?: string; readonly class?: string };

/**
 * Printed JSON (jsonNodeText) in a `<pre>`, the integers beyond 2^53 marked, cut at the display
 * limit like any long text (text/LongText.tsx); text only.
 */
export function JsonText({ runs, testid, class: className = 'code-block' }: Props) {
  const whole = useMemo(() => runs.map((run) => run.text).join(''), [runs]);
  const { shown, total, truncated, showAll } = useDisplayLimit(whole);
  const visible = truncated ? sliceRuns(runs, shown) : runs;
  return (
    <>
      <pre class={className} data-testid={testid} data-json="true">
        {visible.map((run, position) => (run.beyondSafe ? <PreciseDigits key={position} text={run.text} /> : run.text))}
      </pre>
      {truncated ? <TruncationNotice shown={shown} total={total} onShowAll={showAll} /> : null}
    </>
  );
}
