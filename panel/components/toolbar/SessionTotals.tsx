import { tokenCountText } from '../../format/tokens';
import type { ModelTotals } from '../../list/sessionTotals';
import type { TotalsScope } from '../../store/listView';
import { TokenCount } from '../detail/precise/TokenCount';
import { useStore } from '../../store/storeContext';
import { usePopover } from './usePopover';
import './sessionTotalsScope.css';

/**
 * Calls and tokens of the session: a compact line in the toolbar, and per model in a popover.
 * While a filter hides rows, the totals count the rows shown ("3 of 7 calls shown") or, by the
 * popover's choice, every listed exchange ("7 calls (all)"); with nothing filtered both are the
 * same and the line says just "7 calls". Calls without reported usage are counted but add no
 * tokens, and the table says how many there were. While a burst is still being decoded, only the
 * decoded calls are in the totals, and the line says how many are still to come.
 */
export function SessionTotals() {
  const store = useStore();
  const list = store.list;
  const all = list.totals.value;
  const decoding = store.decoding.value;
  const details = usePopover(all.all.calls > 0);
  if (all.all.calls === 0) return null;
  const filtering = list.filtering.value;
  const scope = filtering ? list.totalsScope.value : 'all';
  const totals = scope === 'shown' ? list.shownTotals.value : all;
  const calls =
    scope === 'shown'
      ? `${tokenCountText(totals.all.calls, '0')} of ${count(all.all.calls, 'call')} shown`
      : filtering
        ? `${count(all.all.calls, 'call')} (all)`
        : count(all.all.calls, 'call');
  return (
    <details class="toolbar-popover session-totals" ref={details}>
      <summary
        class="toolbar-popover__summary session-totals__summary"
        data-testid="session-totals"
        data-scope={scope}
        title="Session totals per model"
      >
        {calls} ·{' '}
        {totals.all.callsWithoutUsage === totals.all.calls ? (
          // An AI SDK stream without metadata, Ollama's errors: "0 → 0" would claim they cost nothing.
          'tokens not reported'
        ) : (
          <>
            <TokenCount count={totals.all.promptTokens} digits={totals.all.promptDigits} notReported="0" /> →{' '}
            <TokenCount count={totals.all.completionTokens} digits={totals.all.completionDigits} notReported="0" /> tokens
          </>
        )}
        {decoding > 0 ? (
          <span class="muted" data-testid="session-totals-decoding">
            {' '}
            (decoding {tokenCountText(decoding, '0')} more…)
          </span>
        ) : null}
      </summary>
      <div class="toolbar-popover__body">
        <TotalsScopeChoice filtering={filtering} scope={scope} />
        <table class="session-totals__table" data-testid="session-totals-table">
          <caption>{scope === 'shown' ? 'Totals of the calls shown' : 'Session totals'}</caption>
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
            <TotalsRow totals={totals.all} />
          </tfoot>
        </table>
      </div>
    </details>
  );
}

/** Shown rows or all exchanges; only a choice while a filter hides some (otherwise both are every call). */
function TotalsScopeChoice({ filtering, scope }: { readonly filtering: boolean; readonly scope: TotalsScope }) {
  const list = useStore().list;
  const choice = (value: TotalsScope, label: string) => (
    <label class="session-totals__scope-choice">
      <input
        type="radio"
        name="session-totals-scope"
        value={value}
        checked={scope === value}
        disabled={!filtering}
        data-testid={`session-totals-scope-${value}`}
        onChange={() => {
          list.actions.setTotalsScope(value);
        }}
      />
      {label}
    </label>
  );
  return (
    <fieldset class="session-totals__scope" title={filtering ? undefined : 'No filter is active: every call is shown'}>
      <legend>Count</legend>
      {choice('shown', 'Calls shown')}
      {choice('all', 'All calls')}
    </fieldset>
  );
}

function TotalsRow({ totals }: { readonly totals: ModelTotals }) {
  return (
    <tr data-testid="session-totals-row">
      <th scope="row">{totals.model}</th>
      <td>
        {totals.calls}
        {totals.callsWithoutUsage > 0 ? (
          <span class="muted" title="calls whose response reported no usage">
            {' '}
            ({totals.callsWithoutUsage} without usage)
          </span>
        ) : null}
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
