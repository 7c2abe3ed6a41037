/**
 * V8 keeps the string of a page's last successful RegExp match alive (for `RegExp.lastMatch` and
 * `$_`). A decoder's last match is often on a slice of a body, and a slice keeps its whole parent:
 * the last body decoded stays on the heap as text, up to megabytes, after the store holds it only as
 * bytes (compactCapture.ts). Seen in a heap snapshot at 10,001 exchanges: the 1 MiB stream's text
 * (1.2 MiB) retained by nothing but the native context's `regexp_last_match_info`.
 */
const EMPTY = /(?:)/;

/** Makes the empty string the last match's subject, so the last body's text can be collected. */
export const releaseLastMatchSubject = (): void => {
  EMPTY.exec('');
};
