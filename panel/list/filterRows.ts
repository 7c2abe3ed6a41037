import type { ListRow } from './listRow';

/** The toolbar's quick toggles; each one on narrows the list further (they combine with AND). */
export type QuickToggles = { readonly streams: boolean; readonly errors: boolean; readonly nonConforming: boolean };
export type QuickToggle = keyof QuickToggles;

export const noToggles: QuickToggles = { streams: false, errors: false, nonConforming: false };

export type RowFilter = { readonly text: string; readonly toggles: QuickToggles };

/** Words of the filter box; a row must contain every one (as DevTools' Network filter does). */
export function filterTerms(text: string): string[] {
  return text.toLowerCase().split(/\s+/).filter((term) => term !== '');
}

export function rowMatches(row: ListRow, terms: readonly string[], toggles: QuickToggles): boolean {
  if (toggles.streams && !row.isStream) return false;
  if (toggles.errors && !row.isError) return false;
  if (toggles.nonConforming && row.conforms) return false;
  return terms.every((term) => row.searchText.includes(term));
}

export function isFiltering(filter: RowFilter): boolean {
  return filterTerms(filter.text).length > 0 || filter.toggles.streams || filter.toggles.errors || filter.toggles.nonConforming;
}
