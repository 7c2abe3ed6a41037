import { expect, test } from './fixtures';
import { pageScript } from '../../browser/firefox/firefoxDevtools';
import { openFirefoxSession, pollUntil, type FirefoxLlmPanel, type FirefoxSession } from '../../browser/firefox/firefoxSession';

/**
 * Firefox keeps at most devtools.netmonitor.responseBodyLimit bytes (default 1 MiB = 1,048,576) of
 * a body for DevTools, and hands an extension the kept bytes padded with zeros to the full size
 * (seen on ESR 153). The demo server's made-up 2 MiB completions (demo/large-body.ts) must show
 * the cut as the browser's, never as the provider's broken response. The cut falls where a
 * network chunk crossing the limit was dropped, so its byte count is only bounded: more than 0,
 * at most 1,048,576.
 */

const TWO_MIB = 2_097_152;
const LIMIT = 1_048_576;
const CUT_ISSUE =
  /^the browser cut this body at ([\d,]+) bytes of 2,097,152; Firefox: raise devtools\.netmonitor\.responseBodyLimit in about:config \(0 = no limit\), then reopen DevTools$/;
/** The whole 2 MiB stream: a role event, 1,779 content events, stop and [DONE] (counted in demo/large-body.test.ts). */
const STREAM_EVENTS = 1_782;

/** Makes the call from the demo page, as an app would, and waits until the page read it all. */
async function largeCall(session: FirefoxSession, kind: 'json' | 'stream'): Promise<unknown> {
  return pageScript(
    session.firefox.marionette,
    `
    return fetch('/large/' + arguments[0] + '/' + arguments[1] + '/v1/chat/completions', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ model: 'demo-large', stream: arguments[0] === 'stream', messages: [{ role: 'user', content: 'Write at length.' }] }),
    }).then((response) => response.text()).then((text) => text.length);`,
    [kind, TWO_MIB],
  );
}

async function validationIssues(panel: FirefoxLlmPanel): Promise<{ severity: string; message: string }[]> {
  await panel.evaluate(`document.querySelector('[data-testid="detail-tab-validation"]').click();`);
  await pollUntil(
    () => panel.evaluate(`return !!document.querySelector('[data-testid="validation-tab"]');`),
    (shown) => shown === true,
    5_000,
    () => 'the Validation tab did not show',
  );
  const issues = await panel.evaluate(`return Array.from(document.querySelectorAll('[data-testid="validation-issue"]'), (issue) => ({
    severity: issue.querySelector('[data-testid="validation-issue-severity"]').textContent,
    message: issue.querySelector('[data-testid="validation-issue-message"]').textContent,
  }));`);
  if (!Array.isArray(issues)) throw new Error(`expected a list of issues, got ${JSON.stringify(issues)}`);
  return issues.map((issue: unknown) => ({
    severity: String(Reflect.get(Object(issue), 'severity')),
    message: String(Reflect.get(Object(issue), 'message')),
  }));
}

async function verdict(panel: FirefoxLlmPanel): Promise<unknown> {
  return panel.evaluate(`return document.querySelector('[data-testid="validation-verdict"]').textContent;`);
}

function keptBytes(message: string | undefined): number {
  const digits = CUT_ISSUE.exec(message ?? '')?.[1];
  if (digits === undefined) throw new Error(`not the cut issue: ${message ?? '(none)'}`);
  return Number(digits.replaceAll(',', ''));
}

test('a 2 MiB JSON completion: the panel says Firefox cut it, and the cut JSON is no provider error', async ({ firefox }) => {
  const panel = await firefox.showLlmPanel();
  await largeCall(firefox, 'json');
  // The cut JSON has no model to read: the row shows the request's.
  await expect.poll(() => panel.rows()).toEqual([expect.objectContaining({ model: 'demo-large', kind: 'JSON', status: '200' })]);
  await panel.select(0);
  const issues = await validationIssues(panel);
  expect(issues).toEqual([
    { severity: 'warning', message: expect.stringMatching(CUT_ISSUE) as unknown },
    { severity: 'warning', message: "after the browser's cut: the body is not valid JSON: cut short or malformed" },
  ]);
  const kept = keptBytes(issues[0]?.message);
  expect(kept).toBeGreaterThan(0);
  expect(kept).toBeLessThanOrEqual(LIMIT);
  expect(await verdict(panel)).toBe('Conforms to the chat-completion contract · 0 errors, 2 warnings');
});

test('a 2 MiB stream: events up to the cut decoded (café ✓ intact), the cut shown first', async ({ firefox }) => {
  const panel = await firefox.showLlmPanel();
  await largeCall(firefox, 'stream');
  await expect.poll(() => panel.rows()).toEqual([expect.objectContaining({ model: 'demo-large', kind: 'stream', status: '200' })]);
  await panel.select(0);
  expect(await panel.detailFields('detail-stream-done')).toEqual(['unknown: the browser cut the body before its end']);
  // A 198-byte role event, then 1,179-byte content events: 1,048,576 bytes hold at most the role
  // event, 889 content events ((1,048,576 - 198) / 1,179 = 889.2) and one cut in two: 891.
  const [events = ''] = await panel.detailFields('detail-stream-events');
  expect(Number(events)).toBeGreaterThan(1);
  expect(Number(events)).toBeLessThanOrEqual(891);
  // The demo server's writes end between the two bytes of an "é" (demo/large-body.ts), so the cut
  // splits one, and Firefox then hands the kept part decoded byte by byte ("cafÃ© â\u009c\u0093 ").
  const [content = ''] = await panel.detailFields('detail-choice-content');
  expect(content.startsWith('café ✓ café ✓ café ✓ ')).toBe(true);
  const issues = await validationIssues(panel);
  expect(issues[0]).toEqual({ severity: 'warning', message: expect.stringMatching(CUT_ISSUE) as unknown });
  expect(keptBytes(issues[0]?.message)).toBeLessThanOrEqual(LIMIT);
  expect(issues.filter((issue) => issue.severity === 'error')).toEqual([]);
  expect(issues).toContainEqual({
    severity: 'warning',
    message: "after the browser's cut: the stream ended without [DONE] (cut or truncated)",
  });
});

/** Makes a call to the demo's compressed route (demo/compressed-body.ts) and returns how many characters the page read. */
async function compressedCall(session: FirefoxSession, encoding: 'gzip' | 'br', bytes: number): Promise<unknown> {
  return pageScript(
    session.firefox.marionette,
    `
    return fetch('/compressed/' + arguments[0] + '/' + arguments[1] + '/v1/chat/completions', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"model":"demo-compressed","messages":[]}' })
      .then((response) => response.text()).then((text) => text.length);`,
    [encoding, bytes],
  );
}

const GZIP_CUT_ISSUE =
  /^the browser cut this gzip body of ([\d,]+) bytes compressed and handed over the decompressed part it kept, ([\d,]+) bytes, then filler, left out here; Firefox: raise devtools\.netmonitor\.responseBodyLimit in about:config \(0 = no limit\), then reopen DevTools$/;

test("a 2 MiB gzip completion over the limit compressed: the browser's cut, not garbage as the provider's error", async ({ firefox }) => {
  const panel = await firefox.showLlmPanel();
  // Noise hardly compresses: the page reads all 2,097,152 ASCII characters, sent as about 1.58 MB of gzip.
  expect(await compressedCall(firefox, 'gzip', TWO_MIB)).toBe(TWO_MIB);
  await expect.poll(() => panel.rows()).toEqual([expect.objectContaining({ model: 'demo-compressed', kind: 'JSON', status: '200' })]);
  await panel.select(0);
  const issues = await validationIssues(panel);
  expect(issues).toEqual([
    { severity: 'warning', message: expect.stringMatching(GZIP_CUT_ISSUE) as unknown },
    { severity: 'warning', message: "after the browser's cut: the body is not valid JSON: cut short or malformed" },
  ]);
  const [, compressed = '', kept = ''] = GZIP_CUT_ISSUE.exec(issues[0]?.message ?? '') ?? [];
  // Firefox reports the compressed size, more than its 1 MiB limit; what it decompressed is more than nothing, less than the whole.
  expect(Number(compressed.replaceAll(',', ''))).toBeGreaterThan(LIMIT);
  expect(Number(kept.replaceAll(',', ''))).toBeGreaterThan(0);
  expect(Number(kept.replaceAll(',', ''))).toBeLessThan(TWO_MIB);
  expect(await verdict(panel)).toBe('Conforms to the chat-completion contract · 0 errors, 2 warnings');
});

test('with responseBodyLimit raised before DevTools opens, the same 2 MiB stream arrives whole', async ({ demo }) => {
  const session = await openFirefoxSession(demo.url, { prefs: { 'devtools.netmonitor.responseBodyLimit': 4 * LIMIT } });
  try {
    const panel = await session.showLlmPanel();
    await largeCall(session, 'stream');
    await expect.poll(() => panel.rows()).toEqual([expect.objectContaining({ model: 'demo-large', kind: 'stream', status: '200' })]);
    await panel.select(0);
    expect(await panel.detailFields('detail-stream-done')).toEqual(['yes']);
    expect(await panel.detailFields('detail-stream-events')).toEqual([String(STREAM_EVENTS)]);
    expect(await validationIssues(panel)).toEqual([]);
  } finally {
    await session.close();
  }
});
