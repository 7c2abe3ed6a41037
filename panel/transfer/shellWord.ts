import { shellQuote } from './shellQuote';

/**
 * One argument of a command as literal text and environment variable references, in order:
 * `Authorization: Bearer ` then OPENAI_API_KEY. Each shell is given it quoted its own way.
 */
export type WordPart = { readonly text: string } | { readonly variable: string };
export type ShellWord = readonly WordPart[];

/** Characters a double-quoted POSIX word would not keep literal; `!` for bash's history expansion. */
const DOUBLE_QUOTE_SPECIAL = /[$`"\\!]/;

/**
 * A POSIX shell (sh, bash, zsh) word. Text alone is single-quoted (shellQuote). With variables:
 * `"Authorization: Bearer $OPENAI_API_KEY"` when the text needs nothing escaped inside double
 * quotes, else single-quoted text with each `"$VARIABLE"` spliced in between
 * (`'{"api_key":"'"$OPENAI_API_KEY"'"}'`), so a `$` or backtick in the text is never expanded.
 */
export function posixWord(word: ShellWord): string {
  const parts = word.filter((part) => !('text' in part) || part.text !== '');
  if (parts.every((part) => 'text' in part)) return shellQuote(parts.map((part) => ('text' in part ? part.text : '')).join(''));
  if (parts.every((part) => !('text' in part) || !DOUBLE_QUOTE_SPECIAL.test(part.text))) {
    const inside = parts.map((part, index) => {
      if ('text' in part) return part.text;
      const next = parts[index + 1];
      // `$KEYabc` would name another variable: braces end the name.
      return next !== undefined && 'text' in next && /^[A-Za-z0-9_]/.test(next.text) ? `\${${part.variable}}` : `$${part.variable}`;
    });
    return `"${inside.join('')}"`;
  }
  return parts.map((part) => ('text' in part ? shellQuote(part.text) : `"$${part.variable}"`)).join('');
}

/**
 * Text for cmd.exe and then the MS C runtime's argument parser (curl.exe's), as Chrome's "Copy as
 * cURL (cmd)" writes it (devtools-frontend NetworkLogView escapeStringWin): the word in `^"…^"` so
 * cmd passes the quotes on, every character cmd could act on caret-escaped, `%` before a name
 * broken up as `%^` so cmd expands no variable of the text, a newline as `^` and two newlines.
 * One departure: Chrome doubles every backslash, but the C runtime halves only backslashes before
 * a `"` (and before the closing quote), so `C:\temp` arrived as `C:\\temp`; here only those are doubled.
 */
function escapeForCmd(text: string, last: boolean): string {
  return text
    .replace(
      last ? /(\\*)("|$)/g : /(\\*)(")/g,
      (_match, slashes: string, quote: string) => `${slashes}${slashes}${quote === '"' ? '\\"' : ''}`,
    )
    .replace(/[^a-zA-Z0-9\s_\-:=+~'/.,?;()*`]/g, '^$&')
    .replace(/%(?=[a-zA-Z0-9_])/g, '%^')
    .replace(/\r?\n/g, '^\n\n');
}

/** A cmd.exe word: variables as `%OPENAI_API_KEY%`, which cmd expands (see escapeForCmd for the text). */
export function cmdWord(word: ShellWord): string {
  const inside = word.map((part, index) => ('text' in part ? escapeForCmd(part.text, index === word.length - 1) : `%${part.variable}%`));
  return `^"${inside.join('')}^"`;
}
