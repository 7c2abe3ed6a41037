import { useLayoutEffect, useRef } from 'preact/hooks';
import { markdownToHtml } from '../../../markdown/markdownToHtml';
import { sanitizeMarkdownHtml } from '../../../markdown/sanitizeMarkdownHtml';

type Props = { readonly text: string; readonly testid?: string };

/**
 * Message text rendered as Markdown. The sanitized fragment is appended through a ref: Preact's
 * raw-HTML prop is removed from the build, and this element has no Preact children to clash with.
 */
export function MarkdownText({ text, testid }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const fragment = sanitizeMarkdownHtml(markdownToHtml(text));
    // No sanitizer in this DOM: fail closed, the text as text.
    ref.current?.replaceChildren(fragment ?? document.createTextNode(text));
  }, [text]);
  return <div class="markdown" ref={ref} data-testid={testid} />;
}
