import { expect, runDemoCall, test } from './fixtures';

/** What the panel lists besides single calls: nothing that is not chat, and calls made before it was opened. */

test('a request that is not a chat completion is not listed', async ({ inspected, devtools }) => {
  const panel = await devtools.showLlmPanel();
  expect(await runDemoCall(inspected.page, 'demo-non-llm')).toBe('ok');
  // A chat call after it: once its row is there, the weather request (finished earlier) was seen too.
  expect(await runDemoCall(inspected.page, 'demo-fetch')).toBe('ok');

  // groq-chat-text-1.json
  await expect
    .poll(() => panel.rows())
    .toEqual([expect.objectContaining({ model: 'llama-3.3-70b-versatile', kind: 'JSON', status: '200', tokens: '48 → 8' })]);
  await new Promise((resolve) => setTimeout(resolve, 500));
  expect(await panel.rows()).toHaveLength(1);
  expect(await panel.evaluate(`document.querySelector('[data-testid="exchange-count"]').innerText`)).toBe('1 request');
  await panel.select(0);
  expect(await panel.detailFields('detail-choice-content')).toEqual(['The capital of France is Paris.']);
});

test('calls made while DevTools was open but before the panel was shown are listed', async ({ inspected, devtools }) => {
  // `devtools` has the extension's panel registered, so its devtools page is capturing; the panel
  // page itself does not exist until shown.
  expect(await runDemoCall(inspected.page, 'demo-openai-json')).toBe('ok');
  expect(await runDemoCall(inspected.page, 'demo-vercel-ai')).toBe('ok');

  const panel = await devtools.showLlmPanel();
  // openai-chat-text-1.json, then together-stream-text-1.sse (usage-only final chunk: 20 prompt → 79 completion tokens).
  await expect
    .poll(() => panel.rows())
    .toEqual([
      expect.objectContaining({ model: 'gpt-4o-2024-08-06', kind: 'JSON', status: '200', tokens: '14 → 37' }),
      expect.objectContaining({
        model: 'meta-llama/Llama-4-Maverick-17B-128E-Instruct-FP8',
        kind: 'stream',
        status: '200',
        tokens: '20 → 79',
      }),
    ]);
});

test('"Run all" on the demo page lists exactly its seven chat calls, in order', async ({ inspected, devtools }) => {
  const panel = await devtools.showLlmPanel();
  await inspected.page.getByTestId('demo-run-chat').click();
  await expect(inspected.page.getByTestId('demo-done')).toBeVisible({ timeout: 30_000 });

  // One row per chat fixture the demo replays; the weather request is not one.
  await expect
    .poll(() => panel.rows().then((rows) => rows.map((row) => [row.model, row.kind, row.status, row.tokens])))
    .toEqual([
      ['gpt-4o-2024-08-06', 'JSON', '200', '14 → 37'],
      ['gpt-4o-2024-08-06', 'stream', '200', '14 → 30'],
      ['gpt-4o-2024-08-06', 'JSON', '200', '149 → 60'],
      ['mistral-small-latest', 'stream', '200', '124 → 22'],
      ['meta-llama/Llama-4-Maverick-17B-128E-Instruct-FP8', 'stream', '200', '20 → 79'],
      ['llama-3.3-70b-versatile', 'JSON', '200', '48 → 8'],
      [expect.any(String), 'error', '429', '—'],
    ]);
});
