import type { ExchangeEntry } from '../store/exchangeEntry';
import { filterNarrows, filterTerms, isFiltering, rowMatches } from './filterRows';
import type { RowFilter } from './filterRows';
import { listRowOf } from './listRow';
import type { ListRow } from './listRow';
import { createTotalsAccumulator, sessionTotals } from './sessionTotals';
import type { SessionTotals } from './sessionTotals';
import { mergeSorted, sameSort, sortRows } from './sortRows';
import type { SortState } from './sortRows';

/** The store's log as the list reads it: the entries oldest first, and how they are numbered. */
export type LogSnapshot = {
  readonly entries: readonly ExchangeEntry[];
  /** Arrival number of entries[0]; it grows as the oldest are dropped, so each row keeps its number. */
  readonly firstArrival: number;
  /** Changes when the log is cleared or replaced: arrival numbers start again and nothing carries over. */
  readonly generation: number;
  /** Changes when entries were replaced in place (a live exchange updated, or confirmed by the browser's HAR entry). */
  readonly replacements?: number;
  /**
   * Counts the store's decoding slices (store/pendingDecodes.ts), which settle pending entries:
   * while it stands still the rows are not searched for settled ones at each commit (a pass over
   * 10,000 rows per commit of a burst, round s9). Absent, they are searched at every change. An
   * entry settled by something reading it (the detail) shows once the next slice ends.
   */
  readonly settlements?: number;
};

export type ListInput = { readonly log: LogSnapshot; readonly sort: SortState; readonly filter: RowFilter };

export type ListOutput = {
  /** Every listed exchange's row, in arrival order. */
  readonly rows: readonly ListRow[];
  /** The rows the filter and toggles leave, in the sort order: what the list shows. */
  readonly visible: readonly ListRow[];
  /** Every listed exchange counts, whatever the filter shows. */
  readonly totals: SessionTotals;
  /**
   * The totals of the rows shown (`totals` while nothing is filtered): added up in the filter's own
   * pass when a keystroke filters, so the keystroke goes over the rows once (round s9).
   */
  readonly shownTotals: SessionTotals;
  /**
   * How many listed rows came from an imported HAR file, kept as rows come and go. The list widens
   * its time column for the mark of an imported row it shows; with none listed it need not look
   * through the shown rows at each commit (a pass over 10,000 rows per render in a burst).
   */
  readonly importedRows: number;
  /**
   * How many listed rows the Live tap says are still in flight, kept as rows come, go and are
   * replaced (a live exchange updated or confirmed), whatever the filter shows. The list says it
   * (`data-in-flight`) so what counts rows in flight need not find them among the few rows in the DOM.
   */
  readonly inFlightRows: number;
};

type Totals = ReturnType<typeof createTotalsAccumulator>;
type State = ListOutput & { readonly input: ListInput; readonly sorted: readonly ListRow[]; readonly accumulator: Totals };

const importedIn = (rows: readonly ListRow[]): number => rows.filter((row) => row.entry.captured.source === 'imported').length;

/** The rows whose exchange the Live tap reports in flight (ExchangeRow marks them `aria-busy`). */
const inFlightIn = (rows: readonly ListRow[]): number => rows.filter((row) => row.entry.captured.tapped?.outcome === 'in-flight').length;

const endOf = (log: LogSnapshot): number => log.firstArrival + log.entries.length;

const rowsOf = (entries: readonly ExchangeEntry[], firstArrival: number): ListRow[] =>
  entries.map((entry, index) => listRowOf(entry, firstArrival + index));

const sameFilter = (a: RowFilter, b: RowFilter): boolean =>
  a.text === b.text &&
  a.toggles.streams === b.toggles.streams &&
  a.toggles.errors === b.toggles.errors &&
  a.toggles.nonConforming === b.toggles.nonConforming;

const filtered = (rows: readonly ListRow[], filter: RowFilter): readonly ListRow[] => {
  if (!isFiltering(filter)) return rows;
  const terms = filterTerms(filter.text);
  return rows.filter((row) => rowMatches(row, terms, filter.toggles));
};

/** The rows the filter leaves, and their totals, in one pass (`totals` while nothing is filtered). */
function filteredWithTotals(
  rows: readonly ListRow[],
  filter: RowFilter,
  totals: SessionTotals,
): { readonly visible: readonly ListRow[]; readonly shownTotals: SessionTotals } {
  if (!isFiltering(filter)) return { visible: rows, shownTotals: totals };
  const terms = filterTerms(filter.text);
  const shown = createTotalsAccumulator();
  const visible = rows.filter((row) => {
    if (!rowMatches(row, terms, filter.toggles)) return false;
    shown.add(row);
    return true;
  });
  return { visible, shownTotals: shown.snapshot() };
}

function fromScratch(input: ListInput): State {
  const rows = rowsOf(input.log.entries, input.log.firstArrival);
  const accumulator = createTotalsAccumulator();
  for (const row of rows) accumulator.add(row);
  const sorted = sortRows(rows, input.sort);
  const importedRows = importedIn(rows);
  const inFlightRows = inFlightIn(rows);
  const totals = accumulator.snapshot();
  return { input, rows, sorted, ...filteredWithTotals(sorted, input.filter, totals), accumulator, totals, importedRows, inFlightRows };
}

/** The totals after dropping `gone` and adding `added`; from the rows again when a drop cannot be undone exactly. */
function updatedTotals(state: State, gone: readonly ListRow[], added: readonly ListRow[], rows: readonly ListRow[]): Totals {
  const { accumulator } = state;
  if (gone.every((row) => accumulator.remove(row))) {
    for (const row of added) accumulator.add(row);
    return accumulator;
  }
  const fresh = createTotalsAccumulator();
  for (const row of rows) fresh.add(row);
  return fresh;
}

/** The rows listed while pending whose entries are decoded now, each with the row that replaces it. */
function settledRows(rows: readonly ListRow[]): Map<ListRow, ListRow> {
  const settled = new Map<ListRow, ListRow>();
  for (const row of rows) if (row.pending && row.entry.pending !== true) settled.set(row, listRowOf(row.entry, row.arrival));
  return settled;
}

/**
 * The rows whose entries the log replaced in place (same arrival number, a new entry: a live
 * exchange that grew or was confirmed), each with the row that replaces it. Looked for only when
 * the log says it replaced some.
 */
function replacedRows(rows: readonly ListRow[], log: LogSnapshot, into: Map<ListRow, ListRow>): void {
  for (const row of rows) {
    const current = log.entries[row.arrival - log.firstArrival];
    if (current !== undefined && current !== row.entry) into.set(row, listRowOf(current, row.arrival));
  }
}

/**
 * The log moved on from `state` (rows dropped at the front, new ones at the end, pending ones
 * decoded): only those are worked on.
 */
function advance(state: State, input: ListInput): State {
  const before = state.input;
  const { log, sort, filter } = input;
  const previousEnd = endOf(before.log);
  const droppedCount = Math.min(log.firstArrival, previousEnd) - before.log.firstArrival;
  const addedFrom = Math.max(previousEnd, log.firstArrival);
  const remaining = state.rows.slice(droppedCount);
  const maySettle = log.settlements === undefined || log.settlements !== before.log.settlements;
  const settled = maySettle && state.rows.some((row) => row.pending) ? settledRows(remaining) : new Map<ListRow, ListRow>();
  if ((log.replacements ?? 0) !== (before.log.replacements ?? 0)) replacedRows(remaining, log, settled);
  const added = rowsOf(log.entries.slice(addedFrom - log.firstArrival), addedFrom);
  /** Rows new to the sort, the filter and the totals: those added, and those that replace a pending row. */
  const fresh = added.concat([...settled.values()]);
  const changed = droppedCount > 0 || fresh.length > 0;
  const rows = !changed ? state.rows : (settled.size === 0 ? remaining : remaining.map((row) => settled.get(row) ?? row)).concat(added);
  const accumulator = changed
    ? updatedTotals(state, state.rows.slice(0, droppedCount).concat([...settled.keys()]), fresh, rows)
    : state.accumulator;
  const totals = changed ? accumulator.snapshot() : state.totals;
  // A decoded row replaces its pending one with the same entry, and a replaced live entry is never
  // imported, so only the dropped and added count.
  const importedRows = changed
    ? state.importedRows - importedIn(state.rows.slice(0, droppedCount)) + importedIn(added)
    : state.importedRows;
  // Those dropped or replaced (a live row updated or confirmed) leave the count, those added or replacing come into it.
  const inFlightRows = changed
    ? state.inFlightRows - inFlightIn(state.rows.slice(0, droppedCount)) - inFlightIn([...settled.keys()]) + inFlightIn(fresh)
    : state.inFlightRows;
  const kept = (list: readonly ListRow[]): readonly ListRow[] =>
    droppedCount > 0 || settled.size > 0 ? list.filter((row) => row.arrival >= log.firstArrival && !settled.has(row)) : list;

  if (!sameSort(before.sort, sort)) {
    const sorted = sortRows(rows, sort);
    return { input, rows, sorted, ...filteredWithTotals(sorted, filter, totals), accumulator, totals, importedRows, inFlightRows };
  }
  const freshSorted = sortRows(fresh, sort);
  const sorted = changed ? mergeSorted(kept(state.sorted), freshSorted, sort) : state.sorted;
  // What the previous filter shows now, from its previous result plus the new rows it matches.
  const shown = !isFiltering(before.filter)
    ? sorted
    : changed
      ? mergeSorted(kept(state.visible), filtered(freshSorted, before.filter), sort)
      : state.visible;
  if (!sameFilter(before.filter, filter)) {
    const base = isFiltering(filter) && isFiltering(before.filter) && filterNarrows(before.filter, filter) ? shown : sorted;
    return { input, rows, sorted, ...filteredWithTotals(base, filter, totals), accumulator, totals, importedRows, inFlightRows };
  }
  const visible = shown;
  // The same filter: its totals stand while nothing changed, and are added up again from the rows shown when rows came or went.
  const shownTotals = !isFiltering(filter) ? totals : changed ? sessionTotals(visible) : state.shownTotals;
  return { input, rows, sorted, visible, shownTotals, accumulator, totals, importedRows, inFlightRows };
}

/**
 * What the list shows, kept up to date incrementally. Called with the current log, sort and filter
 * each time one of them changes (a computed signal of the store); it works on what changed since
 * the last call rather than on the whole list: rows are derived only for new exchanges, the
 * session totals add and drop one row at a time, new rows are sorted among themselves and merged
 * in, the filter looks only at new rows (or, while the user types on, at the rows it kept). Only
 * a new sort order or a filter that widens goes over every row, and a cleared or replaced log
 * (its generation changed) starts again from scratch.
 */
export function createListDerivation() {
  let state: State | null = null;
  return (input: ListInput): ListOutput => {
    const before = state?.input.log;
    const continues =
      before !== undefined &&
      before.generation === input.log.generation &&
      input.log.firstArrival >= before.firstArrival &&
      endOf(input.log) >= endOf(before);
    state = state !== null && continues ? advance(state, input) : fromScratch(input);
    return state;
  };
}
