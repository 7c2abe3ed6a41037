import { fileURLToPath } from 'node:url';
import type { LlmPanel } from '../browser/devtools';
import { setDevtoolsTheme } from '../browser/devtools';
import { expect, runDemoCall, test } from './fixtures';

/**
 * The request log, its toolbar and the theme in real DevTools, driven by the demo page's calls.
 * Expected values come from the fixtures named beside them in demo/scenarios.ts (read by hand).
 * Keys are dispatched as DOM events inside the panel page (the panel's own handlers), not typed
 * through the DevTools window.
 */

/**
 * The README's screenshots are rewritten only on request (`npm run screenshots`), so that a test run
 * leaves the working tree clean; otherwise they go with the test's other output.
 */
const screenshot = (name: string) =>
  process.env['UPDATE_SCREENSHOTS'] === '1'
    ? fileURLToPath(new URL(`../docs/screenshots/${name}`, import.meta.url))
    : test.info().outputPath(name);

/**
 * The cells of every row in the DOM as the user reads them, in display order: by `aria-rowindex`,
 * since the DOM holds the rows by slot (ExchangeList). The lists here fit the view whole.
 */
async function rowCells(panel: LlmPanel, cells: readonly string[]): Promise<string[][]> {
  const read = cells.map((cell) => `row.querySelector('[data-testid="row-${cell}"]')?.innerText ?? null`).join(', ');
  const value = await panel.evaluate(
    `Array.from(document.querySelectorAll('[data-testid="exchange-row"]')).sort((a, b) => Number(a.getAttribute('aria-rowindex')) - Number(b.getAttribute('aria-rowindex'))).map((row) => [${read}])`,
  );
  if (!Array.isArray(value)) throw new Error(`expected rows, got ${JSON.stringify(value)}`);
  return value.map((row: unknown) => (Array.isArray(row) ? row.map(String) : []));
}

const typeFilter = (panel: LlmPanel, text: string) =>
  panel.evaluate(
    `(() => { const box = document.querySelector('[data-testid="filter-input"]'); box.value = ${JSON.stringify(text)}; box.dispatchEvent(new Event('input', { bubbles: true })); return true; })()`,
  );
const press = (panel: LlmPanel, selector: string, key: string) =>
  panel.evaluate(
    `document.querySelector(${JSON.stringify(selector)}).dispatchEvent(new KeyboardEvent('keydown', { key: ${JSON.stringify(key)}, bubbles: true, cancelable: true }))`,
  );
const selectedModel = (panel: LlmPanel) =>
  panel.evaluate(
    `document.querySelector('[data-testid="exchange-row"][aria-selected="true"] [data-testid="row-model"]')?.innerText ?? null`,
  );

test('each call shows its provider, timing and prompt → completion tokens; ↓ and Enter move through the list', async ({
  inspected,
  demo,
  devtools,
}) => {
  const panel = await devtools.showLlmPanel();
  // Empty at first, with Chrome's tips (the page's chrome-extension: URL says which browser).
  await panel.waitFor(
    `document.querySelector('[data-testid="empty-state-tips"]')?.dataset.browser === 'chrome'`,
    5_000,
    "the empty state did not give Chrome's tips",
  );
  expect(await panel.evaluate(`document.querySelector('[data-testid="empty-state-tips"]').innerText`)).toContain(
    'Reload the inspected page with DevTools open',
  );
  // Wide enough for every column (a narrow list leaves out TTFB, finish, provider, …: list/columnGrid.ts).
  await devtools.undock();
  await devtools.resizeUndocked(panel, 1_500);
  expect(await runDemoCall(inspected.page, 'demo-openai-json')).toBe('ok');
  expect(await runDemoCall(inspected.page, 'demo-openai-tools')).toBe('ok');

  // openai-chat-text-1.json: 14 → 37, stop; openai-chat-parallel-tools-1.json: 149 → 60, tool_calls.
  // The demo server is the provider: not a known API host, so it is named by its host.
  const host = new URL(demo.url).host;
  await expect
    .poll(() => rowCells(panel, ['provider', 'model', 'kind', 'status', 'tokens', 'finish', 'issues']))
    .toEqual([
      [host, 'gpt-4o-2024-08-06', 'JSON', '200', '14 → 37', 'stop', ''],
      [host, 'gpt-4o-2024-08-06', 'JSON', '200', '149 → 60', 'tool_calls', ''],
    ]);
  for (const [duration, ttfb] of await rowCells(panel, ['duration', 'ttfb'])) {
    // format/duration.ts: 0.42 ms, 7.5 ms, 812 ms, 1.24 s (a local call can take less than 10 ms).
    expect(duration).toMatch(/^(\d+|\d\.\d|0\.\d\d) ms$|^\d+\.\d\d s$/);
    expect(ttfb).toMatch(/^(\d+|\d\.\d|0\.\d\d) ms$|^\d+\.\d\d s$/);
  }

  await panel.select(0);
  await press(panel, '[data-testid="exchange-list"]', 'ArrowDown');
  await panel.waitFor(
    // aria-rowindex counts the header row as 1: the second row is 3.
    `document.querySelector('[data-testid="exchange-row"][aria-selected="true"]')?.getAttribute('aria-rowindex') === '3'`,
    5_000,
    '↓ did not select the second row',
  );
  expect(await panel.detailFields('detail-tool-call-name')).toEqual(['GetWeatherArgs', 'get_stock_price']);
  await press(panel, '[data-testid="exchange-list"]', 'Enter');
  expect(await panel.evaluate(`document.querySelector('[data-testid="exchange-detail"]').contains(document.activeElement)`)).toBe(true);
});

test('typing a model or a tool name in the filter reduces the rows; Esc brings them back; toggles narrow', async ({
  inspected,
  devtools,
}) => {
  const panel = await devtools.showLlmPanel();
  await inspected.page.getByTestId('demo-run-chat').click();
  await expect(inspected.page.getByTestId('demo-done')).toBeVisible({ timeout: 30_000 });
  await expect.poll(async () => (await panel.rows()).length).toBe(7);

  await typeFilter(panel, 'mistral-small');
  await expect.poll(async () => (await panel.rows()).map((row) => row.model)).toEqual(['mistral-small-latest']);
  expect(await panel.evaluate(`document.querySelector('[data-testid="exchange-count"]').innerText`)).toBe('1 of 7 requests');

  // The parallel-tools response calls get_stock_price; no other call names it.
  await typeFilter(panel, 'get_stock_price');
  await expect.poll(async () => (await panel.rows()).map((row) => row.tokens)).toEqual(['149 → 60']);

  await press(panel, '[data-testid="filter-input"]', 'Escape');
  await expect.poll(async () => (await panel.rows()).length).toBe(7);

  // The OpenAI stream, the Mistral SDK's streamed tool call and the Vercel AI SDK's Together stream.
  await panel.evaluate(`document.querySelector('[data-testid="toggle-streams"]').click()`);
  await expect
    .poll(async () => (await panel.rows()).map((row) => row.model))
    .toEqual(['gpt-4o-2024-08-06', 'mistral-small-latest', 'meta-llama/Llama-4-Maverick-17B-128E-Instruct-FP8']);

  // `/` from the list puts the cursor in the filter box.
  await press(panel, '[data-testid="exchange-list"]', '/');
  expect(await panel.evaluate(`document.activeElement?.dataset.testid`)).toBe('filter-input');
});

test('Preserve log off clears the list on a reload but not on a pushState route change; on keeps it', async ({ inspected, devtools }) => {
  const panel = await devtools.showLlmPanel();
  expect(await panel.evaluate(`document.querySelector('[data-testid="preserve-log"]').checked`)).toBe(false);
  expect(await runDemoCall(inspected.page, 'demo-openai-json')).toBe('ok');
  await expect.poll(async () => (await panel.rows()).length).toBe(1);

  // A single-page app changing its route is not a new document.
  await inspected.page.evaluate(() => {
    history.pushState({}, '', '/?view=history');
  });
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  expect(await panel.rows()).toHaveLength(1);

  await inspected.page.reload();
  await expect.poll(async () => (await panel.rows()).length).toBe(0);

  await panel.evaluate(`document.querySelector('[data-testid="preserve-log"]').click()`);
  expect(await runDemoCall(inspected.page, 'demo-openai-json')).toBe('ok');
  await expect.poll(async () => (await panel.rows()).length).toBe(1);
  await inspected.page.reload();
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  expect(await panel.rows()).toHaveLength(1);
});

test('follows the DevTools theme, light and then dark when the user switches (README screenshots)', async ({ inspected, devtools }) => {
  const panel = await devtools.showLlmPanel();
  await devtools.undock();
  await inspected.page.getByTestId('demo-run-chat').click();
  await expect(inspected.page.getByTestId('demo-done')).toBeVisible({ timeout: 30_000 });
  await expect.poll(async () => (await panel.rows()).length).toBe(7);
  // The parallel tool calls, focused as if the user had clicked it.
  await panel.select(2);
  await panel.evaluate(`document.querySelector('[data-testid="exchange-list"]').focus()`);
  expect(await selectedModel(panel)).toBe('gpt-4o-2024-08-06');

  const background = () => panel.evaluate(`getComputedStyle(document.body).backgroundColor`);
  expect(await panel.evaluate(`document.documentElement.dataset.theme`)).toBe('light');
  // panel.css: --bg is #ffffff in light, #282828 in dark.
  expect(await background()).toBe('rgb(255, 255, 255)');
  await panel.screenshot(screenshot('panel-light.png'));

  await setDevtoolsTheme(devtools, 'dark');
  await panel.waitFor(`document.documentElement.dataset.theme === 'dark'`, 5_000, 'the panel did not turn dark with DevTools');
  expect(await background()).toBe('rgb(40, 40, 40)');
  await panel.screenshot(screenshot('panel-dark.png'));
});

test('opens dark when DevTools was switched to dark before the panel was first shown', async ({ devtools }) => {
  // Chrome fixes chrome.devtools.panels.themeName when DevTools opens (light here): a panel page
  // that read its own would open light. The devtools page tracks the switch and hands it over.
  await setDevtoolsTheme(devtools, 'dark');
  const panel = await devtools.showLlmPanel();
  await panel.waitFor(`document.documentElement.dataset.theme === 'dark'`, 5_000, 'the panel opened light in dark DevTools');
  // panel.css: --bg is #282828 in dark.
  expect(await panel.evaluate(`getComputedStyle(document.body).backgroundColor`)).toBe('rgb(40, 40, 40)');
  await setDevtoolsTheme(devtools, 'default');
  await panel.waitFor(`document.documentElement.dataset.theme === 'light'`, 5_000, 'the panel did not turn light with DevTools');
});
