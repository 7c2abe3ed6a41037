import { test as base, expect, type Page } from '@playwright/test';
import { startDemoServer, type DemoServer } from '../demo/server';
import { attachDevtools, type DevtoolsWindow } from '../browser/devtools';
import { launchWithExtension, type LaunchedBrowser } from '../browser/launchChromium';

/**
 * Every test gets its own demo server (port 0) and its own Chromium with dist/chrome loaded and
 * DevTools open on the demo page. `E2E_HEADED=1` shows the window (needs a display or xvfb-run).
 */
type Options = {
  /** Delay between two SSE events the demo server writes (ms); `test.use({ demoPacingMs: 0 })` for unpaced streams. */
  demoPacingMs: number;
};

type Fixtures = {
  demo: DemoServer;
  inspected: LaunchedBrowser;
  /** DevTools of the demo tab, with the extension's panel registered but not yet shown. */
  devtools: DevtoolsWindow;
};

export const test = base.extend<Options & Fixtures>({
  demoPacingMs: [5, { option: true }],
  demo: async ({ demoPacingMs }, use) => {
    const server = await startDemoServer({ port: 0, pacingMs: demoPacingMs });
    try {
      await use(server);
    } finally {
      await server.close();
    }
  },
  inspected: async ({ demo }, use) => {
    const browser = await launchWithExtension({ headless: process.env['E2E_HEADED'] !== '1' });
    try {
      await browser.page.goto(demo.url);
      await use(browser);
    } finally {
      await browser.close();
    }
  },
  devtools: async ({ inspected }, use) => {
    await use(await attachDevtools(inspected.context));
  },
});

export { expect };

/**
 * Clicks a demo button and waits until its call finished, as the card's `data-state` says
 * (`ok`, or `error` for a call the client rejected). Returns that state.
 */
export async function runDemoCall(page: Page, testId: string): Promise<string> {
  const button = page.getByTestId(testId);
  await button.click();
  const card = button.locator('..');
  await expect(card, `the demo call ${testId} did not finish`).toHaveAttribute('data-state', /^(ok|error)$/, { timeout: 15_000 });
  return (await card.getAttribute('data-state')) ?? '';
}
