/**
 * The filter box's language, after DevTools' Network filter: words separated by spaces, all of
 * which must hold (AND); `key:value` for a column (`model:`, `provider:`, `format:`, `status:`,
 * `finish:`, `is:`; `format:` takes a format's name or label, `format:anthropic`, `format:ai-sdk-ui`;
 * `is:` takes `stream`, `error`, `nonconforming` or `schema-error`, an exchange with an error against the
 * JSON Schemas its request carried: tool arguments or a structured answer that break them); `-` before a
 * term negates it; double quotes keep spaces in a value (`model:"large 2"`).
 * An unknown key (`foo:bar`), an `is:` value or a `status:` value it cannot read are searched as
 * plain text, as DevTools does with a key it does not know. Everything is case-insensitive.
 * Parsed once per keystroke into terms (filterRows.ts matches rows against them).
 */

export const FILTER_KEYS = ['model', 'provider', 'format', 'status', 'finish', 'is'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

export const IS_VALUES = ['stream', 'error', 'nonconforming', 'schema-error'] as const;
export type IsValue = (typeof IS_VALUES)[number];

/** A substring to find in the row's searchable text, or in one column. Values are lower case. */
type TextTerm = { readonly key: 'text' | 'model' | 'provider' | 'format' | 'finish'; readonly value: string; readonly negated: boolean };
/** `status:` as digits and `x` for any digit, matched from the start: `4` and `4xx` are every 4xx, `429` one code. */
type StatusTerm = { readonly key: 'status'; readonly value: string; readonly negated: boolean };
type IsTerm = { readonly key: 'is'; readonly value: IsValue; readonly negated: boolean };

export type FilterTerm = TextTerm | StatusTerm | IsTerm;

/** One word of the box as typed: where it starts and ends, its text without quotes and whether it was quoted. */
export type FilterWord = { readonly start: number; readonly end: number; readonly text: string };

/** The words of the box: runs of non-space characters, where a double-quoted part may hold spaces (an open quote runs to the end). */
export function filterWords(text: string): FilterWord[] {
  const words: FilterWord[] = [];
  let index = 0;
  while (index < text.length) {
    while (index < text.length && /\s/.test(text.charAt(index))) index += 1;
    if (index >= text.length) break;
    const start = index;
    let word = '';
    let quoted = false;
    while (index < text.length && (quoted || !/\s/.test(text.charAt(index)))) {
      const char = text.charAt(index);
      if (char === '"') quoted = !quoted;
      else word += char;
      index += 1;
    }
    words.push({ start, end: index, text: word });
  }
  return words;
}

const isFilterKey = (key: string): key is FilterKey => (FILTER_KEYS as readonly string[]).includes(key);
const isIsValue = (value: string): value is IsValue => (IS_VALUES as readonly string[]).includes(value);

/** `key:value` split at the first colon, the key lower-cased; null when the word has no key before a colon. */
export function splitKey(word: string): { readonly key: string; readonly value: string } | null {
  const match = /^([a-z]+):(.*)$/is.exec(word);
  if (match === null) return null;
  return { key: (match[1] ?? '').toLowerCase(), value: match[2] ?? '' };
}

/** The term one word means, or null for a word that asks nothing yet (`-`, `model:`). */
export function parseWord(word: string): FilterTerm | null {
  const negated = word.startsWith('-') && word.length > 1;
  const body = (negated ? word.slice(1) : word).toLowerCase();
  if (body === '' || body === '-') return null;
  const keyed = splitKey(body);
  if (keyed === null || !isFilterKey(keyed.key)) return { key: 'text', value: body, negated };
  const { key, value } = keyed;
  // A key typed without its value yet filters nothing, so the list does not empty while typing.
  if (value === '') return null;
  if (key === 'is') return isIsValue(value) ? { key, value, negated } : { key: 'text', value: body, negated };
  if (key === 'status') return /^[0-9x]{1,3}$/.test(value) ? { key, value, negated } : { key: 'text', value: body, negated };
  return { key, value, negated };
}

/** The terms of the filter box, in the order typed. */
export function parseFilter(text: string): FilterTerm[] {
  return filterWords(text).flatMap((word) => {
    const term = parseWord(word.text);
    return term === null ? [] : [term];
  });
}

/** Whether a status code fits a `status:` value: digit for digit from the start, `x` for any digit. */
export function statusFits(status: number, pattern: string): boolean {
  const digits = String(status);
  if (pattern.length > digits.length) return false;
  for (let index = 0; index < pattern.length; index += 1) {
    const want = pattern.charAt(index);
    if (want !== 'x' && want !== digits.charAt(index)) return false;
  }
  return true;
}

/**
 * Whether every row `stronger` keeps is also kept by `weaker` (as for `model:gpt-4` and
 * `model:gpt`): the list's derivation then needs to search only what `weaker` kept. False when
 * unsure, which only costs a search of every row.
 */
export function termImplies(stronger: FilterTerm, weaker: FilterTerm): boolean {
  if (stronger.key !== weaker.key || stronger.negated !== weaker.negated) return false;
  // Negated, the containment turns round: "without `gpt`" keeps fewer rows than "without `gpt-4`".
  const [more, less] = stronger.negated ? [weaker, stronger] : [stronger, weaker];
  if (more.key === 'is') return more.value === less.value;
  if (more.key === 'status') return statusPatternImplies(more.value, less.value);
  return more.value.includes(less.value);
}

/** Every code `more` fits also fits `less`: `less` is no longer, and each of its digits is `x` or the same digit. */
function statusPatternImplies(more: string, less: string): boolean {
  if (more.length < less.length) return false;
  for (let index = 0; index < less.length; index += 1) {
    const want = less.charAt(index);
    if (want !== 'x' && want !== more.charAt(index)) return false;
  }
  return true;
}
