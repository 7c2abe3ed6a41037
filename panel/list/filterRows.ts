import { parseFilter, statusFits, termImplies } from './filterQuery';
import type { FilterTerm, IsValue } from './filterQuery';
import type { ListRow } from './listRow';

/** The toolbar's quick toggles; each one on narrows the list further (they combine with AND). */
export type QuickToggles = { readonly streams: boolean; readonly errors: boolean; readonly nonConforming: boolean };
export type QuickToggle = keyof QuickToggles;

export const noToggles: QuickToggles = { streams: false, errors: false, nonConforming: false };

export type RowFilter = { readonly text: string; readonly toggles: QuickToggles };

/** The terms of the filter box (filterQuery.ts); a row must satisfy every one, as in DevTools' Network filter. */
export function filterTerms(text: string): FilterTerm[] {
  return parseFilter(text);
}

function termHolds(row: ListRow, term: FilterTerm): boolean {
  switch (term.key) {
    case 'text':
      return row.searchText.includes(term.value);
    case 'model':
      return row.model.toLowerCase().includes(term.value);
    case 'provider':
      return row.provider.toLowerCase().includes(term.value);
    case 'format':
      // The name (`ai-sdk-ui`) or the label (`AI SDK`): a user may know either.
      return (row.formatName?.includes(term.value) ?? false) || (row.formatName !== null && row.format.toLowerCase().includes(term.value));
    case 'finish':
      return row.finishReason !== null && row.finishReason.toLowerCase().includes(term.value);
    case 'status':
      return statusFits(row.status, term.value);
    case 'is':
      return isHolds(row, term.value);
  }
}

function isHolds(row: ListRow, value: IsValue): boolean {
  switch (value) {
    case 'stream':
      return row.isStream;
    case 'error':
      return row.isError;
    case 'nonconforming':
      return !row.conforms;
    case 'schema-error':
      return row.schemaErrors > 0;
  }
}

export function rowMatches(row: ListRow, terms: readonly FilterTerm[], toggles: QuickToggles): boolean {
  if (toggles.streams && !row.isStream) return false;
  if (toggles.errors && !row.isError) return false;
  if (toggles.nonConforming && row.conforms) return false;
  return terms.every((term) => termHolds(row, term) !== term.negated);
}

export function isFiltering(filter: RowFilter): boolean {
  return filterTerms(filter.text).length > 0 || filter.toggles.streams || filter.toggles.errors || filter.toggles.nonConforming;
}

/**
 * Whether `after` can only hide more rows than `before` (the same toggles, and each term of
 * `before` implied by one of `after`: typing on in a word, or adding one): the rows `before` kept
 * are then all that need searching. Not a text prefix test: `-gpt` → `-gpt-4` shows more.
 */
export function filterNarrows(before: RowFilter, after: RowFilter): boolean {
  const sameToggles =
    before.toggles.streams === after.toggles.streams &&
    before.toggles.errors === after.toggles.errors &&
    before.toggles.nonConforming === after.toggles.nonConforming;
  if (!sameToggles) return false;
  const stronger = filterTerms(after.text);
  return filterTerms(before.text).every((weaker) => stronger.some((term) => termImplies(term, weaker)));
}
