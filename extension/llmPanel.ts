import type { BrowserEvent } from './capture';

/** The panel the devtools page adds to DevTools. */
export const PANEL_TITLE = 'LLM';
/**
 * Paths from the extension root, with a leading slash. Chrome resolves a panel's paths against the
 * extension root, but Firefox resolves them against the calling page (its schema's
 * `strictRelativeUrl` format): from `extension/devtools.html`, `panel/panel.html` would become
 * `extension/panel/panel.html` and load nothing. A leading slash means the root in both.
 */
export const PANEL_ICON = '/icons/icon-32.png';
export const PANEL_PAGE = '/panel/panel.html';

/** The part of `devtools.panels` that creates a panel (through webextension-polyfill: a Promise). */
export interface PanelsApi {
  create(title: string, iconPath: string, pagePath: string): Promise<{ onShown: BrowserEvent<(panelWindow: Window) => void> }>;
}

/** Adds the LLM panel; `onShown` receives the panel page's window each time the panel is shown. */
export async function createLlmPanel(panels: PanelsApi, onShown: (panelWindow: Window) => void): Promise<void> {
  const panel = await panels.create(PANEL_TITLE, PANEL_ICON, PANEL_PAGE);
  panel.onShown.addListener(onShown);
}
