import type { PanelStore } from '../../store/panelStore';
import type { ExchangeEntry } from '../../store/exchangeEntry';

/** The exchanges an export writes: those the list shows after its filter and toggles, in its order. */
export function shownEntries(store: PanelStore): readonly ExchangeEntry[] {
  return store.list.visible.value.map((row) => row.entry);
}
