import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { CHARSET_TEXT, WINDOWS_1252_TEXT } from '../demo/charset-body';
import { click, openTab, text } from './detailTabs';
import { saveDownloadsTo, type LlmPanel } from '../browser/devtools';
import { pollUntil } from '../browser/polling';
import { takeDownloadedFile } from './downloads';
import { expect, test } from './fixtures';

/**
 * Issue 11 item 1 in real DevTools: Chromium hands DevTools a text/* body whose Content-Type names
 * no charset decoded as windows-1252, so UTF-8 "Привет" reached the panel as "ÐŸÑ€Ð¸Ð²ÐµÑ‚". The
 * page calls the demo server's /charset/ route (demo/charset-body.ts) for each kind of body, with
 * and without a charset, and reads each as a page would (fetch's text() is UTF-8; the declared
 * windows-1252 body through TextDecoder('windows-1252')). The panel must hold exactly that text:
 * the Response and Conversation tabs, Raw, the filter and the exported HAR.
 */

const CALLS = [
  ['sse', 'none'],
  ['json', 'none'],
  ['ndjson', 'none'],
  ['text', 'none'],
  ['sse', 'utf-8'],
  ['json', 'utf-8'],
  ['ndjson', 'utf-8'],
  ['text', 'utf-8'],
  ['text', 'windows-1252'],
] as const;

const pathOf = ([kind, charset]: (typeof CALLS)[number]): string => `/charset/${kind}/${charset}/v1/chat/completions`;

/** Makes the call from the inspected page and returns the text it read. */
async function callAndRead(page: Page, path: string, charset: string): Promise<string> {
  return page.evaluate(
    async ({ path, charset }) => {
      const response = await fetch(path, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"model":"demo-charset","messages":[{"role":"user","content":"hi"}]}',
      });
      return charset === 'windows-1252' ? new TextDecoder('windows-1252').decode(await response.arrayBuffer()) : response.text();
    },
    { path, charset },
  );
}

async function filterBy(panel: LlmPanel, value: string): Promise<string> {
  await panel.evaluate(
    `(() => { const box = document.querySelector('[data-testid="filter-input"]'); box.value = ${JSON.stringify(value)}; box.dispatchEvent(new Event('input', { bubbles: true })); return true; })()`,
  );
  // The list filters on the next frame: wait until the count says it is filtered (or cleared).
  await pollUntil(
    async () => (await text(panel, '[data-testid="exchange-count"]')).includes(' of ') === (value !== ''),
    5_000,
    `the filter "${value}" did not apply`,
  );
  return text(panel, '[data-testid="exchange-count"]');
}

/** The panel's HAR export, as the file the browser wrote, parsed: each entry's URL path and body text. */
async function exportedBodies(
  inspected: { context: Parameters<typeof saveDownloadsTo>[0] },
  panel: LlmPanel,
): Promise<Map<string, unknown>> {
  const downloads = mkdtempSync(join(tmpdir(), 'llm-charset-'));
  try {
    await saveDownloadsTo(inspected.context, downloads);
    await click(panel, '[data-testid="export-menu"]');
    await click(panel, '[data-testid="export-har"]');
    const har: unknown = JSON.parse(await takeDownloadedFile(downloads, '.har'));
    const entries: unknown = Reflect.get(Object(Reflect.get(Object(har), 'log')), 'entries');
    if (!Array.isArray(entries)) throw new Error('the exported HAR has no entries');
    return new Map(
      entries.map((entry: unknown) => {
        const url = String(Reflect.get(Object(Reflect.get(Object(entry), 'request')), 'url'));
        return [new URL(url).pathname, Reflect.get(Object(Reflect.get(Object(Reflect.get(Object(entry), 'response')), 'content')), 'text')];
      }),
    );
  } finally {
    rmSync(downloads, { recursive: true, force: true });
  }
}

test('UTF-8 served with and without a charset: the panel shows exactly the text the page read', async ({ inspected, devtools }) => {
  const panel = await devtools.showLlmPanel();
  const read = new Map<string, string>();
  for (const call of CALLS) read.set(pathOf(call), await callAndRead(inspected.page, pathOf(call), call[1]));
  await expect.poll(() => text(panel, '[data-testid="exchange-count"]'), { timeout: 20_000 }).toBe(`${CALLS.length} requests`);
  // The page itself read them right: the text as sent, and the windows-1252 body as declared.
  expect(read.get('/charset/text/none/v1/chat/completions')).toBe(CHARSET_TEXT);
  expect(read.get('/charset/text/windows-1252/v1/chat/completions')).toBe(WINDOWS_1252_TEXT);

  // The stream without a charset: the reassembled content in the Response and Conversation tabs.
  await panel.select(0);
  expect(await text(panel, '[data-testid="detail-url"]')).toContain(pathOf(['sse', 'none']));
  await panel.screenshot('test-results/charset/sse-without-charset-response.png');
  expect(await panel.detailFields('detail-choice-content')).toEqual([CHARSET_TEXT]);
  await openTab(panel, 'conversation', 'conversation');
  expect(await text(panel, '[data-testid="conversation-turn"][data-source="response"] [data-testid="conversation-content"]')).toBe(
    CHARSET_TEXT,
  );
  await panel.screenshot('test-results/charset/sse-without-charset-conversation.png');
  await click(panel, '[data-testid="detail-tab-response"]');

  // JSON without a charset, in Raw's tree; the NDJSON and text stream (not JSON) in Raw as text.
  await panel.select(1);
  await openTab(panel, 'raw', 'raw-tab');
  await click(panel, '[data-testid="raw-response-tree"] button[aria-label="Expand choices[0].message"]');
  expect(await text(panel, '[data-testid="raw-response-tree"] [data-path="choices[0].message.content"]')).toBe(
    `content: ${JSON.stringify(CHARSET_TEXT)}`,
  );
  for (const [index, path] of [
    [2, pathOf(['ndjson', 'none'])],
    [3, pathOf(['text', 'none'])],
    [8, pathOf(['text', 'windows-1252'])],
  ] as const) {
    await panel.select(index);
    expect(await text(panel, '[data-testid="raw-response-text"]'), path).toBe(read.get(path));
  }
  await panel.screenshot('test-results/charset/text-windows-1252-raw.png');
  await click(panel, '[data-testid="detail-tab-response"]');

  // The filter searches the response text: the stream and the JSON, with and without a charset.
  expect(await filterBy(panel, 'Привет')).toBe(`4 of ${CALLS.length} requests`);
  expect(await filterBy(panel, '日本 ✓')).toBe(`4 of ${CALLS.length} requests`);
  await filterBy(panel, '');

  // The export holds every body exactly as the page read it.
  const exported = await exportedBodies(inspected, panel);
  for (const call of CALLS) expect(exported.get(pathOf(call)), pathOf(call)).toBe(read.get(pathOf(call)));
});
