import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PANEL_ICON, PANEL_PAGE, createLlmPanel, type PanelsApi } from './llmPanel';
import { FakeEvent } from './fakeDevtoolsNetwork';

const ROOT = 'moz-extension://0c8e5c4e-1111-4222-8333-444455556666/';
/** Where the manifest's devtools_page lives in the built extension (manifest.json). */
const DEVTOOLS_PAGE = `${ROOT}extension/devtools.html`;

/**
 * A fake devtools.panels that resolves paths the way a browser does: Firefox against the calling
 * page (the devtools page), Chrome against the extension root; and answers as it does: Firefox with
 * a Promise of the panel (webextension-polyfill makes Chrome's callback one).
 */
function fakePanels(resolveAgainst: string) {
  const created: { title: string; icon: string; page: string }[] = [];
  const onShown = new FakeEvent<(panelWindow: Window) => void>();
  const panels: PanelsApi = {
    create(title, iconPath, pagePath) {
      created.push({ title, icon: new URL(iconPath, resolveAgainst).href, page: new URL(pagePath, resolveAgainst).href });
      return Promise.resolve({ onShown });
    },
  };
  return { panels, created, onShown };
}

describe('createLlmPanel', () => {
  it('points Firefox, which resolves against the devtools page, at the root panel page and icon', async () => {
    const { panels, created } = fakePanels(DEVTOOLS_PAGE);
    await createLlmPanel(panels, () => undefined);
    expect(created).toEqual([{ title: 'LLM', icon: `${ROOT}icons/icon-32.png`, page: `${ROOT}extension/panel.html` }]);
  });

  it('points Chrome, which resolves against the extension root, at the same files', async () => {
    const { panels, created } = fakePanels('chrome-extension://abcdefghijklmnopabcdefghijklmnop/');
    await createLlmPanel(panels, () => undefined);
    expect(created[0]?.page).toBe('chrome-extension://abcdefghijklmnopabcdefghijklmnop/extension/panel.html');
    expect(created[0]?.icon).toBe('chrome-extension://abcdefghijklmnopabcdefghijklmnop/icons/icon-32.png');
  });

  it('names files the build puts there: extension/panel.html (a Vite page) and icons/ from extension/public', () => {
    expect(existsSync(fileURLToPath(new URL(`..${PANEL_PAGE}`, import.meta.url)))).toBe(true);
    expect(existsSync(fileURLToPath(new URL(`./public${PANEL_ICON}`, import.meta.url)))).toBe(true);
  });

  it('hands each shown panel window to onShown', async () => {
    const { panels, onShown } = fakePanels(DEVTOOLS_PAGE);
    const shown: Window[] = [];
    await createLlmPanel(panels, (panelWindow) => {
      shown.push(panelWindow);
    });
    const first = {} as Window;
    const second = {} as Window;
    onShown.fire(first);
    onShown.fire(second);
    expect(shown).toEqual([first, second]);
  });

  it('rejects with the reason when the browser refuses the panel or answers without one', async () => {
    const refusing: PanelsApi = { create: () => Promise.reject(new Error('no devtools here')) };
    await expect(createLlmPanel(refusing, () => undefined)).rejects.toThrow('could not create the LLM panel: no devtools here');
    const empty: PanelsApi = { create: () => Promise.resolve(undefined) };
    await expect(createLlmPanel(empty, () => undefined)).rejects.toThrow(
      'could not create the LLM panel: the browser answered without a panel',
    );
  });
});
