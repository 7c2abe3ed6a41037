import type { BrowserContext, CDPSession } from '@playwright/test';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CdpTargetSession } from './cdpTargetSession';
import { CHROME_DIST } from './launchChromium';
import { CLICK_ROW_AT, panelRowsOf, READ_EVERY_ROW, ROW_CELLS } from './panelRows';
import type { PanelRow } from './panelRows';
import { pollUntil } from './polling';

export type { PanelRow } from './panelRows';

/**
 * The one module that reaches into Chromium's DevTools internals: the DevTools window is not a
 * page Playwright lists, so everything goes through raw CDP, and the frontend is driven through
 * its own modules (`ui/legacy/legacy.js`, `InspectorView`). These are not a public API and may
 * change with a Chromium upgrade; when they do, the errors below say what was not found.
 * Launching Chromium with the extension is browser/launchChromium.ts.
 */

/** The title the devtools page gives its panel (chrome.devtools.panels.create). */
const PANEL_TITLE = 'LLM';
const DEVTOOLS_URL = 'devtools://devtools/bundled/devtools_app.html';
const FRONTEND_UI = "import('./ui/legacy/legacy.js')";

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

/** DevTools open on a tab, reached through CDP; the extension's devtools page has run. */
export interface DevtoolsWindow {
  extensionId: string;
  /** `chrome-extension://<id>LLM`, the id DevTools gives the extension's panel. */
  panelId: string;
  evaluate(expression: string): Promise<unknown>;
  /** Runs an expression in the extension's devtools page (the capture side). */
  evaluateInDevtoolsPage(expression: string): Promise<unknown>;
  /**
   * Starts recording every request the devtools page and (once shown) the panel page send, through
   * CDP's Network domain on their targets. Returns the list, which keeps filling.
   */
  recordExtensionRequests(): Promise<RecordedRequest[]>;
  showLlmPanel(): Promise<LlmPanel>;
  /** Moves DevTools into its own window (docked, it shares the tab's window with the page). */
  undock(): Promise<void>;
  /** Resizes the undocked DevTools window (call undock() first) and waits until the panel's page has `panelWidth` CSS pixels. */
  resizeUndocked(panel: LlmPanel, panelWidth: number, height?: number): Promise<void>;
  /** PNG of the whole DevTools window (not the inspected page). */
  screenshot(path: string): Promise<void>;
  /**
   * Whether DevTools' bottom drawer (Console, …) is open. Chrome toggles it on an Esc that reaches
   * DevTools: its extension API listens for keydown on the panel's document and forwards Esc
   * (front_end/models/extensions/ExtensionAPI.ts, forwardKeyboardEvent; not from a focused input
   * or textarea). Read through InspectorView.drawerVisible() (seen working on Chromium 156).
   */
  drawerVisible(): Promise<boolean>;
}

/**
 * Finds the DevTools window of the (only) tab and waits until the extension registered its panel,
 * which also means its devtools page is running and capturing.
 */
export async function attachDevtools(context: BrowserContext, extensionDir = CHROME_DIST): Promise<DevtoolsWindow> {
  const browser = context.browser();
  if (!browser) throw new Error('the context has no Browser: cannot open a browser-level CDP session');
  const cdp = await browser.newBrowserCDPSession();
  await cdp.send('Target.setDiscoverTargets', { discover: true });

  const devtoolsTarget = await pollTarget(
    cdp,
    (t) => t.type === 'page' && t.url.startsWith(DEVTOOLS_URL),
    10_000,
    'DevTools window target (devtools://devtools/bundled/devtools_app.html)',
    'was --auto-open-devtools-for-tabs passed?',
  );
  const devtoolsPagePath = manifestDevtoolsPage(extensionDir);
  const devtoolsPage = await pollTarget(
    cdp,
    (t) => t.url.startsWith('chrome-extension://') && t.url.endsWith(`/${devtoolsPagePath}`),
    10_000,
    `the extension's devtools page (chrome-extension://<id>/${devtoolsPagePath})`,
    'is dist/chrome built and loaded?',
  );
  const extensionId = new URL(devtoolsPage.url).host;
  const origin = `chrome-extension://${extensionId}`;
  const panelId = `${origin}${PANEL_TITLE}`;

  const frontend = await CdpTargetSession.attach(cdp, devtoolsTarget.targetId, 'DevTools window');
  const evaluate = (expression: string) => evaluateIn(frontend, expression);
  const registered = `${FRONTEND_UI}.then((UI) => { const view = UI.InspectorView.InspectorView.maybeGetInspectorViewInstance(); return !!view && view.hasPanel(${JSON.stringify(panelId)}); })`;
  await pollUntil(
    () => evaluate(registered),
    10_000,
    `panel ${panelId} not registered after 10 s: is dist/chrome built, and does its devtools page create a panel titled "${PANEL_TITLE}"?`,
  );

  let devtoolsPageSession: CdpTargetSession | null = null;
  const devtoolsPageSessionOnce = async () =>
    (devtoolsPageSession ??= await CdpTargetSession.attach(cdp, devtoolsPage.targetId, 'devtools page'));
  let recorded: RecordedRequest[] | null = null;
  const record = async (session: CdpTargetSession, where: RecordedRequest['where']) => {
    const list = recorded;
    if (list === null) return;
    session.on('Network.requestWillBeSent', (params) => {
      list.push({ where, url: urlOf(params, 'request'), failure: null });
    });
    session.on('Network.loadingFailed', (params) => {
      list.push({ where, url: '', failure: blockedReasonOf(params) });
    });
    await session.send('Network.enable');
  };
  const devtools: DevtoolsWindow = {
    extensionId,
    panelId,
    evaluate,
    async evaluateInDevtoolsPage(expression) {
      return evaluateIn(await devtoolsPageSessionOnce(), expression);
    },
    async recordExtensionRequests() {
      recorded ??= [];
      await record(await devtoolsPageSessionOnce(), 'devtools page');
      return recorded;
    },
    async showLlmPanel() {
      // instance() throws ("Unable to create settings") before the frontend finished booting;
      // the registration poll above already saw maybeGetInspectorViewInstance() non-null.
      await evaluate(
        `${FRONTEND_UI}.then((UI) => UI.InspectorView.InspectorView.instance().showPanel(${JSON.stringify(panelId)})).then(() => true)`,
      );
      const panelTarget = await pollTarget(
        cdp,
        (t) => t.type === 'iframe' && t.url.startsWith(`${origin}/`) && !t.url.endsWith(`/${devtoolsPagePath}`),
        10_000,
        `the panel page iframe (${origin}/…)`,
        'did showPanel select the LLM panel?',
      );
      const session = await CdpTargetSession.attach(cdp, panelTarget.targetId, 'LLM panel');
      await record(session, 'panel');
      return openPanel(session, devtools);
    },
    async undock() {
      const dock = `${FRONTEND_UI}.then((UI) => UI.DockController.DockController.instance())`;
      await evaluate(`${dock}.then((dock) => { dock.setDockSide('undocked'); return true; })`);
      await pollUntil(
        () => evaluate(`${dock}.then((dock) => dock.dockSide() === 'undocked')`),
        5_000,
        'DevTools did not undock within 5 s',
      );
    },
    async resizeUndocked(panel, panelWidth, height = 800) {
      // The panel page fills the DevTools window's width less the window's frame: correct the
      // window's width by what the page lacks until it has the width asked for (the resize lands
      // asynchronously, so each step waits for the page to see a change).
      const { windowId } = await cdp.send('Browser.getWindowForTarget', { targetId: devtoolsTarget.targetId });
      const inner = async () => Number(await panel.evaluate('window.innerWidth'));
      let windowWidth = panelWidth;
      for (let attempt = 0; attempt < 6; attempt += 1) {
        const before = await inner();
        await cdp.send('Browser.setWindowBounds', { windowId, bounds: { width: windowWidth, height, windowState: 'normal' } });
        await pollUntil(async () => (await inner()) !== before, 1_500, 'no resize').catch(() => undefined);
        const now = await inner();
        if (now === panelWidth) return;
        windowWidth += panelWidth - now;
      }
      throw new Error(`the panel page did not become ${panelWidth} px wide (it is ${await inner()} px)`);
    },
    async screenshot(path: string) {
      const shot = await frontend.send('Page.captureScreenshot', { format: 'png' }, 15_000);
      if (typeof shot !== 'object' || shot === null || !('data' in shot) || typeof shot.data !== 'string')
        throw new Error('Page.captureScreenshot returned no data');
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, Buffer.from(shot.data, 'base64'));
    },
    async drawerVisible() {
      const visible = await evaluate(`${FRONTEND_UI}.then((UI) => UI.InspectorView.InspectorView.instance().drawerVisible())`);
      if (typeof visible !== 'boolean')
        throw new Error(`InspectorView.drawerVisible() gave ${JSON.stringify(visible)}, not a boolean: did the DevTools frontend change?`);
      return visible;
    },
  };
  return devtools;
}

/** A request an extension page sent (`url`), or one that failed (`failure`: CDP's blockedReason or errorText). */
export interface RecordedRequest {
  where: 'devtools page' | 'panel';
  url: string;
  failure: string | null;
}

function urlOf(params: unknown, key: 'request'): string {
  const inner: unknown =
    typeof params === 'object' && params !== null && key in params ? Object.getOwnPropertyDescriptor(params, key)?.value : undefined;
  const url: unknown = typeof inner === 'object' && inner !== null && 'url' in inner ? inner.url : undefined;
  return typeof url === 'string' ? url : '';
}

function blockedReasonOf(params: unknown): string {
  if (typeof params !== 'object' || params === null) return 'unknown';
  const reason: unknown = 'blockedReason' in params ? params.blockedReason : 'errorText' in params ? params.errorText : undefined;
  return typeof reason === 'string' ? reason : 'unknown';
}

/**
 * Lets the browser write downloads into `dir` under their own names. Playwright's `download` event
 * does not fire for a download started inside a DevTools extension panel (the panel is not a page
 * Playwright tracks), so tests read the file the panel's `<a download>` really wrote.
 */
export async function saveDownloadsTo(context: BrowserContext, dir: string): Promise<void> {
  const browser = context.browser();
  if (!browser) throw new Error('the context has no Browser: cannot open a browser-level CDP session');
  const cdp = await browser.newBrowserCDPSession();
  await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: dir });
}

/**
 * Switches DevTools' own theme as a user would in Settings > Preferences > Appearance (the
 * `ui-theme` setting: 'default' is light, or 'dark'). DevTools re-themes at once and tells extension
 * pages already loaded through `setThemeChangeHandler`; a page loaded later still reads the theme
 * DevTools started with as `chrome.devtools.panels.themeName` (seen on Chromium 156).
 */
export async function setDevtoolsTheme(devtools: DevtoolsWindow, theme: 'default' | 'dark'): Promise<void> {
  await devtools.evaluate(
    `import('./core/common/common.js').then((Common) => { Common.Settings.Settings.instance().moduleSetting('ui-theme').set(${JSON.stringify(theme)}); return true; })`,
  );
  // The frontend re-styles asynchronously: wait until its own background changed before anyone takes a screenshot.
  const dark = theme === 'dark';
  await pollUntil(
    () =>
      devtools.evaluate(
        `document.documentElement.classList.contains('theme-with-dark-background') === ${dark} && (getComputedStyle(document.body).backgroundColor === 'rgb(255, 255, 255)') === ${!dark}`,
      ),
    5_000,
    `DevTools did not switch to its ${theme} theme within 5 s`,
  );
}

/** DevTools + the LLM panel shown and listening. */
export async function openLlmPanel(context: BrowserContext, extensionDir = CHROME_DIST): Promise<LlmPanel> {
  const devtools = await attachDevtools(context, extensionDir);
  return devtools.showLlmPanel();
}

export interface LlmPanel {
  devtools: DevtoolsWindow;
  /** Runs an expression in the panel page; awaits promises; returns the value as JSON data. */
  evaluate(expression: string): Promise<unknown>;
  /** Polls a truthy-or-not expression in the panel page; throws `description` on timeout. */
  waitFor(predicateExpression: string, timeoutMs: number, description: string): Promise<void>;
  /**
   * Every row the list shows (the filter applied) as its cells read, in display order: read by
   * scrolling the virtualized list when not all are in the DOM (browser/panelRows.ts), the scroll put back.
   */
  rows(): Promise<PanelRow[]>;
  /** Clicks the row at `index` in display order (scrolled into view if need be) and waits for the detail to show. */
  select(index: number): Promise<void>;
  /** The visible text of the `exchange-detail`, or '' when none is shown. */
  detailText(): Promise<string>;
  /** The text of each `[data-testid=<testId>]` inside the detail. */
  detailFields(testId: string): Promise<string[]>;
  screenshot(path: string): Promise<void>;
  /**
   * Presses a key as the user would (CDP Input.dispatchKeyEvent on the panel's frame: a trusted
   * keydown + keyup at the focused element, seen to reach DevTools' own key forwarding). Focus the
   * element first (evaluate `….focus()`).
   */
  press(key: PanelKey): Promise<void>;
  /** Types text into the focused field (CDP Input.insertText: trusted input events). */
  typeText(text: string): Promise<void>;
  /** A raw CDP command to the panel page's target (real input: `Input.dispatchKeyEvent`, `Input.dispatchMouseEvent`). */
  send(method: string, params?: Record<string, unknown>): Promise<unknown>;
}

/** The keys tests press, with the Windows virtual key code Chromium's input pipeline needs. */
const KEY_CODES = { Escape: 27, Enter: 13, Tab: 9, ArrowDown: 40, ArrowUp: 38 } as const;
export type PanelKey = keyof typeof KEY_CODES;

const DETAIL = '[data-testid="exchange-detail"]';

async function openPanel(session: CdpTargetSession, devtools: DevtoolsWindow): Promise<LlmPanel> {
  const evaluate = (expression: string) => evaluateIn(session, expression);
  const texts = async (expression: string): Promise<string[]> => {
    const value = await evaluate(`Array.from(${expression}, (element) => element.innerText)`);
    if (!Array.isArray(value) || !value.every((item) => typeof item === 'string'))
      throw new Error(`expected a list of texts from ${expression}, got ${JSON.stringify(value)}`);
    return value;
  };
  const panel: LlmPanel = {
    devtools,
    evaluate,
    waitFor: (predicate, timeoutMs, description) => pollUntil(() => evaluate(predicate), timeoutMs, description),
    async rows() {
      return panelRowsOf(await evaluate(`(${READ_EVERY_ROW})(${JSON.stringify(ROW_CELLS)})`));
    },
    async select(index) {
      const clicked = await evaluate(`(${CLICK_ROW_AT})(${index})`);
      if (clicked !== true) throw new Error(`no exchange row at index ${index}`);
      // The detail tabs' code loads lazily (panel/components/lazy): until it is in, the tab shows its loading note.
      await panel.waitFor(
        `!!document.querySelector('${DETAIL}') && !document.querySelector('${DETAIL} [data-testid="lazy-loading"]')`,
        5_000,
        `the exchange detail did not appear 5 s after selecting row ${index}`,
      );
    },
    async detailText() {
      const value = await evaluate(`document.querySelector('${DETAIL}')?.innerText ?? ''`);
      return typeof value === 'string' ? value : '';
    },
    detailFields: (testId) => texts(`document.querySelectorAll('${DETAIL} [data-testid="${testId}"]')`),
    screenshot: (path) => devtools.screenshot(path),
    async press(key) {
      const code = KEY_CODES[key];
      const event = { key, code: key, windowsVirtualKeyCode: code, nativeVirtualKeyCode: code };
      await session.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', ...event });
      await session.send('Input.dispatchKeyEvent', { type: 'keyUp', ...event });
    },
    async typeText(text) {
      await session.send('Input.insertText', { text });
    },
    send: (method, params) => session.send(method, params),
  };
  await panel.waitFor(
    `document.querySelector('[data-testid="panel-ready"]')?.dataset.listening === 'true'`,
    10_000,
    'the LLM panel did not show [data-testid="panel-ready"][data-listening="true"] within 10 s of being shown',
  );
  return panel;
}

async function evaluateIn(session: CdpTargetSession, expression: string): Promise<unknown> {
  const reply = await session.send('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true });
  if (typeof reply !== 'object' || reply === null) throw new Error(`Runtime.evaluate gave no reply for ${expression}`);
  if ('exceptionDetails' in reply && reply.exceptionDetails) {
    throw new Error(`evaluating ${expression.slice(0, 120)} threw: ${JSON.stringify(reply.exceptionDetails).slice(0, 600)}`);
  }
  return 'result' in reply && typeof reply.result === 'object' && reply.result !== null && 'value' in reply.result
    ? reply.result.value
    : undefined;
}

async function pollTarget(
  cdp: CDPSession,
  matches: (target: TargetInfo) => boolean,
  timeoutMs: number,
  what: string,
  hint: string,
): Promise<TargetInfo> {
  let found: TargetInfo | undefined;
  let seen: TargetInfo[] = [];
  await pollUntil(
    async () => {
      seen = (await cdp.send('Target.getTargets')).targetInfos;
      found = seen.find(matches);
      return found !== undefined;
    },
    timeoutMs,
    () =>
      `${what} not found after ${timeoutMs / 1000} s: ${hint} Targets seen: ${seen.map((t) => `${t.type} ${t.url}`).join(', ') || 'none'}`,
  );
  if (!found) throw new Error(`${what} not found`);
  return found;
}

function manifestDevtoolsPage(extensionDir: string): string {
  const manifest: unknown = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8'));
  if (typeof manifest === 'object' && manifest !== null && 'devtools_page' in manifest && typeof manifest.devtools_page === 'string')
    return manifest.devtools_page;
  throw new Error(`${extensionDir}/manifest.json has no devtools_page`);
}
