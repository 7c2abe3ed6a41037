import type { MessageFormat } from '../../../settings/panelSettings';
import { LazyMarkdownView } from '../../../markdown/LazyMarkdownView';

type Props = { readonly text: string | null; readonly format: MessageFormat; readonly testid?: string };

/** A message's text as Markdown or as the raw string; null and '' are said, not left blank. */
export function MessageText({ text, format, testid = 'conversation-content' }: Props) {
  if (text === null)
    return (
      <p class="missing" data-testid={testid} data-format="none">
        (no content)
      </p>
    );
  if (text === '')
    return (
      <p class="missing" data-testid={testid} data-format="none">
        (empty)
      </p>
    );
  if (format === 'raw') {
    return (
      <pre class="text-block" data-testid={testid} data-format="raw">
        {text}
      </pre>
    );
  }
  return (
    <div data-testid={testid} data-format="markdown">
      <LazyMarkdownView text={text} />
    </div>
  );
}
