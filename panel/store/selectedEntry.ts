import { materializedCapture } from './compactCapture';
import type { ExchangeEntry } from './exchangeEntry';

/**
 * The log's entries hold their decoding only weakly (loggedEntry.ts): the selected one is held here,
 * decoded whole (streams with their events, for Raw, Timing and Validation), for as long as it is
 * selected, so the detail's renders never decode it again. Once per selection, not per change of
 * the log. Its capture is held with its bodies as text (the log keeps them as bytes,
 * compactCapture.ts), decoded once here rather than on every read of the detail.
 */
export function createSelectedEntry() {
  let last: { readonly entry: ExchangeEntry; readonly held: ExchangeEntry } | null = null;
  return (entry: ExchangeEntry | null): ExchangeEntry | null => {
    if (entry === null) return null;
    if (last?.entry === entry) return last.held;
    const held: ExchangeEntry = { id: entry.id, captured: materializedCapture(entry.captured), outcome: entry.outcome };
    last = { entry, held };
    return held;
  };
}
