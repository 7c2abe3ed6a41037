import { test as base, expect } from '@playwright/test';
import { startDemoServer, type DemoServer } from '../../demo/server';
import { pageScript } from '../../browser/firefox/firefoxDevtools';
import { openFirefoxSession, pollUntil, type FirefoxSession } from '../../browser/firefox/firefoxSession';

/**
 * Every test gets its own demo server (port 0) and its own Firefox ESR (fresh temporary profile)
 * with dist/firefox installed as a temporary add-on, the demo page open and the toolbox open on it.
 * On failure, Firefox's own output is attached to the report.
 */
export interface DemoFirefox extends FirefoxSession {
  /** Clicks a demo page button and waits until its card says `ok` or `error`; returns that state. */
  runDemoCall(testId: string): Promise<string>;
}

type Fixtures = { demo: DemoServer; firefox: DemoFirefox };

export const test = base.extend<Fixtures>({
  // Playwright reads a fixture's dependencies from the destructuring pattern; this one has none.
  // eslint-disable-next-line no-empty-pattern
  demo: async ({}, use) => {
    const server = await startDemoServer({ port: 0, pacingMs: 5 });
    try {
      await use(server);
    } finally {
      await server.close();
    }
  },
  firefox: async ({ demo }, use, testInfo) => {
    const session = await openFirefoxSession(demo.url);
    try {
      await use({ ...session, runDemoCall: (testId) => runDemoCall(session, testId) });
    } finally {
      if (testInfo.status !== testInfo.expectedStatus) {
        await testInfo.attach('firefox-output.txt', { body: session.firefox.output(), contentType: 'text/plain' });
      }
      await session.close();
    }
  },
});

export { expect };

async function runDemoCall(session: FirefoxSession, testId: string): Promise<string> {
  const { marionette } = session.firefox;
  const card = `document.querySelector('[data-testid="${testId}"]')`;
  const clicked = await pageScript(marionette, `const button = ${card}; if (!button) return false; button.click(); return true;`);
  if (clicked !== true) throw new Error(`the demo page has no [data-testid="${testId}"] button`);
  const state = await pollUntil(
    () => pageScript(marionette, `return ${card}.parentElement.dataset.state;`),
    (value) => value === 'ok' || value === 'error',
    15_000,
    (last) => `the demo call ${testId} did not finish within 15 s (state ${String(last)})`,
  );
  return String(state);
}
