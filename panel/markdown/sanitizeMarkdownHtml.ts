import DOMPurify from 'dompurify';
import type { DOMPurify as Purifier } from 'dompurify';

/**
 * The security boundary for rendered Markdown: untrusted HTML → an inert DocumentFragment of a few
 * formatting elements. Links keep their href only for http(s) and open in a new tab without
 * giving the opened page a handle on the panel (rel=noopener noreferrer). No images, no styles,
 * no forms, no event handlers. The fragment is appended with a ref: Preact never sees HTML.
 */

const allowedTags = [
  'p', 'br', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'strong', 'em', 'del', 's', 'code', 'pre', 'blockquote',
  'ul', 'ol', 'li', 'a', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'sup', 'sub',
];
const allowedAttributes = ['href', 'title', 'start', 'class'];
const webLink = /^https?:\/\//i;

let purifier: Purifier | null = null;

/** One DOMPurify instance of our own, so the link hook never applies to anyone else's sanitizing. */
function markdownPurifier(): Purifier {
  if (purifier !== null) return purifier;
  const instance = DOMPurify(window);
  instance.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeName !== 'A' || !(node instanceof Element)) return;
    const href = node.getAttribute('href');
    if (href === null || !webLink.test(href.trim())) {
      // mailto:, data:, relative paths: would navigate the DevTools panel itself or do nothing useful.
      node.removeAttribute('href');
      return;
    }
    node.setAttribute('target', '_blank');
    node.setAttribute('rel', 'noopener noreferrer');
  });
  purifier = instance;
  return instance;
}

/** null when this DOM cannot sanitize (DOMPurify.isSupported false): the caller shows raw text. */
export function sanitizeMarkdownHtml(html: string): DocumentFragment | null {
  const instance = markdownPurifier();
  if (!instance.isSupported) return null;
  return instance.sanitize(html, {
    ALLOWED_TAGS: allowedTags,
    ALLOWED_ATTR: allowedAttributes,
    ALLOWED_URI_REGEXP: webLink,
    RETURN_DOM_FRAGMENT: true,
  });
}
