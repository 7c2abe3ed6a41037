import { Lexer } from 'marked';
import type { MarkedToken, Token } from 'marked';

/**
 * Model output → marked's tokens (GitHub-flavoured Markdown). Only the lexer is used: the panel
 * turns tokens into Preact elements itself (markdownBlocks), so no HTML string is ever made and
 * untrusted text reaches the DOM only as text nodes.
 */

const markedTypes: ReadonlySet<string> = new Set<MarkedToken['type']>([
  'blockquote',
  'br',
  'checkbox',
  'code',
  'codespan',
  'def',
  'del',
  'em',
  'escape',
  'heading',
  'hr',
  'html',
  'image',
  'link',
  'list',
  'list_item',
  'paragraph',
  'space',
  'strong',
  'table',
  'text',
]);

/**
 * marked's Token type also admits extension tokens (`Tokens.Generic`, with `any` fields); we add no
 * extensions, so every token is one of marked's own, and this guard lets a switch narrow on it.
 */
export const isMarkedToken = (token: Token): token is MarkedToken => markedTypes.has(token.type);

/**
 * Elements nested deeper than this are shown as their Markdown source instead: rendering recurses
 * per level, and a hostile message of a thousand `>` overflows Preact's stack (500 nested lists
 * already do under happy-dom). Real answers nest a handful of levels.
 */
export const MAX_NESTING = 16;

/**
 * null when marked gives up: it recurses once per nesting level, so a few thousand `>` overflow the
 * stack (RangeError). The caller then shows the text as it came.
 */
export function lexMarkdown(text: string): readonly Token[] | null {
  try {
    // breaks: a single newline in model text is a line break, as chat UIs render model output (a
    // haiku stays three lines); code blocks keep their newlines as text either way.
    return Lexer.lex(text, { gfm: true, breaks: true });
  } catch {
    return null;
  }
}
