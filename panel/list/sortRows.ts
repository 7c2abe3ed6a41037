import type { ListRow } from './listRow';

export type SortColumn =
  'time' | 'url' | 'provider' | 'format' | 'model' | 'kind' | 'status' | 'duration' | 'ttfb' | 'tokens' | 'finish' | 'issues';
export type SortDirection = 'ascending' | 'descending';
export type SortState = { readonly column: SortColumn; readonly direction: SortDirection };

/** The log as DevTools shows it: oldest request first. */
export const defaultSort: SortState = { column: 'time', direction: 'ascending' };

type SortKey = number | string | null;

/** What each column sorts by; null (not reported) always sorts last, whichever the direction. */
const sortKeys: Record<SortColumn, (row: ListRow) => SortKey> = {
  time: (row) => row.startedAt,
  url: (row) => row.urlPath,
  provider: (row) => row.provider.toLowerCase(),
  format: (row) => (row.format === '' ? null : row.format.toLowerCase()),
  model: (row) => row.model.toLowerCase(),
  kind: (row) => row.kind,
  status: (row) => row.status,
  duration: (row) => row.durationMs,
  ttfb: (row) => row.timeToFirstByteMs,
  tokens: (row) =>
    row.promptTokens === null && row.completionTokens === null ? null : (row.promptTokens ?? 0) + (row.completionTokens ?? 0),
  finish: (row) => row.finishReason,
  issues: (row) => row.errorIssues * 1_000_000 + row.warningIssues,
};

type Keyed = { readonly row: ListRow; readonly key: SortKey };

/** Equal keys keep arrival order; null sorts last in both directions. */
function compareKeyed(a: Keyed, b: Keyed, sign: number): number {
  if (a.key === b.key) return a.row.arrival - b.row.arrival;
  if (a.key === null) return 1;
  if (b.key === null) return -1;
  return (a.key < b.key ? -1 : 1) * sign;
}

/**
 * A sorted copy. Keys are read once per row (not per comparison), and equal keys keep arrival
 * order in both directions, so rows with the same model do not jump around as others arrive.
 */
export function sortRows(rows: readonly ListRow[], sort: SortState): ListRow[] {
  const keyOf = sortKeys[sort.column];
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const keyed = rows.map((row): Keyed => ({ row, key: keyOf(row) }));
  keyed.sort((a, b) => compareKeyed(a, b, sign));
  return keyed.map(({ row }) => row);
}

/**
 * Two lists, each already in `sort` order, as one in that order: what sortRows would give for
 * their union, in linear time (the list takes in a burst of new rows without sorting them all
 * again). The rows of `sorted` that come before the first added one are found by a binary search
 * and copied as they are: new requests usually go at the end, and walking 10,000 rows with an
 * object per row at each of a burst's commits was garbage for nothing (round s9).
 */
export function mergeSorted(sorted: readonly ListRow[], added: readonly ListRow[], sort: SortState): ListRow[] {
  if (added.length === 0) return [...sorted];
  if (sorted.length === 0) return [...added];
  const keyOf = sortKeys[sort.column];
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const keyed = (row: ListRow | undefined): Keyed | null => (row === undefined ? null : { row, key: keyOf(row) });
  const firstAdded = keyed(added[0]);
  // The first row of `sorted` that the first added row goes before: every one before it stays first.
  let low = 0;
  let high = sorted.length;
  while (firstAdded !== null && low < high) {
    const middle = (low + high) >>> 1;
    const probe = keyed(sorted[middle]);
    if (probe !== null && compareKeyed(probe, firstAdded, sign) <= 0) low = middle + 1;
    else high = middle;
  }
  const merged: ListRow[] = sorted.slice(0, low);
  let left = low;
  let right = 0;
  let a = keyed(sorted[left]);
  let b = keyed(added[0]);
  while (a !== null && b !== null) {
    if (compareKeyed(a, b, sign) <= 0) {
      merged.push(a.row);
      left += 1;
      a = keyed(sorted[left]);
    } else {
      merged.push(b.row);
      right += 1;
      b = keyed(added[right]);
    }
  }
  return merged.concat(sorted.slice(left), added.slice(right));
}

export function sameSort(a: SortState, b: SortState): boolean {
  return a.column === b.column && a.direction === b.direction;
}

/** A click on the sorted column flips it; a click on another sorts by it, ascending. */
export function nextSort(current: SortState, column: SortColumn): SortState {
  if (current.column !== column) return { column, direction: 'ascending' };
  return { column, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
}
