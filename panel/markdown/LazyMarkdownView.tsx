import type { FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { bidiMarked } from './bidiMarked';

type Props = { readonly text: string };
type MarkdownViewComponent = FunctionComponent<Props>;

/**
 * MarkdownView loaded when first needed (issue 16, item 4): marked builds its grammar's regular
 * expressions when its module is evaluated, which was a third of the panel page's own start-up in a
 * CPU profile of the first show, and no first paint needs Markdown. The first message shown
 * starts the load; until it is in (a chunk of the extension itself, so milliseconds), the text is
 * shown as it is, never a blank; if it cannot load, the text stays as it is.
 */
let loaded: MarkdownViewComponent | null = null;
let loading: Promise<MarkdownViewComponent> | null = null;

export const loadMarkdownView = (): Promise<MarkdownViewComponent> =>
  (loading ??= import('./MarkdownView').then((module) => (loaded = module.MarkdownView)));

export function LazyMarkdownView({ text }: Props) {
  const [View, setView] = useState<MarkdownViewComponent | null>(() => loaded);
  useEffect(() => {
    if (View !== null) return undefined;
    let mounted = true;
    loadMarkdownView().then(
      (component) => {
        if (mounted) setView(() => component);
      },
      () => undefined,
    );
    return () => {
      mounted = false;
    };
  }, [View]);
  if (View !== null) return <View text={text} />;
  return (
    <div class="markdown" data-markdown="loading">
      <p>{bidiMarked(text)}</p>
    </div>
  );
}
