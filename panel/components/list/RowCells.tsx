import { formatDuration } from '../../format/duration';
import { statusLabel } from '../../format/exchangeLabels';
import { formatClockTime } from '../../format/time';
import type { ListRow } from '../../list/listRow';
import { TokenCount, tokenCountTitle } from '../detail/precise/TokenCount';

type Props = { readonly row: ListRow };

/** What a cell that needs the decoding shows while a burst's exchange waits for it (ListRow.pending). */
const PENDING = '…';
const PENDING_TITLE = 'decoding…';

/** The cells of one row, in the order of columns.ts. */
export function RowCells({ row }: Props) {
  if (row.pending) return <PendingCells row={row} />;
  const tokens =
    row.promptTokens === null && row.completionTokens === null ? (
      '—'
    ) : (
      <>
        <TokenCount count={row.promptTokens} digits={row.promptDigits} notReported="—" /> → <TokenCount count={row.completionTokens} digits={row.completionDigits} notReported="—" />
      </>
    );
  return (
    <>
      {whenAndWhere(row)}
      <span class="log-cell col--model" role="gridcell" data-testid="row-model">{row.model}</span>
      <span
        class={`log-cell col--kind kind--${row.endedInError ? 'errored' : row.kind}`}
        role="gridcell"
        data-testid="row-kind"
        title={row.endedInError ? 'ended with an error' : undefined}
      >
        {row.kind}
      </span>
      {statusAndTiming(row)}
      <span class="log-cell col--tokens cell--number" role="gridcell" data-testid="row-tokens" title={tokensTitle(row)}>{tokens}</span>
      <span class="log-cell col--finish" role="gridcell" data-testid="row-finish">{row.finishReason ?? ''}</span>
      <IssueMark row={row} />
    </>
  );
}

/** A row listed before its decoding: what the capture says, and a mark in the cells that wait for the rest. */
function PendingCells({ row }: Props) {
  const waiting = (column: string, testid: string, numeric = false) => (
    <span class={`log-cell col--${column}${numeric ? ' cell--number' : ''} cell--pending`} role="gridcell" data-testid={testid} title={PENDING_TITLE}>
      {PENDING}
    </span>
  );
  return (
    <>
      {whenAndWhere(row)}
      {waiting('model', 'row-model')}
      {waiting('kind', 'row-kind')}
      {statusAndTiming(row)}
      {waiting('tokens', 'row-tokens', true)}
      {waiting('finish', 'row-finish')}
      {waiting('issues', 'row-issues', true)}
    </>
  );
}

/** Time and provider: from the capture, so the same whether or not the row is decoded yet. */
function whenAndWhere(row: ListRow) {
  return (
    <>
      <span class="log-cell col--time" role="gridcell" data-testid="row-time">{formatClockTime(row.startedAt)}</span>
      <span class="log-cell col--provider" role="gridcell" data-testid="row-provider">{row.provider}</span>
    </>
  );
}

/** Status, duration and TTFB: from the capture too. */
function statusAndTiming(row: ListRow) {
  const failedStatus = row.status === 0 || row.status >= 400;
  return (
    <>
      <span class={`log-cell col--status cell--number${failedStatus ? ' status--failed' : ''}`} role="gridcell" data-testid="row-status">
        {statusLabel(row.status)}
      </span>
      <span class="log-cell col--duration cell--number" role="gridcell" data-testid="row-duration">{formatDuration(row.durationMs)}</span>
      <span class="log-cell col--ttfb cell--number" role="gridcell" data-testid="row-ttfb">{formatDuration(row.timeToFirstByteMs)}</span>
    </>
  );
}

/**
 * Nothing when the response conforms cleanly. Otherwise the worst severity decides the mark: red ✕
 * and the number of errors when there is any error, amber ⚠ and the number of warnings when there
 * are only warnings; the title counts each.
 */
function IssueMark({ row }: Props) {
  if (row.failed) {
    return <span class="log-cell col--issues cell--number issue-mark--error" role="gridcell" data-testid="row-issues" data-severity="error" title="could not be decoded">✕</span>;
  }
  if (row.errorIssues === 0 && row.warningIssues === 0) {
    return <span class="log-cell col--issues cell--number" role="gridcell" data-testid="row-issues" title="conforms to the chat-completion contract" />;
  }
  const severity = row.errorIssues > 0 ? 'error' : 'warning';
  const title = `${row.conforms ? 'conforms' : 'does not conform'}: ${plural(row.errorIssues, 'error')}, ${plural(row.warningIssues, 'warning')}`;
  return (
    <span
      class={`log-cell col--issues cell--number issue-mark--${severity}`}
      role="gridcell"
      data-testid="row-issues"
      data-conforms={String(row.conforms)}
      data-severity={severity}
      title={title}
    >
      {severity === 'error' ? `✕ ${row.errorIssues}` : `⚠ ${row.warningIssues}`}
    </span>
  );
}

function tokensTitle(row: ListRow): string | undefined {
  if (row.promptTokens === null && row.completionTokens === null) return 'usage not reported';
  return `${tokenCountTitle(row.promptTokens, row.promptDigits, 'not reported')} prompt, ${tokenCountTitle(row.completionTokens, row.completionDigits, 'not reported')} completion`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
