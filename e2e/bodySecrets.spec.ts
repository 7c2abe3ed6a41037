import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { click, clickWithUserGesture, openTab, text } from './detailTabs';
import { saveDownloadsTo, type LlmPanel } from '../browser/devtools';
import { takeDownloadedFile } from './downloads';
import { expect, test } from './fixtures';

/**
 * Issue 11 items 2 and 3 in real DevTools: the page sends its key as `api_key` in the JSON body
 * (as some gateways want) and as a bearer header. The Raw tab shows it masked with a reveal, the
 * default HAR export and Copy as cURL hold no key, Copy as cURL reads it from $API_KEY (the demo
 * server is no known provider) and runs, and "include secrets" gives the request as sent.
 */

const KEY = 'sk-bodyKey0123456789abcdefWXYZ';
const MASKED = 'sk-…WXYZ';
const BODY = JSON.stringify({
  model: 'gpt-4o-mini',
  api_key: KEY,
  max_tokens: 64,
  messages: [{ role: 'user', content: 'Say "hi" for $5 `now`' }],
});

async function sendWithBodyKey(page: Page): Promise<void> {
  const status = await page.evaluate(
    async ({ body, key }) => {
      const response = await fetch('/v1/chat/completions', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
        body,
      });
      await response.arrayBuffer();
      return response.status;
    },
    { body: BODY, key: KEY },
  );
  expect(status).toBe(200);
}

/** The arguments sh gives curl for a pasted command, with API_KEY set as the user would have it. */
function argvOf(command: string): string[] {
  const script = `curl() { for a in "$@"; do printf '%s\\0' "$a"; done; }\n${command}`;
  return execFileSync('sh', ['-c', script], { encoding: 'utf8', env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin', API_KEY: KEY } })
    .split('\0')
    .slice(0, -1);
}

async function copied(inspected: { page: Page }, panel: LlmPanel, testId: string): Promise<string> {
  // The page must have focus to use the clipboard (else NotAllowedError: Document is not focused).
  await inspected.page.bringToFront();
  await inspected.page.evaluate(() => navigator.clipboard.writeText('before the copy'));
  await clickWithUserGesture(inspected.page.context(), panel, `[data-testid="${testId}"]`);
  await inspected.page.bringToFront();
  await expect.poll(() => inspected.page.evaluate(() => navigator.clipboard.readText())).toMatch(/^curl /);
  return inspected.page.evaluate(() => navigator.clipboard.readText());
}

test('an api_key in the JSON request body is masked in Raw, the HAR export and Copy as cURL, and sent with include secrets', async ({
  inspected,
  devtools,
  demo,
}) => {
  const panel = await devtools.showLlmPanel();
  await sendWithBodyKey(inspected.page);
  await expect.poll(() => panel.rows()).toHaveLength(1);
  await panel.select(0);
  await openTab(panel, 'raw', 'raw-tab');

  const line = '[data-testid="raw-request-tree"] [data-path="api_key"]';
  expect(await text(panel, line)).toBe(`api_key: "${MASKED}"reveal`);
  expect(await text(panel, '[data-testid="raw-request-tree"] [data-path="max_tokens"]')).toBe('max_tokens: 64');
  expect(await panel.evaluate('document.body.innerText')).not.toContain(KEY);
  await devtools.screenshot('test-results/body-secrets/raw-masked.png');
  await click(panel, `${line} [data-testid="secret-reveal"]`);
  expect(await text(panel, line)).toBe(`api_key: "${KEY}"hide`);
  await devtools.screenshot('test-results/body-secrets/raw-revealed.png');
  await click(panel, `${line} [data-testid="secret-reveal"]`);
  expect(await text(panel, line)).toBe(`api_key: "${MASKED}"reveal`);

  await inspected.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: demo.url });
  const curl = await copied(inspected, panel, 'copy-curl');
  expect(curl).not.toContain(KEY);
  expect(curl).toContain(`-H "authorization: Bearer $API_KEY"`);
  expect(curl).toContain(`"api_key":"'"$API_KEY"'"`);
  // Pasted into sh with the key in API_KEY, curl gets the request the page sent.
  const argv = argvOf(curl);
  expect(argv[0]).toBe(`${demo.url}/v1/chat/completions`);
  expect(argv).toContain(`authorization: Bearer ${KEY}`);
  expect(argv.slice(-2)).toEqual(['--data-raw', BODY]);
  const cmd = await copied(inspected, panel, 'copy-curl-cmd');
  expect(cmd).not.toContain(KEY);
  expect(cmd).toContain('-H ^"authorization: Bearer %API_KEY%^"');

  const downloads = mkdtempSync(join(tmpdir(), 'llm-body-secrets-'));
  try {
    await saveDownloadsTo(inspected.context, downloads);
    await click(panel, '[data-testid="export-menu"]');
    await click(panel, '[data-testid="export-har"]');
    const har = await takeDownloadedFile(downloads, '.har');
    expect(har).not.toContain(KEY);
    expect(har).toContain(JSON.stringify(BODY.replace(KEY, MASKED)));

    await click(panel, '[data-testid="include-secrets"]');
    await click(panel, '[data-testid="export-har"]');
    const full = await takeDownloadedFile(downloads, '.har');
    expect(full).toContain(JSON.stringify(BODY));
  } finally {
    rmSync(downloads, { recursive: true, force: true });
  }
  const sent = await copied(inspected, panel, 'copy-curl');
  expect(sent).toContain(`-H 'authorization: Bearer ${KEY}'`);
  expect(argvOf(sent).slice(-2)).toEqual(['--data-raw', BODY]);
});
