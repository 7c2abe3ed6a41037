import type { ComponentChildren } from 'preact';
import type { Token, Tokens } from 'marked';
import { bidiMarked } from './bidiMarked';
import { isMarkedToken, MAX_NESTING } from './lexMarkdown';
import { markdownInline } from './markdownInline';

/** marked's block tokens → Preact elements: no HTML string anywhere, text only as text nodes. */

const headingTags = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'] as const;

/** Column alignment as a class: the pages' CSP allows no inline style attributes. */
const alignClass = (align: Tokens.TableCell['align']) => (align === null ? undefined : `markdown-align-${align}`);

function table({ header, rows }: Tokens.Table, depth: number) {
  return (
    <table>
      <thead>
        <tr>
          {header.map((cell) => (
            <th class={alignClass(cell.align)}>{markdownInline(cell.tokens, depth + 1)}</th>
          ))}
        </tr>
      </thead>
      {rows.length === 0 ? null : (
        <tbody>
          {rows.map((row) => (
            <tr>
              {row.map((cell) => (
                <td class={alignClass(cell.align)}>{markdownInline(cell.tokens, depth + 1)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      )}
    </table>
  );
}

function list({ ordered, start, items }: Tokens.List, depth: number) {
  const children = items.map((item) => <li>{markdownBlocks(item.tokens, depth + 1)}</li>);
  if (!ordered) return <ul>{children}</ul>;
  return <ol start={start === '' || start === 1 ? undefined : start}>{children}</ol>;
}

function blockToken(token: Token, depth: number): ComponentChildren {
  if (!isMarkedToken(token)) return <p>{bidiMarked(token.raw)}</p>;
  switch (token.type) {
    case 'paragraph':
      return <p>{markdownInline(token.tokens, depth + 1)}</p>;
    case 'heading': {
      const Heading = headingTags[token.depth - 1] ?? 'h6';
      return <Heading>{markdownInline(token.tokens, depth + 1)}</Heading>;
    }
    case 'code':
      // The fence's language is not used: nothing is highlighted, and it is the model's text.
      return (
        <pre>
          <code>{bidiMarked(token.text)}</code>
        </pre>
      );
    case 'blockquote':
      return <blockquote>{markdownBlocks(token.tokens, depth + 1)}</blockquote>;
    case 'list':
      return list(token, depth);
    case 'table':
      return table(token, depth);
    case 'hr':
      return <hr />;
    case 'html':
      // A block of HTML the model wrote is shown as the text it is.
      return <p>{bidiMarked(token.text)}</p>;
    case 'space':
    case 'def':
      return null;
    default:
      // Inline-level tokens at block level (a tight list item's text and task box): rendered inline.
      return markdownInline([token], depth);
  }
}

/** `depth` counts the elements around these tokens; past MAX_NESTING they are shown as their source. */
export const markdownBlocks = (tokens: readonly Token[], depth: number): ComponentChildren[] =>
  tokens.map((token) => (depth > MAX_NESTING ? <p>{bidiMarked(token.raw)}</p> : blockToken(token, depth)));
