import type { Page } from '@playwright/test';
import { click, openTab, text, texts } from './detailTabs';
import type { LlmPanel } from '../browser/devtools';
import { expect, test } from './fixtures';

/**
 * The Validation tab in real DevTools. The inspected page fetches a non-conforming recorded body
 * through the demo server (`x-demo-fixture`), and the tab must list its issues and, for the one
 * selected, highlight the spot in the body. Expected values read by hand from the fixtures.
 */

/** Makes the inspected page call the demo's chat endpoint and answers with the named fixture. */
async function fetchFixture(page: Page, fixture: string, stream: boolean): Promise<number> {
  return page.evaluate(
    async ({ fixture, stream }) => {
      const response = await fetch('/v1/chat/completions', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-demo-fixture': fixture },
        body: JSON.stringify({ model: 'test-model', stream, messages: [{ role: 'user', content: 'Hello' }] }),
      });
      await response.text();
      return response.status;
    },
    { fixture, stream },
  );
}

/** Makes the browser window (the inspected tab with DevTools docked in it) this many pixels high. */
async function setWindowHeight(page: Page, height: number): Promise<void> {
  const session = await page.context().newCDPSession(page);
  try {
    const { windowId } = await session.send('Browser.getWindowForTarget');
    await session.send('Browser.setWindowBounds', { windowId, bounds: { windowState: 'normal' } });
    await session.send('Browser.setWindowBounds', { windowId, bounds: { height } });
  } finally {
    await session.detach();
  }
}

/**
 * True when the highlighted line's middle lies inside its scroll box, inside every scrolling
 * ancestor, and inside the panel page's viewport; otherwise the rectangles, for the failure message.
 */
async function highlightOnScreen(panel: LlmPanel): Promise<unknown> {
  return panel.evaluate(`(() => {
    const focus = document.querySelector('[data-testid="json-tree-focus"]');
    const line = focus.getBoundingClientRect();
    const middle = (line.top + line.bottom) / 2;
    const boxes = [];
    for (let element = focus.parentElement; element !== null; element = element.parentElement) {
      const style = getComputedStyle(element);
      if (/(auto|scroll)/.test(style.overflowY)) {
        const box = element.getBoundingClientRect();
        boxes.push({ box: element.className, top: box.top, bottom: box.bottom });
      }
    }
    const inside = line.height > 0 && middle >= 0 && middle <= window.innerHeight && boxes.every((box) => middle >= box.top && middle <= box.bottom);
    return inside ? true : JSON.stringify({ line: [line.top, line.bottom], boxes, window: window.innerHeight });
  })()`);
}

test('a non-conforming JSON response: its issues listed, the selected one highlighted in the body', async ({ inspected, devtools }) => {
  const panel = await devtools.showLlmPanel();
  // tgi-chat-text-1.json: object "text_completion" instead of "chat.completion", finish_reason "eos_token".
  expect(await fetchFixture(inspected.page, 'tgi-chat-text-1.json', false)).toBe(200);
  await expect.poll(async () => (await panel.rows()).length).toBe(1);
  await panel.select(0);
  await openTab(panel, 'validation', 'validation-tab');

  expect(await text(panel, '[data-testid="validation-verdict"]')).toBe(
    'Does not conform to the chat-completion contract · 1 error, 1 warning',
  );
  expect(await texts(panel, '[data-testid="validation-issue-path"]')).toEqual(['object', 'choices[0].finish_reason']);
  expect(await texts(panel, '[data-testid="validation-issue-severity"]')).toEqual(['error', 'warning']);
  expect(await texts(panel, '[data-testid="validation-issue-actual"]')).toEqual(['string "text_completion"', 'string "eos_token"']);

  await click(panel, '[data-testid="validation-issue"]:nth-child(2)');
  await panel.waitFor(`!!document.querySelector('[data-testid="json-tree-focus"]')`, 5_000, 'selecting the issue highlighted nothing');
  expect(await text(panel, '[data-testid="validation-spot-note"]')).toBe('Highlighted: choices[0].finish_reason in the response body.');
  expect(await texts(panel, '[data-testid="json-tree-focus"]')).toEqual(['finish_reason: "eos_token"']);
  // The highlight is on screen: inside its scroll box, and that box's part holding it inside the
  // panel's window. (Before the detail's tab content scrolled by itself, the box could sit below a
  // short panel: box 710-968 px in a 786 px window.)
  expect(await highlightOnScreen(panel)).toBe(true);
  await panel.screenshot(test.info().outputPath('validation-json.png'));

  // DevTools made shorter while the spot is shown (a window resized, the drawer opened): the
  // highlight must stay on screen.
  await setWindowHeight(inspected.page, 560);
  await panel.waitFor('window.innerHeight < 500', 5_000, 'the panel did not get shorter');
  await expect.poll(() => highlightOnScreen(panel)).toBe(true);
  await panel.screenshot(test.info().outputPath('validation-json-short.png'));
  // Selected afresh in the short window, too.
  await click(panel, '[data-testid="validation-issue"]:nth-child(1)');
  await click(panel, '[data-testid="validation-issue"]:nth-child(2)');
  await panel.waitFor(
    `document.querySelector('[data-testid="json-tree-focus"]')?.textContent === 'finish_reason: "eos_token"'`,
    5_000,
    'reselecting the issue highlighted nothing',
  );
  expect(await highlightOnScreen(panel)).toBe(true);
});

test('a non-conforming stream: the issue’s event shown with the value highlighted', async ({ inspected, devtools }) => {
  const panel = await devtools.showLlmPanel();
  // mistral-stream-text-2.sse: every delta after the first carries role: null (123 of them).
  expect(await fetchFixture(inspected.page, 'mistral-stream-text-2.sse', true)).toBe(200);
  await expect.poll(async () => (await panel.rows()).length).toBe(1);
  await panel.select(0);
  await openTab(panel, 'validation', 'validation-tab');

  expect(await texts(panel, '[data-testid="validation-issue-path"]')).toEqual(['events[1].choices[0].delta.role']);
  await click(panel, '[data-testid="validation-issue"]');
  await panel.waitFor(`!!document.querySelector('[data-testid="json-tree-focus"]')`, 5_000, 'selecting the issue highlighted nothing');
  expect(await text(panel, '[data-testid="validation-spot-note"]')).toBe('Highlighted: choices[0].delta.role in event #1.');
  expect(await panel.evaluate(`document.querySelector('[data-testid="stream-event-detail"]').dataset.index`)).toBe('1');
  expect(await texts(panel, '[data-testid="json-tree-focus"]')).toEqual(['role: null']);
  expect(await text(panel, '[data-testid="stream-event-tree"] [data-path="choices[0].delta.content"]')).toBe('content: "It"');
  expect(await highlightOnScreen(panel)).toBe(true);
});
