import type { Page } from '@playwright/test';
import type { LlmPanel } from '../browser/devtools';
import { expect, test } from './fixtures';

/**
 * The filter box's language in real DevTools, over the demo page's seven calls ("Run all"; rows as
 * listed in filtering.spec.ts, from the fixtures named in demo/scenarios.ts):
 *   gpt-4o-2024-08-06 JSON 14 → 37 · gpt-4o-2024-08-06 stream 14 → 30 · gpt-4o-2024-08-06 JSON 149 → 60 ·
 *   mistral-small-latest stream 124 → 22 · meta-llama/Llama-4-Maverick-17B-128E-Instruct-FP8 stream 20 → 79 ·
 *   llama-3.3-70b-versatile JSON 48 → 8 · a 429 error.
 * Keys are pressed and text typed through CDP's Input domain, as a user would.
 */

const BOX = '[data-testid="filter-input"]';
const text = async (panel: LlmPanel, testId: string): Promise<string | null> => {
  const value = await panel.evaluate(`document.querySelector('[data-testid="${testId}"]')?.innerText ?? null`);
  return typeof value === 'string' ? value : null;
};
const options = async (panel: LlmPanel): Promise<string[]> => {
  const value = await panel.evaluate(
    `Array.from(document.querySelectorAll('[role="listbox"][data-testid="filter-suggestions"] [role="option"]'), (option) => option.innerText.split('\\n')[0])`,
  );
  return Array.isArray(value) ? value.map(String) : [];
};
const boxValue = (panel: LlmPanel) => panel.evaluate(`document.querySelector('${BOX}').value`);
const models = async (panel: LlmPanel) => (await panel.rows()).map((row) => `${row.model} ${row.kind}`);
/** Empties the box and types `typed` into it, focused. */
async function typeFilter(panel: LlmPanel, typed: string): Promise<void> {
  await panel.evaluate(`(() => { const box = document.querySelector('${BOX}'); box.focus(); box.select(); return true; })()`);
  await panel.typeText(typed);
}

async function runAll(panel: LlmPanel, page: Page): Promise<void> {
  await page.getByTestId('demo-run-chat').click();
  await expect(page.getByTestId('demo-done')).toBeVisible({ timeout: 30_000 });
  await expect.poll(async () => (await panel.rows()).length).toBe(7);
}

test('model:, status:, is: and -negation narrow the list; the session totals count what is shown, or all', async ({
  inspected,
  devtools,
}) => {
  const panel = await devtools.showLlmPanel();
  await runAll(panel, inspected.page);
  expect(await text(panel, 'session-totals')).toBe('7 calls · 369 → 236 tokens');

  await typeFilter(panel, 'is:stream');
  await expect
    .poll(() => models(panel))
    .toEqual(['gpt-4o-2024-08-06 stream', 'mistral-small-latest stream', 'meta-llama/Llama-4-Maverick-17B-128E-Instruct-FP8 stream']);
  // 14 + 124 + 20 prompt, 30 + 22 + 79 completion.
  expect(await text(panel, 'session-totals')).toBe('3 of 7 calls shown · 158 → 131 tokens');
  await panel.evaluate(
    `document.querySelector('[data-testid="session-totals"]').click(); document.querySelector('[data-testid="session-totals"]').focus(); true`,
  );
  await panel.screenshot(test.info().outputPath('totals-shown.png'));
  await panel.evaluate(`document.querySelector('[data-testid="session-totals-scope-all"]').click(); true`);
  await expect.poll(() => text(panel, 'session-totals')).toBe('7 calls (all) · 369 → 236 tokens');
  await panel.evaluate(`document.querySelector('[data-testid="session-totals-scope-shown"]').click(); true`);
  await expect.poll(() => text(panel, 'session-totals')).toBe('3 of 7 calls shown · 158 → 131 tokens');
  await panel.press('Escape');

  await typeFilter(panel, 'model:gpt -is:stream');
  await expect.poll(async () => (await panel.rows()).map((row) => row.tokens)).toEqual(['14 → 37', '149 → 60']);
  await typeFilter(panel, 'status:4xx');
  await expect.poll(async () => (await panel.rows()).map((row) => `${row.kind} ${row.status}`)).toEqual(['error 429']);
  await typeFilter(panel, '-model:gpt -is:error');
  await expect
    .poll(() => models(panel))
    .toEqual(['mistral-small-latest stream', 'meta-llama/Llama-4-Maverick-17B-128E-Instruct-FP8 stream', 'llama-3.3-70b-versatile JSON']);
  expect(await text(panel, 'exchange-count')).toBe('3 of 7 requests');
});

test('suggestions offer the keys as you type, then the models seen; ↓ and Enter take one', async ({ inspected, devtools }) => {
  const panel = await devtools.showLlmPanel();
  await runAll(panel, inspected.page);

  await typeFilter(panel, 'mo');
  await expect.poll(() => options(panel)).toEqual(['model:']);
  expect(await panel.evaluate(`document.querySelector('${BOX}').getAttribute('aria-expanded')`)).toBe('true');
  await panel.press('Tab');
  expect(await boxValue(panel)).toBe('model:');
  await expect
    .poll(() => options(panel))
    .toEqual(
      expect.arrayContaining([
        'gpt-4o-2024-08-06',
        'llama-3.3-70b-versatile',
        'meta-llama/Llama-4-Maverick-17B-128E-Instruct-FP8',
        'mistral-small-latest',
      ]),
    );
  await panel.typeText('mistral');
  await expect.poll(() => options(panel)).toEqual(['mistral-small-latest']);
  await panel.press('ArrowDown');
  expect(
    await panel.evaluate(
      `document.querySelector('${BOX}').getAttribute('aria-activedescendant') === document.querySelector('[role="option"][aria-selected="true"]').id`,
    ),
  ).toBe(true);
  await panel.screenshot(test.info().outputPath('suggestions.png'));
  await panel.press('Enter');
  expect(await boxValue(panel)).toBe('model:mistral-small-latest ');
  expect(await options(panel)).toEqual([]);
  await expect.poll(() => models(panel)).toEqual(['mistral-small-latest stream']);
});

test('a selected row the filter hides closes its detail', async ({ inspected, devtools }) => {
  const panel = await devtools.showLlmPanel();
  await runAll(panel, inspected.page);
  await panel.select(1);
  expect(
    await panel.evaluate(`document.querySelector('[data-testid="exchange-row"][aria-selected="true"] [data-testid="row-kind"]').innerText`),
  ).toBe('stream');

  await typeFilter(panel, 'is:stream');
  await expect.poll(async () => (await panel.rows()).length).toBe(3);
  expect(await panel.detailText()).not.toBe('');
  await typeFilter(panel, '-is:stream');
  await expect.poll(async () => (await panel.rows()).length).toBe(4);
  await expect.poll(() => panel.detailText()).toBe('');
  expect(await panel.evaluate(`!!document.querySelector('[data-testid="detail-placeholder"]')`)).toBe(true);
  await panel.screenshot(test.info().outputPath('hidden-selection.png'));
});
