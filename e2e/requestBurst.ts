import type { Page } from '@playwright/test';
import { texts } from './detailTabs';
import type { LlmPanel } from './devtools';

/**
 * A burst of chat-completion calls from the inspected page to the demo server, and the moment the
 * LLM panel lists them all: shared by e2e/burst.spec.ts (the count) and bench/captureBurst.ts (the
 * time). Both clocks are `Date.now()` of the same browser on the same machine.
 */

export interface BurstOutcome {
  /** Responses read to the end with a status (any: error fixtures answer 4xx on purpose). */
  readonly answered: number;
  readonly firstSentAt: number;
  readonly lastAnsweredAt: number;
}

/** Fires `count` calls at once, cycling the named fixtures (`x-demo-fixture`), and reads every body to its end. */
export const fireBurst = (page: Page, count: number, fixtures: readonly string[]): Promise<BurstOutcome> =>
  page.evaluate(async ({ count, fixtures }) => {
    const firstSentAt = Date.now();
    const answeredAt = await Promise.all(Array.from({ length: count }, async (_, index) => {
      const fixture = fixtures[index % fixtures.length] ?? '';
      const response = await fetch('/v1/chat/completions', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-demo-fixture': fixture },
        body: JSON.stringify({ model: 'gpt-4o-mini', stream: fixture.endsWith('.sse'), messages: [{ role: 'user', content: `Burst call ${index}` }] }),
      });
      await response.text();
      return Date.now();
    }));
    return { answered: answeredAt.length, firstSentAt, lastAnsweredAt: Math.max(...answeredAt) };
  }, { count, fixtures });

const COUNT_TEXT = '[data-testid="exchange-count"]';

/**
 * Starts watching the panel's request count in the panel page itself (a MutationObserver, so no
 * polling round trip is in the figure): `window.llmBurstListedAt` becomes the time the count first
 * reads `expected` ("500 requests").
 */
export const watchForCount = async (panel: LlmPanel, expected: string): Promise<void> => {
  await panel.evaluate(`(() => {
    window.llmBurstListedAt = null;
    const check = () => {
      if (window.llmBurstListedAt === null && document.querySelector('${COUNT_TEXT}')?.textContent === ${JSON.stringify(expected)}) {
        window.llmBurstListedAt = Date.now();
        observer.disconnect();
      }
    };
    const observer = new MutationObserver(check);
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    check();
    return true;
  })()`);
};

/** When the count first read what `watchForCount` waited for, or null while it has not. */
export const listedAt = async (panel: LlmPanel): Promise<number | null> => {
  const value = await panel.evaluate('window.llmBurstListedAt');
  return typeof value === 'number' ? value : null;
};

/** The request count as the toolbar shows it ("500 requests"), or '' while there is none. */
export const countText = async (panel: LlmPanel): Promise<string> => (await texts(panel, COUNT_TEXT))[0] ?? '';
