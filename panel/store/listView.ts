import { action, computed, signal } from '@preact/signals';
import type { ReadonlySignal } from '@preact/signals';
import { isFiltering, noToggles } from '../list/filterRows';
import type { QuickToggle, QuickToggles } from '../list/filterRows';
import { createListDerivation } from '../list/listDerivation';
import type { LogSnapshot } from '../list/listDerivation';
import type { SessionTotals } from '../list/sessionTotals';
import { defaultSort, nextSort } from '../list/sortRows';
import type { SortColumn, SortState } from '../list/sortRows';

/**
 * What the list shows of the store's exchanges: the filter box, the quick toggles and the sort
 * order, and the rows they leave, in order. Part of the panel store (`store.list`).
 */
export type ListView = ReturnType<typeof createListView>;

/** What the session totals count while a filter hides rows: the rows shown (the default) or every listed exchange. */
export type TotalsScope = 'shown' | 'all';

type ListViewInput = {
  /** The store's log: its entries, oldest first, and how they are numbered. */
  readonly log: ReadonlySignal<LogSnapshot>;
  readonly selectedId: ReadonlySignal<string | null>;
  readonly select: (id: string | null) => void;
};

export function createListView({ log, selectedId, select }: ListViewInput) {
  const filterText = signal('');
  const toggles = signal<QuickToggles>(noToggles);
  const sort = signal<SortState>(defaultSort);
  const totalsScope = signal<TotalsScope>('shown');

  const derive = createListDerivation();
  /**
   * Rows, shown rows and totals, worked out from what changed since the last read (a burst of new
   * exchanges, a keystroke, a sort): listDerivation.ts. Each part below keeps its identity while
   * unchanged, so a keystroke does not redraw the session totals.
   */
  const derived = computed(() => derive({ log: log.value, sort: sort.value, filter: { text: filterText.value, toggles: toggles.value } }));
  /** Every listed exchange's row, in arrival order. */
  const rows = computed(() => derived.value.rows);
  /** The rows on screen, in display order. */
  const visible = computed(() => derived.value.visible);
  /** Every listed exchange counts, whatever the filter shows. */
  const totals = computed(() => derived.value.totals);
  /** How many listed exchanges came from an imported HAR file, whatever the filter shows. */
  const importedRows = computed(() => derived.value.importedRows);
  /** How many listed exchanges the Live tap says are in flight, whatever the filter shows. */
  const inFlightRows = computed(() => derived.value.inFlightRows);
  /** Whether the filter or a toggle is narrowing the list. */
  const filtering = computed(() => isFiltering({ text: filterText.value, toggles: toggles.value }));
  /**
   * The totals of the rows shown: added up in the filter's own pass when the filter changes
   * (listDerivation.ts); while nothing is filtered, the running totals of all.
   */
  const shownTotals = computed((): SessionTotals => derived.value.shownTotals);
  /** Where the selection is among the rows shown (-1: none, or filtered out); looked up once per change, not per scroll. */
  const selectedIndex = computed(() => {
    const id = selectedId.value;
    return id === null ? -1 : visible.value.findIndex((row) => row.entry.id === id);
  });

  /** As in DevTools' Network panel, a selected row the filter hides closes its detail. */
  const deselectHidden = (): void => {
    const id = selectedId.value;
    if (id !== null && !visible.value.some((row) => row.entry.id === id)) select(null);
  };
  const setFilterText = action((text: string): void => {
    filterText.value = text;
    deselectHidden();
  });
  const setToggle = action((toggle: QuickToggle, on: boolean): void => {
    toggles.value = { ...toggles.value, [toggle]: on };
    deselectHidden();
  });
  const setTotalsScope = action((scope: TotalsScope): void => {
    totalsScope.value = scope;
  });
  const sortBy = action((column: SortColumn): void => {
    sort.value = nextSort(sort.value, column);
  });
  /** ↑/↓ through the rows as shown; with nothing selected (or the selection filtered out) ↓ starts at the top, ↑ at the bottom. */
  const moveSelection = action((step: 1 | -1): void => {
    const shown = visible.value;
    if (shown.length === 0) return;
    const current = selectedIndex.value;
    const next = current === -1 ? (step === 1 ? 0 : shown.length - 1) : Math.min(shown.length - 1, Math.max(0, current + step));
    select(shown[next]?.entry.id ?? null);
  });

  return {
    filterText: asReadonly(filterText),
    toggles: asReadonly(toggles),
    sort: asReadonly(sort),
    rows,
    visible,
    totals,
    importedRows,
    inFlightRows,
    filtering,
    shownTotals,
    totalsScope: asReadonly(totalsScope),
    selectedIndex,
    actions: { setFilterText, setToggle, setTotalsScope, sortBy, moveSelection },
  };
}

function asReadonly<T>(value: ReadonlySignal<T>): ReadonlySignal<T> {
  return value;
}
