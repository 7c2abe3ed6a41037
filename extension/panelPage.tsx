import { render } from 'preact';
import browser from 'webextension-polyfill';
import { decodeExchange } from '../decode/index';
import { browserOfPage } from './captureStatus';
import { decodedNetworkSource } from './decodedNetworkSource';
import { panelPageTheme } from './devtoolsTheme';
import { connectToDevtoolsPage } from './panelConnection';
import { App } from '../panel/components/App';
import { createPanelStore } from '../panel/store/panelStore';
import { beforeNextPaint } from '../panel/store/nextPaint';
import { whenIdle } from '../panel/store/whenIdle';
import { describeError } from '../panel/store/exchangeEntry';
import { pageStorage } from '../panel/settings/pageStorage';
import { followTheme } from '../panel/theme/applyTheme';
import { defaultTapExpressions, extensionLiveSource } from './live/extensionLiveSource';
import { markFirstPaints } from './firstPaintMarks';
import { messageChannelTasks } from './nextTask';
import { computed } from '@preact/signals';

/**
 * The extension's panel page (extension/panel.html): wires the browser to the panel. Renders at
 * once (the empty state says "Connecting…"), then connects to the devtools page.
 */
// A theme before the first render, so dark DevTools does not flash light; the devtools page's
// tracked theme replaces it on connecting (Chrome's themeName here is the one DevTools opened with).
let stopTheme = followTheme(document.documentElement, panelPageTheme(browser.devtools.panels.themeName));
window.addEventListener(
  'pagehide',
  () => {
    stopTheme();
  },
  { once: true },
);
// What the devtools page hands over (one task per capture; thousands at once when the panel is
// first shown after a long session) is shown once per frame, not rendered once per exchange, and
// beyond a frame's worth of decoding a burst is listed first and decoded when the page is idle.
const store = createPanelStore({
  decode: decodeExchange,
  storage: pageStorage(window),
  scheduleCommit: beforeNextPaint(window),
  scheduleWork: whenIdle(window),
});
const root = document.getElementById('app');
if (root === null) throw new Error('panel.html has no #app element');
// The page's own URL says which browser runs it (moz-extension: is Firefox's scheme).
render(<App store={store} browser={browserOfPage(location.href)} />, root);
// User Timing marks of the first paints after connecting (issue 16: how soon the panel is ready when shown).
markFirstPaints(
  window,
  store.listening,
  computed(() => store.exchanges.value.length),
);

connectToDevtoolsPage().then(
  (devtoolsPage) => {
    stopTheme();
    stopTheme = followTheme(document.documentElement, devtoolsPage.theme);
    // The first show after a long session hands over thousands of captures at once: validated in
    // ~8 ms slices, so the first rows are painted after the first slice, not after all of them.
    const captures = decodedNetworkSource(devtoolsPage.captures, {
      now: () => performance.now(),
      nextTask: messageChannelTasks(),
      sliceMs: 8,
    });
    const disconnect = store.actions.connect(captures);
    // Live (issue 14): the panel page polls the tap itself (devtools.inspectedWindow is reachable
    // from a devtools panel in both browsers); it polls only while the panel page lives.
    const live = extensionLiveSource({
      page: browser.devtools.inspectedWindow,
      expressions: defaultTapExpressions(),
      timers: {
        set: (callback, ms) => window.setTimeout(callback, ms),
        clear: (handle) => {
          window.clearTimeout(handle);
        },
      },
      onNavigated: (listener) => devtoolsPage.captures.onNavigated(listener),
      now: () => Date.now(),
    });
    const disconnectLive = store.live.actions.connect(live);
    window.addEventListener(
      'pagehide',
      () => {
        disconnect();
        disconnectLive();
        live.dispose();
      },
      { once: true },
    );
  },
  (error: unknown) => {
    store.actions.connectionFailed(describeError(error));
  },
);
