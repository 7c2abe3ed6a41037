/**
 * The devtools page: loaded as soon as DevTools opens on a tab, before anyone shows the panel.
 * It starts capture at once, creates the "LLM" panel, and hands the capture to the panel page
 * whenever that is shown.
 */
import browser from 'webextension-polyfill';
import { startCapture } from './capture';
import { browserOfPage } from './captureStatus';
import { ExchangeBuffer } from './exchangeBuffer';
import { createLlmPanel } from './llmPanel';
import { handOverTo } from './panelConnection';

const buffer = new ExchangeBuffer(undefined, browserOfPage(location.href));
// The chrome namespace works in Firefox too (seen on ESR 153: requests, bodies through getContent's
// callback as (content, mimeType), and getHAR's callback); capture.ts accepts both answer styles.
startCapture(chrome.devtools.network, buffer, { inspected: chrome.devtools.inspectedWindow });

await createLlmPanel(browser.devtools.panels, (panelWindow) => { handOverTo(panelWindow, buffer); });
