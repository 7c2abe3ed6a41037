import { formatDuration } from '../../format/duration';
import { statusLabel } from '../../format/exchangeLabels';
import { formatClockTime } from '../../format/time';
import type { ComponentChildren } from 'preact';
import type { Column, ColumnId } from '../../list/columns';
import type { ListRow } from '../../list/listRow';
import { tokenCountText } from '../../format/tokens';
import { TokenCount, tokenCountTitle } from '../detail/precise/TokenCount';
import { ElapsedTime } from './ElapsedTime';
import { gridCell } from './GridCell';

type Props = { readonly row: ListRow; readonly shown: readonly Column[] };

/** What a cell that needs the decoding shows while a burst's exchange waits for it (ListRow.pending). */
const PENDING = '…';
const PENDING_TITLE = 'decoding…';
/** The cells that need the decoding; the others come from the capture alone. */
const needsDecoding: ReadonlySet<ColumnId> = new Set(['format', 'model', 'kind', 'tokens', 'finish', 'issues']);

/** Judged when the stream has ended: while it is in flight its issues would only say "not ended yet". */
const IN_FLIGHT_TITLE = 'in flight: checked when the stream ends';

/**
 * The cells of one row, one per shown column, in the columns' order. Each cell is made by a plain
 * call, not a component of its own: a scroll frame draws ~36 rows of ~10 cells, and a component per
 * cell doubled what Preact went through for them (round s9).
 */
export function RowCells({ row, shown }: Props) {
  const inFlight = row.entry.captured.tapped?.outcome === 'in-flight';
  return <>{shown.map((column) => cellOf(column, row, inFlight))}</>;
}

function cellOf(column: Column, row: ListRow, inFlight: boolean) {
  if (row.pending && needsDecoding.has(column.id))
    return gridCell({ id: column.id, class: 'cell--pending', numeric: column.numeric, title: PENDING_TITLE, children: PENDING });
  if (inFlight && (column.id === 'issues' || column.id === 'finish'))
    return gridCell({ id: column.id, class: 'cell--pending', numeric: column.numeric, title: IN_FLIGHT_TITLE, children: PENDING });
  return cell(column.id, row);
}

/** A decoded row's cell, keyed by its column. */
function cell(id: ColumnId, row: ListRow) {
  switch (id) {
    case 'time': {
      const time = formatClockTime(row.startedAt);
      return gridCell({ id, title: time, children: time });
    }
    case 'provider':
      return gridCell({ id, title: row.provider, children: row.provider });
    case 'format':
      return gridCell({ id, title: row.formatName ?? row.format, children: row.format });
    case 'url':
      return gridCell({ id, title: row.urlPath, children: row.urlPath });
    case 'model':
      return gridCell({ id, title: row.model, children: row.model });
    case 'kind':
      return gridCell({
        id,
        class: `kind--${row.endedInError ? 'errored' : row.kind}`,
        title: row.endedInError ? 'ended with an error' : row.kind,
        children: row.kind,
      });
    case 'status': {
      const tapped = row.entry.captured.tapped;
      if (tapped?.outcome === 'aborted') {
        return gridCell({
          id,
          numeric: true,
          class: 'status--failed',
          title: `aborted by the page${tapped.message === undefined ? '' : `: ${tapped.message}`}`,
          children: 'aborted',
        });
      }
      const failedStatus = row.status === 0 || row.status >= 400;
      const label = statusLabel(row.status);
      return gridCell({ id, numeric: true, class: failedStatus ? 'status--failed' : '', title: label, children: label });
    }
    case 'duration': {
      if (row.entry.captured.tapped?.outcome === 'in-flight') return <ElapsedTime key={id} id={id} since={row.startedAt} />;
      const duration = formatDuration(row.durationMs);
      return gridCell({ id, numeric: true, title: duration, children: duration });
    }
    case 'ttfb': {
      const ttfb = formatDuration(row.timeToFirstByteMs);
      return gridCell({ id, numeric: true, title: ttfb, children: ttfb });
    }
    case 'tokens':
      return gridCell({ id, numeric: true, title: tokensTitle(row), children: tokensText(row) });
    case 'finish':
      return gridCell({ id, title: row.finishReason ?? undefined, children: row.finishReason ?? '' });
    case 'issues':
      return issueMark(row);
  }
}

/**
 * "14 → 37": one text when neither count needs its exact digits marked (nearly every row), the
 * same text a TokenCount each side would make, in one text node rather than four.
 */
function tokensText(row: ListRow): ComponentChildren {
  if (row.promptTokens === null && row.completionTokens === null) return '—';
  if (row.promptDigits === null && row.completionDigits === null)
    return `${tokenCountText(row.promptTokens, '—')} → ${tokenCountText(row.completionTokens, '—')}`;
  return (
    <>
      <TokenCount count={row.promptTokens} digits={row.promptDigits} notReported="—" /> →{' '}
      <TokenCount count={row.completionTokens} digits={row.completionDigits} notReported="—" />
    </>
  );
}

/**
 * Nothing when the response conforms cleanly. Otherwise the worst severity decides the mark: red ✕
 * and the number of errors when there is any error, amber ⚠ and the number of warnings when there
 * are only warnings; the title counts each, and says how many errors are against the request's
 * own schemas (issue 15), which the app's prompt or schema must fix rather than the provider.
 * Always the same cell element, so a scroll that reuses it for a row of another kind rewrites it.
 */
function issueMark(row: ListRow) {
  if (row.failed)
    return gridCell({ id: 'issues', numeric: true, class: 'issue-mark--error', title: 'could not be decoded', children: '✕' });
  if (row.errorIssues === 0 && row.warningIssues === 0)
    return gridCell({ id: 'issues', numeric: true, title: "conforms to its format's contract" });
  const severity = row.errorIssues > 0 ? 'error' : 'warning';
  return gridCell({
    id: 'issues',
    numeric: true,
    class: `issue-mark--${severity}`,
    marks: { conforms: String(row.conforms), severity },
    title: issuesTitle(row),
    children: severity === 'error' ? `✕ ${row.errorIssues}` : `⚠ ${row.warningIssues}`,
  });
}

/**
 * "does not conform: 2 errors, 1 warning". Errors against the request's schemas leave `conforms`
 * alone (decode/ keeps it for the provider's wire format), so a row can conform and still be red:
 * the title then says which contract holds and which errors are the schemas'.
 */
function issuesTitle(row: ListRow): string {
  const counts = (errors: string) => `${errors}, ${plural(row.warningIssues, 'warning')}`;
  if (row.schemaErrors === 0) return `${row.conforms ? 'conforms' : 'does not conform'}: ${counts(plural(row.errorIssues, 'error'))}`;
  const errors = `${plural(row.errorIssues, 'error')} (${row.schemaErrors} against the request's schemas)`;
  return row.conforms ? `conforms to its format's contract; ${counts(errors)}` : `does not conform: ${counts(errors)}`;
}

function tokensTitle(row: ListRow): string {
  if (row.promptTokens === null && row.completionTokens === null) return 'usage not reported';
  return `${tokenCountTitle(row.promptTokens, row.promptDigits, 'not reported')} prompt, ${tokenCountTitle(row.completionTokens, row.completionDigits, 'not reported')} completion`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
