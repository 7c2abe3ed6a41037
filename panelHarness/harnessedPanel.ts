import { openExtensionTab, type ExtensionTab } from '../browser/extensionTab';

/**
 * The built panel page (extension/panel.html of an unpacked Chrome extension) in an ordinary tab,
 * with the harness script (bundle.ts) injected: the real panel, fed through the real capture code
 * by a fake network, driven through `window.llmPanelBench`. Resolves once the panel says it listens.
 */
/**
 * The panel page reads `browser.devtools.panels.themeName` as it loads (extension/panelPage.tsx); a
 * tab has no `devtools` API, so the page would throw before rendering. This stands in for the one
 * property it reads, as a light DevTools gives it (Chrome says 'default'), on both namespaces:
 * Chromium 156 has a `browser` of its own, which webextension-polyfill then uses as it is.
 */
const DEVTOOLS_STAND_IN = `for (const api of [globalThis.browser, globalThis.chrome]) {
  if (api && !api.devtools) api.devtools = { panels: { themeName: 'default' } };
}`;

export const openHarnessedPanel = async (extensionDir: string, harnessScript: string, headless = true): Promise<ExtensionTab> => {
  const tab = await openExtensionTab(extensionDir, 'extension/panel.html', { headless, initScript: DEVTOOLS_STAND_IN });
  try {
    await tab.page.evaluate(harnessScript);
    await tab.page.waitForSelector('[data-testid="panel-ready"][data-listening="true"]', { timeout: 10_000 });
    return tab;
  } catch (error) {
    await tab.close();
    throw error;
  }
};
