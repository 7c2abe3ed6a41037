import type { LlmPanel } from '../browser/devtools';
import { expect, runDemoCall, test } from './fixtures';

/**
 * Esc that the panel handles (closing a popover or the filter's suggestions, clearing the filter)
 * must not also toggle DevTools' Console drawer, which Chrome does for an Esc that reaches
 * DevTools (devtools.ts, drawerVisible). Real key presses through CDP, real DevTools.
 */

const focus = (panel: LlmPanel, testId: string) =>
  panel.evaluate(
    `(() => { const element = document.querySelector('[data-testid="${testId}"]'); element.focus(); return document.activeElement === element; })()`,
  );
const isOpen = (panel: LlmPanel, testId: string) =>
  panel.evaluate(`document.querySelector('[data-testid="${testId}"]').closest('details').open`);

test('Esc that closes Settings, Export, the session totals or the suggestions, or clears the filter, leaves the Console drawer closed', async ({
  inspected,
  devtools,
}) => {
  const panel = await devtools.showLlmPanel();
  // Wide enough that the toolbar holds every button (narrower, the last ones move into its » menu).
  await devtools.undock();
  await devtools.resizeUndocked(panel, 1_300);
  expect(await runDemoCall(inspected.page, 'demo-openai-json')).toBe('ok');
  await expect.poll(async () => (await panel.rows()).length).toBe(1);
  expect(await devtools.drawerVisible()).toBe(false);

  for (const popover of ['settings-button', 'export-menu', 'session-totals']) {
    await panel.evaluate(`document.querySelector('[data-testid="${popover}"]').click(); true`);
    expect(await focus(panel, popover)).toBe(true);
    expect(await isOpen(panel, popover)).toBe(true);
    await panel.press('Escape');
    await expect.poll(() => isOpen(panel, popover), { message: `${popover}: Esc did not close it` }).toBe(false);
    expect(await devtools.drawerVisible(), `Esc on ${popover} opened the Console drawer`).toBe(false);
  }

  expect(await focus(panel, 'filter-input')).toBe(true);
  await panel.typeText('is:');
  await expect.poll(() => panel.evaluate(`document.querySelectorAll('[role="option"]').length`)).toBe(4);
  await panel.press('Escape');
  await expect.poll(() => panel.evaluate(`document.querySelectorAll('[role="option"]').length`)).toBe(0);
  await panel.press('Escape');
  await expect.poll(() => panel.evaluate(`document.querySelector('[data-testid="filter-input"]').value`)).toBe('');
  expect(await devtools.drawerVisible()).toBe(false);

  // At 420 px the toolbar's » menu holds the rest; Esc closes it and goes no further.
  await devtools.resizeUndocked(panel, 420);
  await panel.waitFor(`!!document.querySelector('[data-testid="toolbar-overflow"]')`, 5_000, 'no » on the toolbar at 420 px');
  await panel.evaluate(`document.querySelector('[data-testid="toolbar-overflow"]').click(); true`);
  await expect.poll(() => panel.evaluate(`!document.querySelector('[data-testid="toolbar-overflow-menu"]').hidden`)).toBe(true);
  await panel.press('Escape');
  await expect
    .poll(() => panel.evaluate(`document.querySelector('[data-testid="toolbar-overflow-menu"]').hidden`), {
      message: 'Esc did not close the » menu',
    })
    .toBe(true);
  expect(await devtools.drawerVisible(), 'Esc on the » menu opened the Console drawer').toBe(false);
  await panel.screenshot(test.info().outputPath('after-esc.png'));
});

test('control: an Esc the panel does not handle (on the list) reaches DevTools and opens the drawer', async ({ inspected, devtools }) => {
  const panel = await devtools.showLlmPanel();
  expect(await runDemoCall(inspected.page, 'demo-openai-json')).toBe('ok');
  await expect.poll(async () => (await panel.rows()).length).toBe(1);
  expect(await devtools.drawerVisible()).toBe(false);
  expect(await focus(panel, 'exchange-list')).toBe(true);
  await panel.press('Escape');
  await expect.poll(() => devtools.drawerVisible()).toBe(true);
  await panel.screenshot(test.info().outputPath('drawer-open.png'));
});
