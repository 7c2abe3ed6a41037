import type { Page } from '@playwright/test';
import type { LlmPanel } from '../browser/devtools';
import { click, clickWithUserGesture, openTab, text, texts } from './detailTabs';
import { expect, test } from './fixtures';

/**
 * Issue 13's review, in real DevTools: the correctness gaps a reviewer found, each as the user
 * sees it. The page calls the demo server's format routes with the recorded body named in
 * `x-demo-fixture` (../shared/fixtures/formats/<folder>/<file>); every expected value below was read
 * from that file or from the request sent here. Checks after the listing are soft: one run
 * reports every gap still open.
 */

async function send(page: Page, path: string, fixture: string, body: unknown, headers: Record<string, string> = {}): Promise<number> {
  return page.evaluate(
    async ({ path, fixture, body, headers }) => {
      const response = await fetch(path, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-demo-fixture': fixture, ...headers },
        body: JSON.stringify(body),
      });
      await response.arrayBuffer();
      return response.status;
    },
    { path, fixture, body, headers },
  );
}

/** Sends one call and waits until the panel lists it, so rows come in the order of the calls. */
async function sendListed(
  panel: LlmPanel,
  page: Page,
  rows: number,
  ...call: Parameters<typeof send> extends [Page, ...infer R] ? R : never
) {
  const status = await send(page, ...call);
  await expect.poll(async () => (await panel.rows()).length, { message: `${call[0]} ${call[1]} listed` }).toBe(rows);
  return status;
}

const ANTHROPIC_KEY = 'sk-ant-api03-e2eKey0123456789abcdefWXYZ';
const IMAGE_URL = `https://uploads.example.test/${'d'.repeat(70)}/kitten.jpg?sig=s3cr3tSignatureValue0123`;

test('the review of issue 13: proxied Ollama errors, server tools in order, calls without ids, proxy cURL keys, image chips, the Format column, a: results, created_at', async ({
  inspected,
  devtools,
  demo,
}) => {
  const page = inspected.page;
  await inspected.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: demo.url });
  const panel = await devtools.showLlmPanel();
  await devtools.undock();
  await devtools.resizeUndocked(panel, 1_500);

  // 0: an Ollama 404 through a proxy's /ollama/api/chat, off port 11434.
  const ollamaRequest = { model: 'nonexistent-model-12345', messages: [{ role: 'user', content: 'Hello' }], stream: false };
  expect(await sendListed(panel, page, 1, '/ollama/api/chat', 'ollama-error-404-1.json', ollamaRequest)).toBe(404);
  // 1: an Ollama JSON answer (created_at "2025-06-28T04:14:24.642830704Z").
  await sendListed(panel, page, 2, '/ollama/api/chat', 'ollama-chat-json-text-1.json', {
    model: 'llama3.2',
    messages: [{ role: 'user', content: 'Why is honey sweet?' }],
    stream: false,
  });
  // 2: Anthropic's web search between text blocks, with an x-api-key to a host that names no provider.
  await sendListed(
    panel,
    page,
    3,
    '/v1/messages',
    'anthropic-stream-websearch-1.sse',
    { model: 'claude-sonnet-4-5', max_tokens: 1024, stream: true, messages: [{ role: 'user', content: 'An event on September 18th?' }] },
    { 'x-api-key': ANTHROPIC_KEY, 'anthropic-version': '2023-06-01', 'anthropic-dangerous-direct-browser-access': 'true' },
  );
  // 3: a Responses call sending an image by URL and one inline (PNG's 8-byte signature).
  await sendListed(panel, page, 4, '/v1/responses', 'openai-responses-json-text-1.json', {
    model: 'gpt-4o-mini',
    input: [
      {
        role: 'user',
        content: [
          { type: 'input_text', text: 'Compare these.' },
          { type: 'input_image', image_url: IMAGE_URL },
          { type: 'input_image', image_url: 'data:image/png;base64,iVBORw0KGgo=' },
        ],
      },
    ],
  });
  // 4: Gemini: a call and its response sent without ids, answered with another id-less call.
  await sendListed(panel, page, 5, '/v1beta/models/gemini-3-pro-preview:generateContent', 'gemini-json-toolcall-1.json', {
    contents: [
      { role: 'user', parts: [{ text: 'Weather in San Francisco?' }] },
      { role: 'model', parts: [{ functionCall: { name: 'weather', args: { location: 'San Francisco' } } }] },
      { role: 'user', parts: [{ functionResponse: { name: 'weather', response: { temp_f: 61 } } }] },
    ],
  });
  // 5: the AI SDK v4 data stream of a route that ran get_capital itself (a: result "Paris").
  await sendListed(panel, page, 6, '/api/chat-data', 'openai-data-tool-2steps-1.txt', {
    messages: [{ role: 'user', content: 'What is the capital of France?' }],
  });

  const rows = await panel.rows();
  expect.soft(rows.map((row) => row.status)).toEqual(['404', '200', '200', '200', '200', '200']);
  const formats = await texts(panel, '[data-testid="row-format"]');
  expect.soft(formats).toEqual(['Ollama', 'Ollama', 'Anthropic', 'OpenAI Responses', 'Gemini', 'AI SDK']);

  // The Format column shows "OpenAI Responses" whole at a 1,500 px window: its cell's text is not cut.
  const cut = await panel.evaluate(
    `Array.from(document.querySelectorAll('[data-testid="row-format"]'), (cell) => cell.scrollWidth > cell.clientWidth)`,
  );
  expect.soft(cut, 'a Format cell whose label is cut').toEqual([false, false, false, false, false, false]);
  await panel.screenshot('test-results/formatDetails/list-1500.png');

  // The proxied Ollama error: its message.
  await panel.select(0);
  expect.soft(await panel.detailText()).toContain("model 'nonexistent-model-12345' not found");

  // Ollama's creation time under its own name.
  await panel.select(1);
  await openTab(panel, 'response', 'detail-tabpanel-response');
  expect
    .soft(
      await panel.evaluate(
        `document.querySelector('[data-testid="detail-created"]').parentElement.querySelector('.field__label').textContent`,
      ),
    )
    .toBe('created_at');

  // Anthropic: text, the web search, then the text after it, each block on its own.
  await panel.select(2);
  await openTab(panel, 'conversation', 'conversation');
  await click(panel, '[data-testid="conversation-format-raw"]');
  const sequence = await panel.evaluate(
    `Array.from(document.querySelector('[data-testid="conversation-sequence"]').children, (child) =>
      child.dataset.testid === 'conversation-server-tool'
        ? '[' + child.querySelector('[data-testid="conversation-server-tool-name"]').textContent + ']'
        : child.textContent.trim())`,
  );
  expect
    .soft(Array.isArray(sequence) ? sequence.slice(0, 3) : sequence)
    .toEqual([
      'Let me search for a significant historical event that occurred on September 18th.',
      '[web_search]',
      "Here's one notable historical event that occurred on September 18th:",
    ]);
  await panel.screenshot('test-results/formatDetails/anthropic-websearch-order.png');
  // Copy as cURL: the demo server is no known provider; the key is Anthropic's by the format.
  // The page's clipboard needs the page focused, which bringToFront gives only eventually (CI: "Document is not focused").
  await expect
    .poll(async () => {
      await page.bringToFront();
      return page.evaluate(() =>
        navigator.clipboard.writeText('before the copy').then(
          () => true,
          () => false,
        ),
      );
    })
    .toBe(true);
  await clickWithUserGesture(page.context(), panel, '[data-testid="copy-curl"]');
  let curl = '';
  await expect
    .poll(async () => {
      await page.bringToFront();
      curl = await page.evaluate(() => navigator.clipboard.readText().catch(() => ''));
      return curl;
    })
    .toMatch(/^curl /);
  expect.soft(curl).toContain('-H "x-api-key: $ANTHROPIC_API_KEY"');
  expect.soft(curl).not.toContain(ANTHROPIC_KEY);

  // Responses: the image chips, by URL (masked, cut) and inline (type and size).
  await panel.select(3);
  await openTab(panel, 'conversation', 'conversation');
  const chips = await texts(panel, '[data-testid="conversation-attachment"]');
  expect.soft(chips[0]?.startsWith('input_image · https://uploads.example.test/')).toBe(true);
  expect.soft(chips[0]).not.toContain('s3cr3tSignatureValue');
  expect.soft(chips[1]).toBe('input_image · image/png · inline, 8 B');

  // Gemini: no id on either side, the result linked by name.
  await panel.select(4);
  await openTab(panel, 'conversation', 'conversation');
  expect.soft(await texts(panel, '[data-testid="conversation-tool-call-id"]')).toEqual(['no id: linked by name', 'no id']);
  expect.soft(await text(panel, '[data-testid="conversation-tool-result-by-name"]')).toBe('no id: linked by name weather');

  // AI SDK data stream: get_capital's result "Paris" with its call.
  await panel.select(5);
  await openTab(panel, 'conversation', 'conversation');
  expect.soft(await texts(panel, '[data-testid="conversation-tool-call-name"]')).toEqual(['get_capital']);
  expect.soft((await texts(panel, '[data-testid="conversation-tool-call-result-json"]')).map((json) => json.trim())).toEqual(['"Paris"']);
  await panel.screenshot('test-results/formatDetails/ai-sdk-data-result.png');
});
