import { FormatName, formatInfo } from '../../decode/index';
import { FILTER_KEYS, IS_VALUES, filterWords, splitKey } from './filterQuery';
import type { FilterKey } from './filterQuery';
import type { ListRow } from './listRow';

/** One entry of the filter box's suggestion list: what it shows, and the word that replaces the one at the caret. */
export type FilterSuggestion = {
  readonly label: string;
  /** What the entry says about itself (`model:` → "model name"); '' for a value. */
  readonly hint: string;
  readonly word: string;
  /** A key (`model:`): its values are suggested next. A value completes its word and moves on. */
  readonly completesWord: boolean;
};

/** The word being typed: where it sits in the box (an empty one between spaces or at the end). */
export type WordAtCaret = { readonly start: number; readonly end: number; readonly text: string };

const KEY_HINTS: Readonly<Record<FilterKey, string>> = {
  model: 'model name',
  provider: 'provider or host',
  format: 'anthropic, gemini, ai-sdk-ui…',
  status: '404, 4xx, 5xx…',
  finish: 'finish reason',
  is: 'stream, error, nonconforming, schema-error',
};

/** At most this many entries: the list is a hint, not a browser of every model seen. */
const MAX_SUGGESTIONS = 12;

export function wordAtCaret(text: string, caret: number): WordAtCaret {
  const word = filterWords(text).find((candidate) => candidate.start <= caret && caret <= candidate.end);
  return word === undefined
    ? { start: caret, end: caret, text: '' }
    : { start: word.start, end: word.end, text: text.slice(word.start, word.end) };
}

/** The values each key has among the listed rows (models, providers, format names, finish reasons, status codes and their classes). */
export function valuesSeen(rows: readonly ListRow[], key: FilterKey): string[] {
  if (key === 'is') return [...IS_VALUES];
  const values = new Set<string>();
  for (const row of rows) {
    if (row.pending) continue;
    if (key === 'model' && row.model !== '—' && row.model !== '') values.add(row.model);
    if (key === 'provider' && row.provider !== '') values.add(row.provider);
    if (key === 'format' && row.formatName !== null) values.add(row.formatName);
    if (key === 'finish') for (const reason of row.finishReason?.split(', ') ?? []) values.add(reason);
    if (key === 'status' && row.status > 0) values.add(String(row.status));
  }
  const seen = [...values].sort((a, b) => a.localeCompare(b));
  if (key !== 'status') return seen;
  // The classes first (`4xx`), then the codes seen.
  const classes = [...new Set(seen.map((status) => `${status.charAt(0)}xx`))];
  return [...classes, ...seen];
}

/**
 * What to offer for the word at the caret: the keys whose name it starts (`st` → `status:`), or,
 * after `key:`, the values seen in the log that contain what was typed (model, provider and finish)
 * or start with it (status, is). A leading `-` is kept. Empty when nothing fits, or when the only
 * fit is what was typed already.
 */
export function filterSuggestions(typed: string, rows: readonly ListRow[]): FilterSuggestion[] {
  const negation = typed.startsWith('-') ? '-' : '';
  const body = typed.slice(negation.length);
  const keyed = splitKey(body);
  const suggestions = keyed === null ? keySuggestions(body, negation) : valueSuggestions(keyed.key, keyed.value, negation, rows);
  const fits = suggestions.slice(0, MAX_SUGGESTIONS);
  return fits.length === 1 && fits[0]?.word.toLowerCase() === typed.toLowerCase() ? [] : fits;
}

function keySuggestions(body: string, negation: string): FilterSuggestion[] {
  const typed = body.toLowerCase();
  return FILTER_KEYS.filter((key) => key.startsWith(typed)).map((key) => ({
    label: `${negation}${key}:`,
    hint: KEY_HINTS[key],
    word: `${negation}${key}:`,
    completesWord: false,
  }));
}

function valueSuggestions(key: string, value: string, negation: string, rows: readonly ListRow[]): FilterSuggestion[] {
  const known = FILTER_KEYS.find((candidate) => candidate === key);
  if (known === undefined) return [];
  // An opening quote (`model:"mistral l`) is part of the typing, not of the value.
  const typed = value.replace(/^"|"$/g, '').toLowerCase();
  const prefixOnly = known === 'status' || known === 'is';
  // A format is offered by its name, with its label as the hint; typing either finds it.
  const hintOf = (seen: string): string => (known === 'format' && FormatName.is(seen) ? formatInfo(seen).label : '');
  return valuesSeen(rows, known)
    .filter((seen) => {
      const texts = [seen, hintOf(seen)].map((text) => text.toLowerCase()).filter((text) => text !== '');
      return texts.some((text) => (prefixOnly ? text.startsWith(typed) : text.includes(typed)));
    })
    .map((seen) => ({ label: seen, hint: hintOf(seen), word: `${negation}${known}:${quoted(seen)}`, completesWord: true }));
}

/** A value with a space (or a quote) is quoted, as the filter reads it back (filterQuery.ts). */
function quoted(value: string): string {
  return /[\s"]/.test(value) ? `"${value.replaceAll('"', '')}"` : value;
}

/** The box's text with the word at the caret replaced by a suggestion, and where the caret goes (after a space once a value is complete). */
export function acceptSuggestion(
  text: string,
  word: WordAtCaret,
  suggestion: FilterSuggestion,
): { readonly text: string; readonly caret: number } {
  const before = text.slice(0, word.start);
  const after = text.slice(word.end);
  const separator = suggestion.completesWord && !after.startsWith(' ') ? ' ' : '';
  const next = `${before}${suggestion.word}${separator}${after}`;
  return { text: next, caret: before.length + suggestion.word.length + (suggestion.completesWord ? 1 : 0) };
}
