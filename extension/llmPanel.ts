import { answeredValue, browserAnswer, propertyOf } from './browserAnswer';

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

/**
 * The part of `devtools.panels` that creates a panel: Chrome calls back with the panel, Firefox
 * also resolves a Promise of it (browserAnswer.ts takes whichever comes first).
 */
export interface PanelsApi {
  create(title: string, iconPath: string, pagePath: string, callback: (panel: unknown) => void): unknown;
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
  const answer = await browserAnswer((callback) => panels.create(PANEL_TITLE, PANEL_ICON, PANEL_PAGE, callback), 10_000);
  if (answer.via === 'failure') throw new Error(`could not create the LLM panel: ${answer.reason}`);
  if (!listenToShown(answeredValue(answer), onShown)) throw new Error('could not create the LLM panel: the browser answered without a panel');
}
