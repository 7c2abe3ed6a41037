import { CHARSET_TEXT, WINDOWS_1252_TEXT } from '../../demo/charset-body';
import { expect, test } from './fixtures';
import { pageScript } from '../../browser/firefox/firefoxDevtools';
import type { FirefoxSession } from '../../browser/firefox/firefoxSession';

/**
 * Issue 11 item 1, the Firefox side: Firefox hands DevTools a charset-less UTF-8 body decoded as
 * UTF-8 already (seen on ESR 153), so the re-reading Chromium's bodies need (decode/utf8Reread.ts)
 * must leave it as it is: Cyrillic, CJK, an emoji and a combining accent, and a body declared
 * windows-1252 ("café – naïve €5") as Firefox decoded it.
 */

/** Makes the call from the demo page and returns the text the page read. */
async function call(session: FirefoxSession, path: string, charset: string): Promise<unknown> {
  return pageScript(
    session.firefox.marionette,
    `
    return fetch(arguments[0], { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"model":"demo-charset","messages":[]}' })
      .then((response) => arguments[1] === 'windows-1252' ? response.arrayBuffer().then((bytes) => new TextDecoder('windows-1252').decode(bytes)) : response.text());`,
    [path, charset],
  );
}

test("UTF-8 without a charset and a declared windows-1252 body: Firefox's panel shows the text the page read", async ({ firefox }) => {
  const panel = await firefox.showLlmPanel();
  expect(await call(firefox, '/charset/sse/none/v1/chat/completions', 'none')).toContain('Привет');
  expect(await call(firefox, '/charset/json/none/v1/chat/completions', 'none')).toContain('Привет');
  expect(await call(firefox, '/charset/text/none/v1/chat/completions', 'none')).toBe(CHARSET_TEXT);
  expect(await call(firefox, '/charset/text/windows-1252/v1/chat/completions', 'windows-1252')).toBe(WINDOWS_1252_TEXT);
  await expect.poll(async () => (await panel.rows()).length).toBe(4);

  for (const index of [0, 1]) {
    await panel.select(index);
    expect(await panel.detailFields('detail-choice-content')).toEqual([CHARSET_TEXT]);
  }
  await panel.evaluate(`document.querySelector('[data-testid="detail-tab-raw"]').click();`);
  for (const [index, expected] of [
    [2, CHARSET_TEXT],
    [3, WINDOWS_1252_TEXT],
  ] as const) {
    await panel.select(index);
    await expect
      .poll(() => panel.evaluate(`return document.querySelector('[data-testid="raw-response-text"]')?.textContent ?? null;`))
      .toBe(expected);
  }
});
