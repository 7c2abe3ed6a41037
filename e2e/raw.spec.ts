import { readFixture } from '../testing/fixtureFiles';
import { clickWithUserGesture, openTab, text } from './detailTabs';
import { expect, runDemoCall, test } from './fixtures';

/**
 * The Raw tab in real DevTools: both bodies as JSON trees, and a copy button that really puts the
 * body on the system clipboard from inside the DevTools panel's iframe, read back from the
 * inspected page. Chromium lets the panel use the Clipboard API; where a browser refuses it,
 * panel/transfer/copyText falls back to execCommand('copy'), checked here with the API refused.
 */

test('the Raw tab shows both bodies and copies the response body to the clipboard', async ({ inspected, devtools, demo }) => {
  const panel = await devtools.showLlmPanel();
  expect(await runDemoCall(inspected.page, 'demo-openai-json')).toBe('ok');
  await expect.poll(async () => (await panel.rows()).length).toBe(1);
  await panel.select(0);
  await openTab(panel, 'raw', 'raw-tab');

  // The OpenAI SDK's request and openai-chat-text-1.json as trees.
  expect(await text(panel, '[data-testid="raw-request-tree"] [data-path="model"]')).toBe('model: "gpt-4o-2024-08-06"');
  expect(await text(panel, '[data-testid="raw-response-tree"] [data-path="choices[0].finish_reason"]')).toBe('finish_reason: "stop"');
  expect(await text(panel, '[data-testid="raw-response-tree"] [data-path="usage.total_tokens"]')).toBe('total_tokens: 51');

  await inspected.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: demo.url });
  await inspected.page.evaluate(() => navigator.clipboard.writeText('before the copy'));

  await clickWithUserGesture(inspected.context, panel, '[data-testid="copy-raw-response-body"]');
  await panel.waitFor(
    `document.querySelector('[data-testid="copy-raw-response-body-status"]')?.textContent === 'Copied'`,
    5_000,
    'the copy button did not confirm the copy',
  );
  expect(await panel.evaluate(`document.querySelector('[data-testid="copy-raw-response-body-status"]').dataset.outcome`)).toBe('clipboard');

  // The body exactly as the demo server sent it: the recorded file, byte for byte.
  await inspected.page.bringToFront();
  const pasted = await inspected.page.evaluate(() => navigator.clipboard.readText());
  expect(pasted).toBe(readFixture('openai-chat-text-1.json'));
});

test('the copy falls back to execCommand when the panel may not use the Clipboard API', async ({ inspected, devtools, demo }) => {
  const panel = await devtools.showLlmPanel();
  expect(await runDemoCall(inspected.page, 'demo-openai-stream')).toBe('ok');
  await expect.poll(async () => (await panel.rows()).length).toBe(1);
  await panel.select(0);
  await openTab(panel, 'raw', 'raw-tab');
  await inspected.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: demo.url });
  await inspected.page.evaluate(() => navigator.clipboard.writeText('before the copy'));

  // What a browser that does not delegate clipboard-write to the panel's iframe answers.
  await panel.evaluate(
    `Object.defineProperty(navigator.clipboard, 'writeText', { configurable: true, value: () => Promise.reject(new DOMException('The Clipboard API has been blocked because of a permissions policy', 'NotAllowedError')) })`,
  );
  await clickWithUserGesture(inspected.context, panel, '[data-testid="copy-raw-response-body"]');
  await panel.waitFor(
    `document.querySelector('[data-testid="copy-raw-response-body-status"]')?.textContent === 'Copied'`,
    5_000,
    'the copy button did not confirm the copy',
  );
  expect(await panel.evaluate(`document.querySelector('[data-testid="copy-raw-response-body-status"]').dataset.outcome`)).toBe(
    'execCommand',
  );
  // The helper textarea is gone again.
  expect(await panel.evaluate(`document.querySelectorAll('textarea[aria-hidden="true"][readonly]').length`)).toBe(0);

  // The stream body as received: openai-stream-text-1.sse as the demo server replays it.
  await inspected.page.bringToFront();
  const pasted = await inspected.page.evaluate(() => navigator.clipboard.readText());
  expect(pasted).toBe(readFixture('openai-stream-text-1.sse'));
});
