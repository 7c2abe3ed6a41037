import { test as base, expect } from '@playwright/test';
import { startDemoServer, type DemoServer } from '../../demo/server';
import { openFirefoxSession, type FirefoxSession } from './firefoxSession';

/**
 * Every test gets its own demo server (port 0) and its own Firefox ESR (fresh temporary profile)
 * with dist/firefox installed as a temporary add-on, the demo page open and the toolbox open on it.
 * On failure, Firefox's own output is attached to the report.
 */
type Fixtures = { demo: DemoServer; firefox: FirefoxSession };

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
      await use(session);
    } finally {
      if (testInfo.status !== testInfo.expectedStatus) {
        await testInfo.attach('firefox-output.txt', { body: session.firefox.output(), contentType: 'text/plain' });
      }
      await session.close();
    }
  },
});

export { expect };
