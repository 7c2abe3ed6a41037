import type { CDPSession, Page } from '@playwright/test';
import { launchWithExtension } from './launchChromium';
import { unpackedExtensionId } from './unpackedExtensionId';

/**
 * One page of an unpacked Chrome extension (e.g. `extension/panel.html`) opened in an ordinary tab
 * of its own Chromium, with no DevTools window, so nothing else competes for the page's main thread.
 * The page runs as it does inside DevTools, minus the `devtools.*` APIs: whoever opens it feeds it.
 */
export interface ExtensionTab {
  readonly page: Page;
  readonly cdp: CDPSession;
  /** The page's live JavaScript heap after two full garbage collections, in bytes. */
  heapAfterGc(): Promise<number>;
  close(): Promise<void>;
}

/** `initScript` runs in the page before its own scripts (to stand in for an API the tab lacks). */
export const openExtensionTab = async (
  extensionDir: string,
  pagePath: string,
  { headless = true, initScript = '' } = {},
): Promise<ExtensionTab> => {
  const browser = await launchWithExtension({ headless, extensionDir, devtools: false, windowSize: { width: 1400, height: 900 } });
  try {
    const { page } = browser;
    if (initScript !== '') await page.addInitScript(initScript);
    await page.goto(`chrome-extension://${unpackedExtensionId(extensionDir)}/${pagePath}`);
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
