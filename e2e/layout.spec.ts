import type { Page } from '@playwright/test';
import type { LlmPanel } from '../browser/devtools';
import { setDevtoolsTheme } from '../browser/devtools';
import { expect, test } from './fixtures';

/**
 * The panel's layout in real DevTools, undocked and resized: at 420 px the toolbar and the detail
 * tabs stay on one line with a » menu for the rest; the split remembers its share per layout; no
 * column is ever cut off at the list's right edge. Screenshots at both widths in both themes go
 * with the test's output.
 */

const runAll = async (inspected: { page: Page }, panel: LlmPanel) => {
  await inspected.page.getByTestId('demo-run-chat').click();
  await expect(inspected.page.getByTestId('demo-done')).toBeVisible({ timeout: 30_000 });
  await expect.poll(async () => (await panel.rows()).length).toBe(7);
};
/** How many lines a bar's items take: items on one line all overlap vertically (a second line starts below the first's bottom). */
const lineCount = (panel: LlmPanel, items: string) =>
  panel.evaluate(
    `(() => { const boxes = Array.from(document.querySelectorAll(${JSON.stringify(items)}), (item) => item.getBoundingClientRect()).filter((box) => box.height > 0); let lines = 0; let bottom = -Infinity; for (const box of boxes.sort((a, b) => a.top - b.top)) { if (box.top >= bottom) { lines += 1; bottom = box.bottom; } else bottom = Math.max(bottom, box.bottom); } return lines; })()`,
  );
const press = (panel: LlmPanel, selector: string, key: string) =>
  panel.evaluate(
    `(() => { const event = new KeyboardEvent('keydown', { key: ${JSON.stringify(key)}, bubbles: true, cancelable: true }); document.querySelector(${JSON.stringify(selector)}).dispatchEvent(event); return event.defaultPrevented; })()`,
  );
/** Each shown column header that reaches past the list's visible right edge (none: nothing is cut off). */
const clippedColumns = (panel: LlmPanel) =>
  panel.evaluate(
    `(() => { const edge = document.querySelector('[data-testid="exchange-list"] [role="rowgroup"]'); const right = edge.getBoundingClientRect().left + edge.clientWidth; return Array.from(document.querySelectorAll('[data-testid="exchange-list"] [role="columnheader"]')).filter((header) => header.getBoundingClientRect().right > right + 0.5).map((header) => header.dataset.testid); })()`,
  );
const splitShare = (panel: LlmPanel) =>
  panel.evaluate(`document.querySelector('[data-testid="split-handle"]').getAttribute('aria-valuenow')`);
const orientation = (panel: LlmPanel) =>
  panel.evaluate(`document.querySelector('[data-testid="split-handle"]').getAttribute('aria-orientation')`);

test('at 420 px the toolbar and the detail tabs are one line each, with a » menu holding the rest', async ({ inspected, devtools }) => {
  const panel = await devtools.showLlmPanel();
  await devtools.undock();
  await devtools.resizeUndocked(panel, 1_300);
  await runAll(inspected, panel);
  await panel.select(2);
  // Wide: everything on the bar, no ».
  expect(await panel.evaluate(`!!document.querySelector('[data-testid="toolbar-overflow"]')`)).toBe(false);
  expect(await panel.evaluate(`!!document.querySelector('[data-testid="detail-tabs-overflow"]')`)).toBe(false);
  await panel.screenshot(test.info().outputPath('wide-light.png'));

  await devtools.resizeUndocked(panel, 420);
  await panel.waitFor(`!!document.querySelector('[data-testid="toolbar-overflow"]')`, 5_000, 'no » on the toolbar at 420 px');
  // One line: every item left on the bar at the same height, and the bar no taller than DevTools' 26 px.
  expect(await lineCount(panel, '[data-testid="toolbar"] > *')).toBe(1);
  expect(await panel.evaluate(`document.querySelector('[data-testid="toolbar"]').getBoundingClientRect().height`)).toBeLessThanOrEqual(27);
  // The filter stays on the bar; Preserve log and the request count moved into the menu.
  expect(await panel.evaluate(`!!document.querySelector('[data-testid="toolbar"] > * [data-testid="filter-input"]')`)).toBe(true);
  expect(await panel.evaluate(`!!document.querySelector('[data-testid="toolbar-overflow-menu"] [data-testid="preserve-log"]')`)).toBe(true);
  // Out of sight until the » opens.
  expect(await panel.evaluate(`document.querySelector('[data-testid="preserve-log"]').checkVisibility()`)).toBe(false);

  await panel.screenshot(test.info().outputPath('narrow-light.png'));
  // Enter opens the menu onto its first control; ↓ moves; Esc closes it and is kept from DevTools.
  await panel.evaluate(`document.querySelector('[data-testid="toolbar-overflow"]').focus()`);
  expect(await press(panel, '[data-testid="toolbar-overflow"]', 'Enter')).toBe(true);
  await panel.waitFor(
    `document.querySelector('[data-testid="preserve-log"]').checkVisibility()`,
    5_000,
    'the » menu did not open onto Preserve log and the rest',
  );
  await panel.waitFor(
    `document.querySelector('[data-testid="toolbar-overflow-menu"]').contains(document.activeElement)`,
    5_000,
    'opening the » menu did not move focus into it',
  );
  expect(
    await panel.evaluate(`document.querySelector('[data-testid="toolbar-overflow-menu"] [data-testid="exchange-count"]').innerText`),
  ).toBe('7 requests');
  const first = await panel.evaluate(`document.activeElement.dataset.testid ?? document.activeElement.tagName`);
  await press(panel, '[data-testid="toolbar-overflow-menu"]', 'ArrowDown');
  expect(await panel.evaluate(`document.activeElement.dataset.testid ?? document.activeElement.tagName`)).not.toBe(first);
  await panel.screenshot(test.info().outputPath('narrow-toolbar-menu-light.png'));
  const escape = await panel.evaluate(
    `(() => { let reached = false; const spy = () => { reached = true; }; document.addEventListener('keydown', spy); const event = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }); document.activeElement.dispatchEvent(event); document.removeEventListener('keydown', spy); return { prevented: event.defaultPrevented, reached }; })()`,
  );
  expect(escape).toEqual({ prevented: true, reached: false });
  await panel.waitFor(
    `document.querySelector('[data-testid="toolbar-overflow-menu"]').hidden && document.activeElement?.dataset.testid === 'toolbar-overflow'`,
    5_000,
    'Esc did not close the » menu back onto its button',
  );

  // The detail's tab strip: one line, the open tab kept, the rest behind its own ».
  await panel.waitFor(`!!document.querySelector('[data-testid="detail-tabs-overflow"]')`, 5_000, 'no » on the detail tabs at 420 px');
  expect(await lineCount(panel, '[role="tablist"] [role="tab"]')).toBe(1);
  await panel.evaluate(`document.querySelector('[data-testid="detail-tabs-overflow"]').click()`);
  await panel.waitFor(`!document.querySelector('[data-testid="detail-tabs-overflow-menu"]').hidden`, 5_000, 'the tabs » menu did not open');
  const inMenu = await panel.evaluate(
    `Array.from(document.querySelectorAll('[data-testid="detail-tabs-overflow-item"]'), (item) => item.dataset.tab)`,
  );
  const onStrip = await panel.evaluate(
    `Array.from(document.querySelectorAll('[role="tablist"] [role="tab"]'), (tab) => tab.dataset.testid.replace('detail-tab-', ''))`,
  );
  // Between them, every tab once.
  expect([...(onStrip as string[]), ...(inMenu as string[])].sort()).toEqual([
    'conversation',
    'headers',
    'raw',
    'response',
    'timing',
    'usage',
    'validation',
  ]);
  expect(inMenu).toContain('headers');
  await panel.screenshot(test.info().outputPath('narrow-tabs-menu-light.png'));
  await panel.evaluate(`document.querySelector('[data-testid="detail-tabs-overflow-item"][data-tab="headers"]').click()`);
  await panel.waitFor(
    `document.querySelector('[data-testid="detail-tab-headers"]')?.getAttribute('aria-selected') === 'true'`,
    5_000,
    'choosing Headers in the » menu did not open it in the strip',
  );
  expect(await lineCount(panel, '[role="tablist"] [role="tab"]')).toBe(1);

  await setDevtoolsTheme(devtools, 'dark');
  await panel.waitFor(`document.documentElement.dataset.theme === 'dark'`, 5_000, 'the panel did not turn dark');
  await panel.screenshot(test.info().outputPath('narrow-dark.png'));
  await devtools.resizeUndocked(panel, 1_300);
  await panel.waitFor(`!document.querySelector('[data-testid="toolbar-overflow"]')`, 5_000, 'the » stayed on a wide toolbar');
  await panel.screenshot(test.info().outputPath('wide-dark.png'));
});

test('the split remembers its share per layout, and no column is cut off in either', async ({ inspected, devtools }) => {
  const panel = await devtools.showLlmPanel();
  await devtools.undock();
  await devtools.resizeUndocked(panel, 1_300);
  await runAll(inspected, panel);
  expect(await orientation(panel)).toBe('vertical');
  expect(await splitShare(panel)).toBe('55');
  for (let step = 0; step < 5; step += 1) await press(panel, '[data-testid="split-handle"]', 'ArrowLeft');
  expect(await splitShare(panel)).toBe('45');
  await expect.poll(() => clippedColumns(panel)).toEqual([]);

  await devtools.resizeUndocked(panel, 420);
  await panel.waitFor(
    `document.querySelector('[data-testid="split-handle"]').getAttribute('aria-orientation') === 'horizontal'`,
    5_000,
    'the split did not stack at 420 px',
  );
  // Stacked starts from its own default, 40%, not from the 45% chosen side by side.
  expect(await splitShare(panel)).toBe('40');
  await expect.poll(() => clippedColumns(panel)).toEqual([]);
  for (let step = 0; step < 5; step += 1) await press(panel, '[data-testid="split-handle"]', 'ArrowUp');
  expect(await splitShare(panel)).toBe('30');

  await devtools.resizeUndocked(panel, 1_300);
  await panel.waitFor(
    `document.querySelector('[data-testid="split-handle"]').getAttribute('aria-orientation') === 'vertical'`,
    5_000,
    'the split did not go side by side again',
  );
  expect(await splitShare(panel)).toBe('45');
  await expect.poll(() => clippedColumns(panel)).toEqual([]);
  await devtools.resizeUndocked(panel, 420);
  await panel.waitFor(
    `document.querySelector('[data-testid="split-handle"]').getAttribute('aria-orientation') === 'horizontal'`,
    5_000,
    'the split did not stack again',
  );
  expect(await splitShare(panel)).toBe('30');
  await expect.poll(() => clippedColumns(panel)).toEqual([]);
});
