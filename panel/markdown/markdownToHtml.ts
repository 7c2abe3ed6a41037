import { Marked } from 'marked';
import type { Tokens } from 'marked';

/**
 * Model output as Markdown → an HTML string for sanitizeMarkdownHtml (never for the DOM directly).
 * Two choices on top of GFM, both so the developer sees what the model wrote rather than what a
 * browser would make of it:
 * - HTML the model put in its text (`<script>`, `<img onerror>`) is shown as text, not parsed;
 * - images become links (the panel never loads remote content; its CSP forbids it anyway).
 * The output still goes through DOMPurify: these renderers are a display choice, not the defence.
 */

const escapes: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (character) => escapes[character] ?? character);

const markdown = new Marked({
  gfm: true,
  async: false,
  renderer: {
    html({ text }: Tokens.HTML | Tokens.Tag): string {
      return escapeHtml(text);
    },
    image({ href, text }: Tokens.Image): string {
      const label = text === '' ? href : text;
      return `<a href="${escapeHtml(href)}" class="markdown-image-link">image: ${escapeHtml(label)}</a>`;
    },
  },
});

export function markdownToHtml(text: string): string {
  return markdown.parse(text, { async: false });
}
