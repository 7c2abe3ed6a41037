import type { CDPSession, Page } from '@playwright/test';
import { launchWithExtension } from '../../e2e/launchChromium';
import { unpackedExtensionId } from './extensionId';

/**
 * The built panel page (extension/panel.html of an unpacked Chrome extension) in an ordinary tab, with
 * the harness injected: the real panel, fed through the real capture code by a fake network. No
 * DevTools window is opened, so nothing else competes for the page's main thread.
 */
export interface PanelTab {
  readonly page: Page;
  readonly cdp: CDPSession;
  /** The page's live JavaScript heap after two full garbage collections, in bytes. */
  heapAfterGc(): Promise<number>;
  close(): Promise<void>;
}

export const openPanelTab = async (extensionDir: string, harnessScript: string, headless = true): Promise<PanelTab> => {
  const browser = await launchWithExtension({ headless, extensionDir, devtools: false, windowSize: { width: 1400, height: 900 } });
  try {
    const { page } = browser;
    await page.goto(`chrome-extension://${unpackedExtensionId(extensionDir)}/extension/panel.html`);
    await page.evaluate(harnessScript);
    await page.waitForSelector('[data-testid="panel-ready"][data-listening="true"]', { timeout: 10_000 });
    const cdp = await browser.context.newCDPSession(page);
    const heapAfterGc = async (): Promise<number> => {
      // Two collections: the first can leave objects whose finalizers free more.
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage');
      return (await cdp.send('Runtime.getHeapUsage')).usedSize;
    };
    return { page, cdp, heapAfterGc, close: () => browser.close() };
  } catch (error) {
    await browser.close();
    throw error;
  }
};
