// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { startCapture } from './capture';
import { CaptureBuffer } from './captureBuffer';
import { decodedNetworkSource } from './decodedNetworkSource';
import { trackDevtoolsTheme } from './devtoolsTheme';
import { FakeDevtoolsNetwork, chromeRequest } from './fakeDevtoolsNetwork';
import { connectToDevtoolsPage, handOverTo } from './panelConnection';
import { followTheme } from '../panel/theme/applyTheme';
import type { CapturedExchange } from '../decode/index';
import { settle } from '../testing/settle';

const URL_CHAT = 'https://api.openai.com/v1/chat/completions';

/** The devtools page as extension/devtools.ts wires it, over fakes of Chrome's devtools APIs. */
function devtoolsPage() {
  const network = new FakeDevtoolsNetwork();
  const captures = new CaptureBuffer();
  startCapture(network, captures);
  const panels = {
    themeName: 'default',
    handler: undefined as ((themeName: unknown) => void) | undefined,
    setThemeChangeHandler(callback?: (themeName: unknown) => void) {
      panels.handler = callback;
    },
  };
  const { theme } = trackDevtoolsTheme(panels);
  return {
    network,
    panels,
    show: (panelWindow: Window) => {
      handOverTo(panelWindow, { captures, theme });
    },
  };
}

/** The panel page as extension/panelPage.tsx wires it: theme on its root, decoded exchanges in a list. */
async function panelPage(panelWindow: Window) {
  const connected = await connectToDevtoolsPage(panelWindow);
  const root = panelWindow.document.documentElement;
  followTheme(root, connected.theme);
  const listed: CapturedExchange[] = [];
  decodedNetworkSource(connected.captures).onExchange((exchange) => listed.push(exchange));
  return { root, listed };
}

describe('the hand-over from the devtools page to the panel page', () => {
  afterEach(() => {
    Reflect.deleteProperty(window, 'llmDevtoolsPage');
  });

  it('opens the panel dark when DevTools was switched to dark before the panel was first shown', async () => {
    const page = devtoolsPage();
    page.panels.handler?.('dark');
    const panel = panelPage(window);
    page.show(window);
    const { root } = await panel;
    expect(root.dataset.theme).toBe('dark');
    page.panels.handler?.('default');
    expect(root.dataset.theme).toBe('light');
  });

  it('gives a panel shown late the requests captured before, decoded in the panel page', async () => {
    const page = devtoolsPage();
    // base64 of {"ok":true}
    page.network.onRequestFinished.fire(chromeRequest({ url: URL_CHAT, body: 'eyJvayI6dHJ1ZX0=', encoding: 'base64' }));
    await settle();
    page.show(window);
    const { listed } = await panelPage(window);
    page.network.onRequestFinished.fire(chromeRequest({ url: URL_CHAT, body: null }));
    await settle();
    expect(listed.map((e) => [e.url, e.body])).toEqual([
      [URL_CHAT, '{"ok":true}'],
      [URL_CHAT, null],
    ]);
    expect(listed[1]?.bodyUnavailableReason).toMatch(/evicted/);
  });
});
