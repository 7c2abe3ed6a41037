import { useMemo } from 'preact/hooks';
import { bidiMarked } from './bidiMarked';
import { lexMarkdown } from './lexMarkdown';
import { markdownBlocks } from './markdownBlocks';

type Props = { readonly text: string };

/**
 * Message text rendered as Markdown, as Preact elements made from marked's tokens: the text never
 * passes through an HTML parser, so nothing in it can become markup. When marked cannot tokenize
 * the text (nesting deep enough to overflow its stack) the text is shown as it is.
 */
export function MarkdownView({ text }: Props) {
  const blocks = useMemo(() => {
    const tokens = lexMarkdown(text);
    return tokens === null ? <p>{bidiMarked(text)}</p> : markdownBlocks(tokens, 0);
  }, [text]);
  return <div class="markdown">{blocks}</div>;
}
