/**
 * One argument quoted for a POSIX shell (bash, zsh, sh): single quotes keep everything literal,
 * newlines included, and a single quote inside becomes `'\''` (close, escaped quote, reopen).
 */
export function shellQuote(value: string): string {
  if (/^[A-Za-z0-9_./:@%+=,-]+$/.test(value)) return value;
  return `'${value.replace(/'/g, `'\\''`)}'`;
}
