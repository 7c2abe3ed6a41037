import { openExtensionTab, type ExtensionTab } from '../browser/extensionTab';

/**
 * The built panel page (extension/panel.html of an unpacked Chrome extension) in an ordinary tab,
 * with the harness script (bundle.ts) injected: the real panel, fed through the real capture code
 * by a fake network, driven through `window.llmPanelBench`. Resolves once the panel says it listens.
 */
export const openHarnessedPanel = async (extensionDir: string, harnessScript: string, headless = true): Promise<ExtensionTab> => {
  const tab = await openExtensionTab(extensionDir, 'extension/panel.html', headless);
  try {
    await tab.page.evaluate(harnessScript);
    await tab.page.waitForSelector('[data-testid="panel-ready"][data-listening="true"]', { timeout: 10_000 });
    return tab;
  } catch (error) {
    await tab.close();
    throw error;
  }
};
