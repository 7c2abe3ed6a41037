import type { Page } from '@playwright/test';
import * as E from 'fp-ts/Either';
import * as t from 'io-ts';
import { attachDevtools, type LlmPanel } from '../browser/devtools';
import { launchWithExtension } from '../browser/launchChromium';
import { pollUntil } from '../browser/polling';

/**
 * One repetition of "ready when shown" (issue 16, item 3), in a fresh browser with DevTools open:
 * the inspected tab makes `calls` chat-completion calls while the LLM panel has never been shown
 * (the devtools page captures them; the panel page does not exist yet), then the panel is shown
 * and the User Timing marks the extension leaves on the panel page's timeline are read through CDP
 * (extension/panelMarks.ts; the names are a contract, bench/ may not import extension/).
 */

const SHOWN_MARK = 'llm-panel:shown';
const LISTENING_PAINTED_MARK = 'llm-panel:listening-painted';
const ROWS_PAINTED_MARK = 'llm-panel:rows-painted';

/** Calls in flight at once: Chromium queues past 6 per host anyway; this bounds the page's promises. */
const BATCH = 500;
/** After the last response, time for the devtools page to receive each request's body (getContent). */
const CAPTURE_SETTLE_MS = 3_000;

const Mark = t.type({ name: t.string, startTime: t.number, exchanges: t.union([t.number, t.null]) });
const Timeline = t.type({ marks: t.array(Mark), countText: t.string, loadedAt: t.number });
type Mark = t.TypeOf<typeof Mark>;

export interface ReadyRepeat {
  readonly calls: number;
  /** Since the panel page's time origin (DevTools creating its frame on the first show). */
  readonly shownAt: number;
  /** From onShown to the first paint of the connected panel (empty state or list). */
  readonly listeningMs: number;
  /** From onShown to the first paint with rows; null when nothing was captured. */
  readonly rowsMs: number | null;
  /** The panel page's load event ended, since its time origin (-1: no navigation timing). */
  readonly loadedAt: number;
  /** The same paint since the panel page's time origin: its loading included. */
  readonly paintedAt: number;
  /** How many exchanges the list held when the rows were first painted. */
  readonly rowsListed: number | null;
  /** From onShown until the count first read every call (null: it already did when the bench began watching). */
  readonly allListedMs: number | null;
  /** The toolbar's request count once everything was listed. */
  readonly countText: string;
}

const fireCalls = (page: Page, count: number, fixtures: readonly string[]) =>
  page.evaluate(
    async ({ count, fixtures, batch }) => {
      let answered = 0;
      for (let start = 0; start < count; start += batch) {
        const size = Math.min(batch, count - start);
        await Promise.all(
          Array.from({ length: size }, async (_, offset) => {
            const index = start + offset;
            const fixture = fixtures[index % fixtures.length] ?? '';
            const response = await fetch('/v1/chat/completions', {
              method: 'POST',
              headers: { 'content-type': 'application/json', 'x-demo-fixture': fixture },
              body: JSON.stringify({
                model: 'gpt-4o-mini',
                stream: fixture.endsWith('.sse'),
                messages: [{ role: 'user', content: `Call ${index} before the panel is shown` }],
              }),
            });
            await response.text();
            answered += 1;
          }),
        );
      }
      return answered;
    },
    { count, fixtures, batch: BATCH },
  );

const readTimeline = async (panel: LlmPanel) => {
  const value = await panel.evaluate(`(() => ({
  marks: performance.getEntriesByType('mark')
    .filter((mark) => mark.name.startsWith('llm-panel:'))
    .map((mark) => ({ name: mark.name, startTime: mark.startTime, exchanges: typeof mark.detail?.exchanges === 'number' ? mark.detail.exchanges : null })),
  countText: document.querySelector('[data-testid="exchange-count"]')?.textContent ?? '',
  loadedAt: performance.getEntriesByType('navigation')[0]?.loadEventEnd ?? -1,
}))()`);
  const decoded = Timeline.decode(value);
  if (E.isLeft(decoded)) throw new Error(`the panel page's timeline is not what the bench reads: ${JSON.stringify(value)}`);
  return decoded.right;
};

/**
 * Notes on the panel page's timeline when the request count first reads `expected` (a
 * MutationObserver, so no polling round trip is in it). False when it already did: the bench
 * attached too late to time it.
 */
const watchForCount = async (panel: LlmPanel, expected: string): Promise<boolean> => {
  const watching = await panel.evaluate(`(() => {
  window.llmReadyAllListedAt = null;
  const read = () => document.querySelector('[data-testid="exchange-count"]')?.textContent;
  if (read() === ${JSON.stringify(expected)}) return false;
  const observer = new MutationObserver(() => {
    if (read() === ${JSON.stringify(expected)}) {
      window.llmReadyAllListedAt = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  return true;
})()`);
  return watching === true;
};

const markNamed = (marks: readonly Mark[], name: string): Mark | undefined => marks.find((mark) => mark.name === name);

export const runReadyWhenShown = async (
  extensionDir: string,
  demoUrl: string,
  calls: number,
  fixtures: readonly string[],
): Promise<ReadyRepeat> => {
  const browser = await launchWithExtension({ headless: true, extensionDir });
  try {
    await browser.page.goto(demoUrl);
    const devtools = await attachDevtools(browser.context, extensionDir);
    if (calls > 0) {
      const answered = await fireCalls(browser.page, calls, fixtures);
      if (answered !== calls) throw new Error(`only ${answered} of ${calls} calls were answered`);
      await new Promise((resolve) => setTimeout(resolve, CAPTURE_SETTLE_MS));
    }
    const panel = await devtools.showLlmPanel();
    const expected = `${calls.toLocaleString('en-US')} ${calls === 1 ? 'request' : 'requests'}`;
    const watching = await watchForCount(panel, expected);
    const wanted = calls > 0 ? ROWS_PAINTED_MARK : LISTENING_PAINTED_MARK;
    await pollUntil(
      async () => markNamed((await readTimeline(panel)).marks, wanted) !== undefined,
      30_000,
      `the panel page has no ${wanted} mark 30 s after being shown`,
    );
    const { marks, loadedAt } = await readTimeline(panel);
    const shown = markNamed(marks, SHOWN_MARK);
    const listening = markNamed(marks, LISTENING_PAINTED_MARK);
    const rows = markNamed(marks, ROWS_PAINTED_MARK);
    if (shown === undefined || listening === undefined) throw new Error(`the panel page lacks a mark: ${JSON.stringify(marks)}`);
    if (calls > 0 && rows === undefined) throw new Error(`the panel page has no ${ROWS_PAINTED_MARK} mark`);
    let countText = '';
    await pollUntil(
      async () => {
        countText = (await readTimeline(panel)).countText;
        return calls === 0 || countText === expected;
      },
      30_000,
      () => `the panel did not list ${expected} within 30 s; it shows "${countText}"`,
    );
    const allListedAt = await panel.evaluate('window.llmReadyAllListedAt');
    return {
      calls,
      allListedMs: watching && typeof allListedAt === 'number' ? allListedAt - shown.startTime : null,
      shownAt: shown.startTime,
      loadedAt,
      listeningMs: listening.startTime - shown.startTime,
      rowsMs: rows === undefined ? null : rows.startTime - shown.startTime,
      paintedAt: (rows ?? listening).startTime,
      rowsListed: rows?.exchanges ?? null,
      countText,
    };
  } finally {
    await browser.close();
  }
};
