import * as t from 'io-ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIREFOX_DIST, launchFirefox, type FirefoxProcess, type Pref } from './firefoxProcess';
import { extensionPageScript, extensionPanelId, installTemporaryAddon, navigate, openToolbox, selectTool } from './firefoxDevtools';
import { CLICK_ROW_AT, panelRowsOf, READ_EVERY_ROW, ROW_CELLS } from '../panelRows';
import type { PanelRow } from '../panelRows';

/**
 * A Firefox with the built extension installed as a temporary add-on, a page open and the DevTools
 * toolbox open on it (so the devtools page is capturing), plus the LLM panel read through its DOM:
 * the same `data-testid`s the Chromium suite reads.
 */
export const PANEL_TITLE = 'LLM';
const DETAIL = '[data-testid="exchange-detail"]';

export interface FirefoxSession {
  readonly firefox: FirefoxProcess;
  readonly addonId: string;
  /** The toolbox id of the LLM panel (`webext-devtools-panel-…`). */
  readonly panelId: string;
  /** Selects the LLM panel and waits until it says it is listening. */
  showLlmPanel(): Promise<FirefoxLlmPanel>;
  close(): Promise<void>;
}

export interface FirefoxLlmPanel {
  evaluate(body: string, args?: readonly unknown[]): Promise<unknown>;
  /** Every row the list shows, in display order (browser/panelRows.ts: the virtualized list scrolled through if need be). */
  rows(): Promise<PanelRow[]>;
  /** Clicks the row at `index` in display order (scrolled into view if need be) and waits for the detail. */
  select(index: number): Promise<void>;
  detailFields(testId: string): Promise<string[]>;
}

const GeckoManifest = t.type({ browser_specific_settings: t.type({ gecko: t.type({ id: t.string }) }) });

/** The add-on id the manifest gives Firefox (browser_specific_settings.gecko.id). */
export function manifestGeckoId(extensionDir = FIREFOX_DIST): string {
  const manifest: unknown = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8'));
  if (!GeckoManifest.is(manifest))
    throw new Error(`${extensionDir}/manifest.json has no browser_specific_settings.gecko.id: run npm run build`);
  return manifest.browser_specific_settings.gecko.id;
}

export async function pollUntil<T>(
  read: () => Promise<T>,
  accept: (value: T) => boolean,
  timeoutMs: number,
  describe: (last: T | undefined) => string,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  while (Date.now() < deadline) {
    last = await read();
    if (accept(last)) return last;
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  throw new Error(describe(last));
}

export async function openFirefoxSession(
  pageUrl: string,
  options: { lifetimeSeconds?: number; prefs?: Readonly<Record<string, Pref>> } = {},
): Promise<FirefoxSession> {
  const firefox = await launchFirefox({
    via: 'firefox',
    lifetimeSeconds: options.lifetimeSeconds ?? 90,
    ...(options.prefs === undefined ? {} : { prefs: options.prefs }),
  });
  try {
    const { marionette } = firefox;
    const addonId = await installTemporaryAddon(marionette, FIREFOX_DIST);
    await navigate(marionette, pageUrl);
    // The add-on is installed before the toolbox opens: a devtools page is loaded only for
    // toolboxes opened after its add-on (a toolbox already open never loads it).
    await openToolbox(marionette);
    const panelId = await pollUntil(
      () => extensionPanelId(marionette, PANEL_TITLE),
      (id) => id !== null,
      10_000,
      () => `the toolbox has no "${PANEL_TITLE}" panel 10 s after opening: the devtools page did not create it`,
    );
    if (panelId === null) throw new Error('unreachable: pollUntil accepted a null panel id');
    return {
      firefox,
      addonId,
      panelId,
      showLlmPanel: async () => {
        await selectTool(marionette, panelId);
        const panel = llmPanel(firefox, addonId);
        await pollUntil(
          () =>
            panel.evaluate(`return document.querySelector('[data-testid="panel-ready"]')?.dataset.listening ?? null;`).catch(() => null),
          (listening) => listening === 'true',
          10_000,
          (last) => `the LLM panel did not show [data-testid="panel-ready"][data-listening="true"] within 10 s (last: ${String(last)})`,
        );
        return panel;
      },
      close: () => firefox.close(),
    };
  } catch (error) {
    await firefox.close();
    throw error;
  }
}

function texts(value: unknown, what: string): string[] {
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string'))
    throw new Error(`expected a list of texts for ${what}, got ${JSON.stringify(value)}`);
  return value;
}

function llmPanel(firefox: FirefoxProcess, addonId: string): FirefoxLlmPanel {
  const evaluate = (body: string, args: readonly unknown[] = []) =>
    extensionPageScript(firefox.marionette, addonId, 'devtools_panel', body, args);
  const panel: FirefoxLlmPanel = {
    evaluate,
    async rows() {
      return panelRowsOf(await evaluate(`return (${READ_EVERY_ROW})(arguments[0]);`, [ROW_CELLS]));
    },
    async select(index) {
      const clicked = await evaluate(`return (${CLICK_ROW_AT})(arguments[0]);`, [index]);
      if (clicked !== true) throw new Error(`no exchange row at index ${index}`);
      await pollUntil(
        () => evaluate(`return !!document.querySelector('${DETAIL}');`),
        (shown) => shown === true,
        5_000,
        () => `the exchange detail did not appear 5 s after selecting row ${index}`,
      );
    },
    async detailFields(testId) {
      return texts(
        await evaluate(
          `return Array.from(document.querySelectorAll('${DETAIL} [data-testid="' + arguments[0] + '"]'), (element) => element.innerText);`,
          [testId],
        ),
        testId,
      );
    },
  };
  return panel;
}
