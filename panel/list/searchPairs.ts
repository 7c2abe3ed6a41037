/**
 * Which pairs of adjacent characters a row's search text holds, as a bitset made once per row, so
 * a filter word can pass over most rows without searching their text: a row lacking one of the
 * word's pairs cannot contain the word. Round s8 (issue 16): at 10,000 rows, typing the second
 * letter of a word searched every row's whole text (the first letter is found near the start of
 * nearly all), and that search was the slowest keystroke's script.
 *
 * Letters and digits each have a class of their own, so pairs of them are told apart exactly;
 * every other character shares one of 9 classes, where pairs can collide. A collision only lets
 * a row through to the real search (`includes`), so the answer never changes, only its cost.
 */

const LETTERS = 26;
const DIGITS = 10;
const OTHER_CLASSES = 9;
const CLASSES = LETTERS + DIGITS + OTHER_CLASSES;
const WORDS = Math.ceil((CLASSES * CLASSES) / 32);

export type SearchPairs = Uint32Array;

function classOf(code: number): number {
  if (code >= 97 && code <= 122) return code - 97;
  if (code >= 48 && code <= 57) return LETTERS + code - 48;
  return LETTERS + DIGITS + (code % OTHER_CLASSES);
}

/** The pairs of `text` (already lowercased, as the row's search text is). */
export function searchPairsOf(text: string): SearchPairs {
  const bits = new Uint32Array(WORDS);
  let previous = text.length > 0 ? classOf(text.charCodeAt(0)) : 0;
  for (let index = 1; index < text.length; index += 1) {
    const current = classOf(text.charCodeAt(index));
    const bit = previous * CLASSES + current;
    bits[bit >>> 5] = (bits[bit >>> 5] ?? 0) | (1 << (bit & 31));
    previous = current;
  }
  return bits;
}

/** False only when `text` (whose pairs these are) cannot contain `word`; true means search it. */
export function mayContain(pairs: SearchPairs, word: string): boolean {
  for (let index = 1; index < word.length; index += 1) {
    const bit = classOf(word.charCodeAt(index - 1)) * CLASSES + classOf(word.charCodeAt(index));
    if (((pairs[bit >>> 5] ?? 0) & (1 << (bit & 31))) === 0) return false;
  }
  return true;
}
