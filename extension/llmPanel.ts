import { answeredValue, propertyOf, withinTimeout } from './browserAnswer';

/** The panel the devtools page adds to DevTools. */
export const PANEL_TITLE = 'LLM';
/**
 * Paths from the extension root, with a leading slash. Chrome resolves a panel's paths against the
 * extension root, but Firefox resolves them against the calling page (its schema's
 * `strictRelativeUrl` format): from `extension/devtools.html`, `extension/panel.html` would become
 * `extension/extension/panel.html` and load nothing. A leading slash means the root in both.
 */
export const PANEL_ICON = '/icons/icon-32.png';
export const PANEL_PAGE = '/extension/panel.html';

/**
 * The part of `browser.devtools.panels` that creates a panel (webextension-polyfill: a Promise of
 * the panel in both browsers).
 */
export interface PanelsApi {
  create(title: string, iconPath: string, pagePath: string): PromiseLike<unknown>;
}

/** Listens to the created panel's `onShown`; false when the browser's answer is no panel. */
function listenToShown(panel: unknown, listener: (panelWindow: Window) => void): boolean {
  const onShown = propertyOf(panel, 'onShown');
  const addListener = propertyOf(onShown, 'addListener');
  if (typeof addListener !== 'function') return false;
  Reflect.apply(addListener, onShown, [listener]);
  return true;
}

/**
 * Adds the LLM panel; `onShown` receives the panel page's window each time the panel is shown.
 * Rejects with the browser's reason when the panel could not be created, so the devtools page's
 * console says why there is no LLM panel.
 */
export async function createLlmPanel(panels: PanelsApi, onShown: (panelWindow: Window) => void): Promise<void> {
  const answer = await withinTimeout(() => panels.create(PANEL_TITLE, PANEL_ICON, PANEL_PAGE), 10_000);
  if (answer.via === 'failure') throw new Error(`could not create the LLM panel: ${answer.reason}`);
  if (!listenToShown(answeredValue(answer), onShown))
    throw new Error('could not create the LLM panel: the browser answered without a panel');
}
