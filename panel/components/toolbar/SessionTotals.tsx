import { tokenCountText } from '../../format/tokens';
import type { ModelTotals } from '../../list/sessionTotals';
import { TokenCount } from '../detail/precise/TokenCount';
import { useStore } from '../../store/storeContext';
import { usePopover } from './usePopover';

/**
 * Calls and tokens of the session (every listed exchange, whatever the filter shows): a compact
 * line in the toolbar, and per model in a popover. Calls without reported usage are counted but
 * add no tokens, and the table says how many there were. While a burst is still being decoded,
 * only the decoded calls are in the totals, and the line says how many are still to come.
 */
export function SessionTotals() {
  const store = useStore();
  const totals = store.list.totals.value;
  const decoding = store.decoding.value;
  const details = usePopover();
  const { all } = totals;
  if (all.calls === 0) return null;
  return (
    <details class="toolbar-popover session-totals" ref={details}>
      <summary class="toolbar-popover__summary session-totals__summary" data-testid="session-totals" title="Session totals per model">
        {count(all.calls, 'call')} · <TokenCount count={all.promptTokens} digits={all.promptDigits} notReported="0" /> →{' '}
        <TokenCount count={all.completionTokens} digits={all.completionDigits} notReported="0" /> tokens
        {decoding > 0 ? <span class="muted" data-testid="session-totals-decoding"> (decoding {tokenCountText(decoding, '0')} more…)</span> : null}
      </summary>
      <div class="toolbar-popover__body">
        <table class="session-totals__table" data-testid="session-totals-table">
          <caption>Session totals</caption>
          <thead>
            <tr>
              <th scope="col">Model</th>
              <th scope="col">Calls</th>
              <th scope="col">Prompt</th>
              <th scope="col">Completion</th>
            </tr>
          </thead>
          <tbody>
            {totals.byModel.map((model) => (
              <TotalsRow key={model.model} totals={model} />
            ))}
          </tbody>
          <tfoot>
            <TotalsRow totals={all} />
          </tfoot>
        </table>
      </div>
    </details>
  );
}

function TotalsRow({ totals }: { readonly totals: ModelTotals }) {
  return (
    <tr data-testid="session-totals-row">
      <th scope="row">{totals.model}</th>
      <td>
        {totals.calls}
        {totals.callsWithoutUsage > 0 ? <span class="muted" title="calls whose response reported no usage"> ({totals.callsWithoutUsage} without usage)</span> : null}
      </td>
      <td>
        <TokenCount count={totals.promptTokens} digits={totals.promptDigits} notReported="0" />
      </td>
      <td>
        <TokenCount count={totals.completionTokens} digits={totals.completionDigits} notReported="0" />
      </td>
    </tr>
  );
}

function count(value: number, noun: string): string {
  return `${tokenCountText(value, '0')} ${noun}${value === 1 ? '' : 's'}`;
}
