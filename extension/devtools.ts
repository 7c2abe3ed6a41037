/**
 * The devtools page: loaded as soon as DevTools opens on a tab, before anyone shows the panel.
 * It starts capture at once, creates the "LLM" panel, and hands the capture to the panel page
 * whenever that is shown.
 */
import browser from 'webextension-polyfill';
import { startCapture } from './capture';
import { ExchangeBuffer } from './exchangeBuffer';
import { handOverTo } from './panelConnection';

const buffer = new ExchangeBuffer();
startCapture(chrome.devtools.network, buffer, { inspected: chrome.devtools.inspectedWindow });

// Paths from the extension root: Chrome resolves them against the root, Firefox against the
// devtools page's own folder, and a leading slash means the root in both.
const panel = await browser.devtools.panels.create('LLM', '/icons/icon-32.png', '/panel/panel.html');
panel.onShown.addListener((panelWindow: Window) => { handOverTo(panelWindow, buffer); });
