import { click, number, openTab, pressKey, text, texts } from './detailTabs';
import { expect, runDemoCall, test } from './fixtures';

/**
 * The Timing tab in real DevTools, on the demo's streamed OpenAI SDK call, which replays
 * openai-stream-text-1.sse: 34 events (a role chunk, 30 one-word chunks, a finish chunk, a
 * usage-only chunk, then [DONE]), counted by hand from the file.
 */

test('a stream’s timing: HAR phases as bars, every event in order, tokens per second', async ({ inspected, devtools }) => {
  const panel = await devtools.showLlmPanel();
  expect(await runDemoCall(inspected.page, 'demo-openai-stream')).toBe('ok');
  await expect.poll(async () => (await panel.rows()).length).toBe(1);
  await panel.select(0);
  await openTab(panel, 'timing', 'timing-tab');

  expect(await text(panel, '[data-testid="timing-stream-events"]')).toBe('34');
  expect(await text(panel, '[data-testid="timing-stream-done"]')).toBe('yes');
  expect(await panel.evaluate(`document.querySelector('[data-testid="stream-event-list"]').dataset.count`)).toBe('34');

  // The first events, in order, with the text each one adds.
  const indexes = await texts(panel, '[data-testid="stream-event-index"]');
  expect(indexes.slice(0, 4)).toEqual(['#0', '#1', '#2', '#3']);
  expect((await texts(panel, '[data-testid="stream-event-summary"]')).slice(1, 4)).toEqual(['"I\'m"', '" unable"', '" to"']);
  // Virtualized: the list's box holds fewer rows than the stream has events.
  expect(indexes.length).toBeLessThan(34);

  // End moves to the last event; the list scrolls there in real layout.
  await pressKey(panel, '[data-testid="stream-event-list"]', 'End');
  await panel.waitFor(
    `document.querySelector('[data-testid="stream-event-detail"]')?.dataset.index === '33'`,
    5_000,
    'End did not select event #33',
  );
  await panel.waitFor(
    `Array.from(document.querySelectorAll('[data-testid="stream-event-index"]'), (cell) => cell.textContent).includes('#33')`,
    5_000,
    'the last row was not scrolled into view',
  );
  expect(await text(panel, '[data-testid="stream-event-text"]')).toBe('[DONE]');
  const summaries = await texts(panel, '[data-testid="stream-event-summary"]');
  expect(summaries.slice(-3)).toEqual(['finish: stop', 'usage', '[DONE]']);

  // Selecting a row shows that event's data as a tree.
  await pressKey(panel, '[data-testid="stream-event-list"]', 'Home');
  await panel.waitFor(
    `document.querySelector('[data-testid="stream-event-detail"]')?.dataset.index === '0'`,
    5_000,
    'Home did not select event #0',
  );
  await panel.waitFor(
    `!!document.querySelector('[data-testid="stream-event"][data-index="1"]')`,
    5_000,
    'the first rows did not come back into view',
  );
  await click(panel, '[data-testid="stream-event"][data-index="1"]');
  expect(await text(panel, '[data-testid="stream-event-tree"] [data-path="choices[0].delta.content"]')).toBe('content: "I\'m"');

  // Real timings from Chromium: the wait and receive bars are drawn (CSSOM widths pass the CSP).
  expect(await text(panel, '[data-testid="timing-phase"][data-phase="wait"] [data-testid="timing-phase-value"]')).toMatch(/^[\d.]+ m?s$/);
  const waitBarWidth = await number(
    panel,
    `document.querySelector('[data-phase="wait"] .timing-waterfall__bar').getBoundingClientRect().width`,
  );
  expect(waitBarWidth).toBeGreaterThan(0);
  expect(await text(panel, '[data-testid="timing-total"]')).toMatch(/^[\d.]+ m?s$/);
  // 30 completion tokens (the usage chunk) over the receive time.
  expect(await text(panel, '[data-testid="timing-tokens-per-second"]')).toMatch(
    /^[\d,.]+ tokens\/s \(30 completion tokens ÷ receive time, [\d.]+ m?s\)$/,
  );
});

test('a 990-event stream opens in the Timing tab with a screenful of rows', async ({ inspected, devtools }) => {
  const panel = await devtools.showLlmPanel();
  // groq-stream-reasoning-1.sse: 990 events (SOURCES.tsv), replayed through the demo server.
  const status = await inspected.page.evaluate(async () => {
    const response = await fetch('/v1/chat/completions', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-demo-fixture': 'groq-stream-reasoning-1.sse' },
      body: JSON.stringify({ model: 'deepseek-r1-distill-llama-70b', stream: true, messages: [{ role: 'user', content: 'Hello' }] }),
    });
    await response.text();
    return response.status;
  });
  expect(status).toBe(200);
  await expect.poll(async () => (await panel.rows()).length, { timeout: 20_000 }).toBe(1);
  await panel.select(0);
  await openTab(panel, 'timing', 'timing-tab');

  expect(await text(panel, '[data-testid="timing-stream-events"]')).toBe('990');
  const rendered = await texts(panel, '[data-testid="stream-event-index"]');
  expect(rendered[0]).toBe('#0');
  expect(rendered.length).toBeLessThan(40);
  await pressKey(panel, '[data-testid="stream-event-list"]', 'End');
  await panel.waitFor(
    `Array.from(document.querySelectorAll('[data-testid="stream-event-index"]'), (cell) => cell.textContent).includes('#989')`,
    5_000,
    'the last of 990 events was not scrolled into view',
  );
  expect((await texts(panel, '[data-testid="stream-event-index"]')).length).toBeLessThan(40);
  // 988 completion tokens, reported by the stream's final usage.
  expect(await text(panel, '[data-testid="timing-tokens-per-second"]')).toMatch(/988 completion tokens ÷ receive time/);
});
