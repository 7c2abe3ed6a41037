/**
 * The devtools page: loaded as soon as DevTools opens on a tab, before anyone shows the panel.
 * It starts capture and theme tracking at once, creates the "LLM" panel, and hands both to the
 * panel page whenever that is shown. It stays small (it loads with every DevTools window): it
 * only captures and buffers; the panel page decodes.
 */
import browser from 'webextension-polyfill';
import { startCapture } from './capture';
import { CaptureBuffer } from './captureBuffer';
import { browserOfPage } from './captureStatus';
import { themeBrowserApi, trackDevtoolsTheme } from './devtoolsTheme';
import { createLlmPanel } from './llmPanel';
import { handOverTo } from './panelConnection';
import { markShown } from './panelMarks';

// webextension-polyfill is the one way to the browser: `browser.devtools` in both (Firefox's own
// object; in Chrome a wrapper that turns panels.create and inspectedWindow.eval into Promises).
const devtools = browser.devtools;
const captures = new CaptureBuffer(undefined, browserOfPage(location.href));
startCapture(devtools.network, captures, { inspected: devtools.inspectedWindow });
const { theme } = trackDevtoolsTheme(themeBrowserApi(devtools.panels));

await createLlmPanel(devtools.panels, (panelWindow) => {
  markShown(panelWindow);
  handOverTo(panelWindow, { captures, theme });
});
