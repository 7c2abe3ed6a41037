import type { PanelStore } from '../../store/panelStore';
import type { ExchangeEntry } from '../../store/exchangeEntry';

/**
 * The exchanges an export writes: those the list shows. Until the list's filter lands in the
 * store, that is every exchange; reading it here keeps the switch to the filtered view to one line.
 */
export function shownEntries(store: PanelStore): readonly ExchangeEntry[] {
  return store.exchanges.value;
}
