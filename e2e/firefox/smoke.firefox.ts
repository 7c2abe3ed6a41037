import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { FIREFOX_DIST, launchFirefox } from '../../browser/firefox/firefoxProcess';
import {
  extensionConsole,
  extensionPanelDefinition,
  extensionViews,
  toolboxIsOpen,
  type ConsoleEntry,
} from '../../browser/firefox/firefoxDevtools';
import { manifestGeckoId, pollUntil, PANEL_TITLE } from '../../browser/firefox/firefoxSession';

/**
 * The way a developer runs it: `web-ext run --pre-install -devtools` starts Firefox ESR with the
 * add-on already installed and the toolbox open. Marionette (on through `--arg`) then checks that
 * the devtools page loaded and created the panel, and that nothing the add-on ran logged an error.
 * The second test is the check's own control: a devtools page that throws must be caught.
 */

const LIFETIME_SECONDS = 60;
/** Errors can arrive just after the panel is created (e.g. a rejected promise): wait this long for them. */
const QUIET_MS = 1_500;

async function smokeRun(
  extensionDir: string,
): Promise<{ views: { viewType: string; url: string }[]; panel: { id: string; icon: string }; console: ConsoleEntry[]; output: string }> {
  const firefox = await launchFirefox({ via: 'web-ext', extensionDir, args: ['-devtools'], lifetimeSeconds: LIFETIME_SECONDS });
  try {
    const { marionette } = firefox;
    const addonId = manifestGeckoId(extensionDir);
    await pollUntil(
      () => toolboxIsOpen(marionette),
      (open) => open,
      15_000,
      () => 'the toolbox did not open within 15 s of start (-devtools)',
    );
    const panel = await pollUntil(
      () => extensionPanelDefinition(marionette, PANEL_TITLE),
      (found) => found !== null,
      10_000,
      () => `no "${PANEL_TITLE}" panel in the toolbox 10 s after it opened: the devtools page did not create it`,
    );
    if (panel === null) throw new Error('unreachable: pollUntil accepted a missing panel');
    await new Promise((resolve) => setTimeout(resolve, QUIET_MS));
    return {
      views: await extensionViews(marionette, addonId),
      panel,
      console: await extensionConsole(marionette, addonId),
      output: firefox.output(),
    };
  } finally {
    await firefox.close();
  }
}

test('web-ext run with the toolbox open: the devtools page loads, creates the LLM panel, and logs no error', async () => {
  const run = await smokeRun(FIREFOX_DIST);
  const devtoolsPages = run.views.filter((view) => view.viewType === 'devtools_page');
  expect(devtoolsPages).toHaveLength(1);
  // Node's URL gives moz-extension: (not a special scheme) the origin 'null': take it by hand.
  const origin = /^moz-extension:\/\/[^/]+/.exec(devtoolsPages[0]?.url ?? '')?.[0];
  expect(origin).toBeDefined();
  // manifest.json's devtools_page, and the panel icon resolved from the extension root.
  expect(devtoolsPages[0]?.url).toBe(`${origin}/extension/devtools.html`);
  expect(run.panel.id).toMatch(/^webext-devtools-panel-/);
  expect(run.panel.icon).toBe(`${origin}/icons/icon-32.png`);
  const errors = run.console.filter((entry) => entry.level === 'error');
  expect(errors, `errors from the extension:\n${JSON.stringify(errors, null, 2)}`).toEqual([]);
  for (const entry of run.console)
    test.info().annotations.push({ type: `extension console ${entry.level}`, description: `${entry.message} (${entry.source})` });
});

test('the smoke check catches a devtools page that throws (control)', async () => {
  const broken = mkdtempSync(join(tmpdir(), 'llm-inspector-broken-'));
  try {
    cpSync(FIREFOX_DIST, broken, { recursive: true });
    // A second script in the devtools page, after the real one: it logs an error and then throws.
    writeFileSync(
      join(broken, 'broken.js'),
      "console.error('smoke control: console.error');\nthrow new Error('smoke control: uncaught');\n",
    );
    const page = join(broken, 'extension', 'devtools.html');
    writeFileSync(page, readFileSync(page, 'utf8').replace('</body>', '<script src="/broken.js"></script></body>'));

    const run = await smokeRun(broken);
    const errors = run.console.filter((entry) => entry.level === 'error').map((entry) => entry.message);
    expect(errors).toEqual(expect.arrayContaining(['smoke control: console.error', expect.stringContaining('smoke control: uncaught')]));
  } finally {
    rmSync(broken, { recursive: true, force: true });
  }
});
