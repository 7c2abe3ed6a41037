import { answeredValue, withinTimeout } from './browserAnswer';

/**
 * The part of `browser.devtools.inspectedWindow` used here. Its `eval` resolves `[result,
 * exceptionInfo]` in Firefox; in Chrome webextension-polyfill resolves with the callback's
 * arguments, which are just `result` when there was no exception (the polyfill unwraps a single
 * callback argument; seen on Chromium 156: the callback got `[1796607462012.5]`).
 */
export interface InspectedWindow {
  eval(expression: string): PromiseLike<unknown>;
}

/** The inspected document's time origin: unchanged by pushState, new for every loaded document. */
async function documentOrigin(inspected: InspectedWindow): Promise<number | null> {
  const answer = await withinTimeout(() => inspected.eval('performance.timeOrigin'), 5_000);
  const value = answeredValue(answer);
  const result: unknown = Array.isArray(value) ? value[0] : value;
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
