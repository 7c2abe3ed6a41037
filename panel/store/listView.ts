import { action, computed, signal } from '@preact/signals';
import type { ReadonlySignal } from '@preact/signals';
import { createRowFilter, noToggles } from '../list/filterRows';
import type { QuickToggle, QuickToggles } from '../list/filterRows';
import { listRowOf } from '../list/listRow';
import { sessionTotals } from '../list/sessionTotals';
import { defaultSort, nextSort, sortRows } from '../list/sortRows';
import type { SortColumn, SortState } from '../list/sortRows';
import type { ExchangeEntry } from './exchangeEntry';

/**
 * What the list shows of the store's exchanges: the filter box, the quick toggles and the sort
 * order, and the rows they leave, in order. Part of the panel store (`store.list`).
 */
export type ListView = ReturnType<typeof createListView>;

type ListViewInput = {
  readonly exchanges: ReadonlySignal<readonly ExchangeEntry[]>;
  /** Arrival number of exchanges[0]; it grows as the oldest are dropped, so each row keeps its number. */
  readonly firstArrival: ReadonlySignal<number>;
  readonly selectedId: ReadonlySignal<string | null>;
  readonly select: (id: string | null) => void;
};

export function createListView({ exchanges, firstArrival, selectedId, select }: ListViewInput) {
  const filterText = signal('');
  const toggles = signal<QuickToggles>(noToggles);
  const sort = signal<SortState>(defaultSort);

  const rows = computed(() => {
    const first = firstArrival.value;
    return exchanges.value.map((entry, index) => listRowOf(entry, first + index));
  });
  const sorted = computed(() => sortRows(rows.value, sort.value));
  const filterRows = createRowFilter();
  /** The rows on screen, in display order. */
  const visible = computed(() => filterRows(sorted.value, { text: filterText.value, toggles: toggles.value }));
  /** Every listed exchange counts, whatever the filter shows. */
  const totals = computed(() => sessionTotals(rows.value));

  const setFilterText = action((text: string): void => {
    filterText.value = text;
  });
  const setToggle = action((toggle: QuickToggle, on: boolean): void => {
    toggles.value = { ...toggles.value, [toggle]: on };
  });
  const sortBy = action((column: SortColumn): void => {
    sort.value = nextSort(sort.value, column);
  });
  /** ↑/↓ through the rows as shown; with nothing selected (or the selection filtered out) ↓ starts at the top, ↑ at the bottom. */
  const moveSelection = action((step: 1 | -1): void => {
    const shown = visible.value;
    if (shown.length === 0) return;
    const current = shown.findIndex((row) => row.entry.id === selectedId.value);
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
    actions: { setFilterText, setToggle, sortBy, moveSelection },
  };
}

function asReadonly<T>(value: ReadonlySignal<T>): ReadonlySignal<T> {
  return value;
}
