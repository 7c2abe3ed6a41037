import { answeredValue, browserAnswer } from './browserAnswer';

/** The part of `devtools.inspectedWindow` used here: Chrome calls back, Firefox resolves `[result, error]`. */
export interface InspectedWindow {
  eval(expression: string, callback: (...args: unknown[]) => void): unknown;
}

/** The inspected document's time origin: unchanged by pushState, new for every loaded document. */
async function documentOrigin(inspected: InspectedWindow): Promise<number | null> {
  const answer = await browserAnswer((callback) => inspected.eval('performance.timeOrigin', callback), 5_000);
  const value = answeredValue(answer);
  // Firefox's Promise answers `[result, error]`; Chrome calls back with the result itself.
  const result: unknown = answer.via === 'promise' && Array.isArray(value) ? value[0] : value;
  return typeof result === 'number' ? result : null;
}

/**
 * Chrome 153+ fires `onNavigated` for `history.pushState` route changes too; a single-page app would
 * lose its log on every route change if those cleared it. A navigation counts as a new document
 * only when the page's `performance.timeOrigin` changed. When the origin cannot be read (the page
 * is still loading, or eval is refused) the navigation is treated as a new document, which is what
 * browsers without that behaviour report anyway.
 */
export function newDocumentFilter(inspected: InspectedWindow, onNewDocument: (url: string) => void): (url: string) => void {
  let known: Promise<number | null> = documentOrigin(inspected);
  return (url) => {
    const previous = known;
    known = documentOrigin(inspected);
    void Promise.all([previous, known]).then(([before, after]) => {
      if (before !== null && after !== null && before === after) return;
      onNewDocument(url);
    });
  };
}
