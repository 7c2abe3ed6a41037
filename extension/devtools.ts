/**
 * The devtools page: loaded as soon as DevTools opens on a tab, before anyone shows the panel.
 * It starts capture and theme tracking at once, creates the "LLM" panel, and hands both to the
 * panel page whenever that is shown. It stays small (it loads with every DevTools window): it
 * only captures and buffers; the panel page decodes.
 */
import { startCapture } from './capture';
import { CaptureBuffer } from './captureBuffer';
import { browserOfPage } from './captureStatus';
import { trackDevtoolsTheme } from './devtoolsTheme';
import { createLlmPanel } from './llmPanel';
import { handOverTo } from './panelConnection';

// The chrome namespace works in Firefox too (seen on ESR 153: requests, bodies through getContent's
// callback as (content, mimeType), getHAR's callback, panels.create's callback and
// onThemeChanged); browserAnswer.ts accepts both answer styles.
const devtools = chrome.devtools;
const captures = new CaptureBuffer(undefined, browserOfPage(location.href));
startCapture(devtools.network, captures, { inspected: devtools.inspectedWindow });
const { theme } = trackDevtoolsTheme(devtools.panels);

await createLlmPanel(devtools.panels, (panelWindow) => { handOverTo(panelWindow, { captures, theme }); });
