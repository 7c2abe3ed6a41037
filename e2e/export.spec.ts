import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_API_KEY } from '../demo/calls/outcome';
import { saveDownloadsTo, type LlmPanel } from '../browser/devtools';
import { takeDownloadedFile } from './downloads';
import { expect, runDemoCall, test } from './fixtures';

/**
 * Issue 4 items 4 and 5 in real DevTools: the demo's SDK calls send `Authorization: Bearer
 * sk-demo-000000000000`; the panel must show it masked, export it masked, and an exported HAR must
 * come back through Import (button and drag and drop) as the same rows, marked imported.
 */

const MASKED_DEMO_KEY = 'Bearer sk-…0000';

/** Clicks an element of the panel by test id (the panel is not a Playwright page: no locators). */
async function click(panel: LlmPanel, testId: string): Promise<void> {
  const clicked = await panel.evaluate(
    `(() => { const el = document.querySelector('[data-testid="${testId}"]'); if (!el) return false; el.click(); return true; })()`,
  );
  if (clicked !== true) throw new Error(`no [data-testid="${testId}"] in the panel`);
}

async function panelText(panel: LlmPanel): Promise<string> {
  const text = await panel.evaluate('document.body.innerText');
  return typeof text === 'string' ? text : '';
}

/** Hands the panel a file as if chosen in the Import dialog, or as if dropped onto the panel. */
async function giveFile(panel: LlmPanel, how: 'input' | 'drop', name: string, text: string): Promise<void> {
  const file = `new File([${JSON.stringify(text)}], ${JSON.stringify(name)}, { type: 'application/json' })`;
  const deliver =
    how === 'input'
      ? `const input = document.querySelector('[data-testid="import-har-input"]'); input.files = data.files; input.dispatchEvent(new Event('change', { bubbles: true }));`
      : `const target = document.querySelector('[data-testid="exchange-list"]') ?? document.body;
         for (const type of ['dragenter', 'dragover', 'drop']) target.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: data }));`;
  await panel.evaluate(`(() => { const data = new DataTransfer(); data.items.add(${file}); ${deliver} return true; })()`);
}

test('the demo key shows masked in every tab and leaves by no copy or export unless included', async ({ inspected, devtools }) => {
  const panel = await devtools.showLlmPanel();
  expect(await runDemoCall(inspected.page, 'demo-openai-json')).toBe('ok');
  await expect.poll(() => panel.rows()).toHaveLength(1);
  await panel.select(0);

  const tabs = await panel.evaluate(`Array.from(document.querySelectorAll('[role="tab"]'), (tab) => tab.innerText)`);
  if (!Array.isArray(tabs) || !tabs.every((tab) => typeof tab === 'string'))
    throw new Error(`expected the tab names, got ${JSON.stringify(tabs)}`);
  expect(tabs).toContain('Headers');
  for (const tab of tabs) {
    await panel.evaluate(
      `Array.from(document.querySelectorAll('[role="tab"]')).find((el) => el.innerText === ${JSON.stringify(tab)}).click()`,
    );
    expect(await panelText(panel), `the ${tab} tab shows the key`).not.toContain(DEMO_API_KEY);
    if (tab === 'Headers') expect(await panelText(panel)).toContain(MASKED_DEMO_KEY);
  }

  // The clipboard: Chromium's is one per browser, so the inspected page can read what the panel copied.
  await inspected.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(inspected.page.url()).origin });
  const clipboard = async () => {
    await inspected.page.bringToFront();
    return inspected.page.evaluate(() => navigator.clipboard.readText());
  };
  await click(panel, 'copy-curl');
  await expect.poll(clipboard).toMatch(/^curl /);
  const curl = await clipboard();
  expect(curl).not.toContain(DEMO_API_KEY);
  // The demo server is no known provider: the key comes from $API_KEY, so the command runs and leaks nothing.
  expect(curl).toContain(`-H "authorization: Bearer $API_KEY"`);
  await click(panel, 'copy-response-json');
  // openai-chat-text-1.json, the body the demo replays.
  await expect.poll(clipboard).toContain('"id": "chatcmpl-ABfvaueLEMLNYbT8YzpJxsmiQ6HSY"');

  const downloads = mkdtempSync(join(tmpdir(), 'llm-export-'));
  try {
    await saveDownloadsTo(inspected.context, downloads);
    await click(panel, 'export-menu');
    await click(panel, 'export-json');
    const json = await takeDownloadedFile(downloads, '.json');
    expect(json).not.toContain(DEMO_API_KEY);
    expect(json).toContain(MASKED_DEMO_KEY);

    await click(panel, 'export-menu');
    await click(panel, 'include-secrets');
    await click(panel, 'export-har');
    const har = await takeDownloadedFile(downloads, '.har');
    expect(har).toContain(`Bearer ${DEMO_API_KEY}`);
  } finally {
    rmSync(downloads, { recursive: true, force: true });
  }
});

test('an exported HAR imports back as the same rows, marked imported, by button and by drop', async ({ inspected, devtools }) => {
  const panel = await devtools.showLlmPanel();
  for (const call of ['demo-openai-json', 'demo-openai-stream', 'demo-openai-tools'])
    expect(await runDemoCall(inspected.page, call)).toBe('ok');
  await expect.poll(() => panel.rows()).toHaveLength(3);
  // Each row's cells; not its whole text, which also holds the columns the list's width leaves out
  // (an imported row's time cell is wider, for its HAR mark, and may push Duration out of a docked panel).
  const cellsOf = async () => (await panel.rows()).map(({ text: _text, ...cells }) => cells);
  const captured = await cellsOf();

  const downloads = mkdtempSync(join(tmpdir(), 'llm-export-'));
  let har: string;
  try {
    await saveDownloadsTo(inspected.context, downloads);
    await click(panel, 'export-menu');
    await click(panel, 'export-har');
    har = await takeDownloadedFile(downloads, '.har');
  } finally {
    rmSync(downloads, { recursive: true, force: true });
  }
  expect(har).not.toContain(DEMO_API_KEY);

  // Chrome's own HAR reader (the Network panel's Import) accepts the file and finds every entry.
  const readByChrome = await devtools.evaluate(
    `import('./models/har/har.js').then((HAR) => HAR.Importer.Importer.requestsFromHARLog(new HAR.HARFormat.HARRoot(${har}).log).length)`,
  );
  expect(readByChrome).toBe(3);

  for (const how of ['input', 'drop'] as const) {
    await click(panel, 'clear-button');
    await expect.poll(() => panel.rows()).toEqual([]);
    await giveFile(panel, how, 'session.har', har);
    await expect.poll(cellsOf).toEqual(captured);
    expect(
      await panel.evaluate(`Array.from(document.querySelectorAll('[data-testid="exchange-row"]'), (row) => row.dataset.source)`),
    ).toEqual(['imported', 'imported', 'imported']);
    expect(await panel.evaluate(`document.querySelector('[data-testid="transfer-notice"]')?.innerText`)).toContain(
      'Imported 3 LLM requests from session.har',
    );
    for (const index of [0, 1, 2]) {
      await panel.select(index);
      expect(await panel.detailFields('detail-imported')).toEqual(['imported']);
    }
  }
});

test('a file that is not a HAR is refused with a message and the list stays', async ({ inspected, devtools }) => {
  const panel = await devtools.showLlmPanel();
  expect(await runDemoCall(inspected.page, 'demo-openai-json')).toBe('ok');
  await expect.poll(() => panel.rows()).toHaveLength(1);
  await giveFile(panel, 'input', 'notes.har', 'this is not JSON');
  await panel.waitFor(
    `document.querySelector('[data-testid="transfer-notice"]')?.dataset.kind === 'error'`,
    5_000,
    'no error notice after importing a non-HAR file',
  );
  expect(await panel.evaluate(`document.querySelector('[data-testid="transfer-notice"]').innerText`)).toMatch(
    /Could not import notes\.har: the file is not JSON/,
  );
  expect(await panel.rows()).toHaveLength(1);
});
