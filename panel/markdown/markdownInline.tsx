import type { ComponentChildren } from 'preact';
import type { Token, Tokens } from 'marked';
import { bidiMarked } from './bidiMarked';
import { isMarkedToken, MAX_NESTING } from './lexMarkdown';
import { webHref } from './webHref';

/**
 * marked's inline tokens → Preact elements. Every string from the model becomes a text node (via
 * bidiMarked); the only attributes set from it are a checked http(s) href and a link title.
 */

/** Links open in a new tab without giving the opened page a handle on the panel. */
function WebLink({
  href,
  title,
  children,
}: {
  readonly href: string;
  readonly title?: string | null;
  readonly children: ComponentChildren;
}) {
  const target = webHref(href);
  if (target === null) return <a title={title ?? undefined}>{children}</a>;
  return (
    <a href={target} title={title ?? undefined} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  );
}

/** The panel never loads remote content (its CSP forbids it anyway): an image becomes a link to it. */
const imageLink = ({ href, title, text }: Tokens.Image) => (
  <WebLink href={href} title={title}>
    <span class="markdown-image-link">image: {bidiMarked(text === '' ? href : text)}</span>
  </WebLink>
);

function inlineToken(token: Token, depth: number): ComponentChildren {
  const inner = (tokens: readonly Token[]) => markdownInline(tokens, depth + 1);
  if (!isMarkedToken(token)) return bidiMarked(token.raw);
  switch (token.type) {
    case 'strong':
      return <strong>{inner(token.tokens)}</strong>;
    case 'em':
      return <em>{inner(token.tokens)}</em>;
    case 'del':
      return <del>{inner(token.tokens)}</del>;
    case 'codespan':
      return <code>{bidiMarked(token.text)}</code>;
    case 'br':
      return <br />;
    case 'link':
      return (
        <WebLink href={token.href} title={token.title}>
          {inner(token.tokens)}
        </WebLink>
      );
    case 'image':
      return imageLink(token);
    case 'text':
      // A block-level text token (a tight list item's line) carries its inline tokens.
      return token.tokens === undefined ? bidiMarked(token.text) : inner(token.tokens);
    case 'checkbox':
      // A task item's box, disabled: it reports what the model wrote and toggles nothing.
      return <input type="checkbox" checked={token.checked} disabled />;
    case 'escape':
    case 'html':
      // HTML the model wrote (`<script>`, `<img onerror>`) is shown as the text it is.
      return bidiMarked(token.text);
    default:
      return bidiMarked(token.raw);
  }
}

/** `depth` counts the elements around these tokens; past MAX_NESTING they are shown as their source. */
export const markdownInline = (tokens: readonly Token[], depth: number): ComponentChildren[] =>
  tokens.map((token) => (depth > MAX_NESTING ? bidiMarked(token.raw) : inlineToken(token, depth)));
