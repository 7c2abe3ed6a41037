import { test, expect } from '@playwright/test';
import { navigate, pageScript } from '../../browser/firefox/firefoxDevtools';
import { launchFirefox, type FirefoxProcess } from '../../browser/firefox/firefoxProcess';
import { pollUntil } from '../../browser/firefox/firefoxSession';
import { DEFAULT_TAP_CONFIG, tapDrainExpression, tapInstallExpression } from '../../extension/live/pageTap';
import { TapDrain } from '../../extension/live/tapDrain';
import { startPacedStreamServer, type PacedStreamServer } from '../../testing/pacedStreamServer';
import { renderEveryWay } from '../liveTapRendering';

/**
 * The Live tap in a plain Firefox ESR page (no add-on: the expressions the panel evals run as page
 * scripts). Marionette's scripts may see the page through a sandbox, so everything runs from a
 * <script> element in the page's own realm and leaves its answer, as JSON, on <body>.
 */
let firefox: FirefoxProcess;
let server: PacedStreamServer;

test.beforeEach(async () => {
  server = await startPacedStreamServer();
  firefox = await launchFirefox({ via: 'firefox', lifetimeSeconds: 85 });
});
test.afterEach(async () => {
  await firefox.close();
  await server.close();
});

/** Runs `expression` (its value may be a promise) in the page's realm; its value, through JSON. */
async function inPage(expression: string): Promise<unknown> {
  const key = `r${Math.random().toString(36).slice(2)}`;
  await pageScript(
    firefox.marionette,
    `const script = document.createElement('script');
     script.textContent = 'Promise.resolve().then(() => ' + arguments[0] + ').then((value) => { document.body.dataset.' + arguments[1] + ' = JSON.stringify(value === undefined ? null : value); }, (error) => { document.body.dataset.' + arguments[1] + ' = JSON.stringify({ thrown: String(error) }); });';
     document.head.append(script);`,
    [expression, key],
  );
  const answer = await pollUntil(
    () => pageScript(firefox.marionette, `return document.body.dataset[arguments[0]] ?? null;`, [key]),
    (value) => typeof value === 'string',
    30_000,
    () => `the page script left no answer: ${expression.slice(0, 80)}`,
  );
  return JSON.parse(String(answer)) as unknown;
}

const render = () => inPage(`(${renderEveryWay.toString()})(${JSON.stringify(server.url)})`);

test('Firefox: a page renders every stream, body and error the same with the tap as without it', async () => {
  await navigate(firefox.marionette, server.url);
  const without = await render();
  await navigate(firefox.marionette, `${server.url}/other`);
  expect(typeof (await inPage(tapInstallExpression(DEFAULT_TAP_CONFIG)))).toBe('string');
  const withTap = await render();
  expect(withTap).toEqual(without);

  const raw = await inPage(tapDrainExpression());
  const drained: unknown = JSON.parse(String(raw));
  expect(TapDrain.is(drained)).toBe(true);
  if (!TapDrain.is(drained)) return;
  const reader = drained.requests.find((request) => request.url.includes('id=reader'));
  const text = (reader?.chunks ?? []).map((chunk) => chunk.text).join('');
  expect(text).toBe((without as { reader: { text: string } }).reader.text);
  expect(drained.requests.find((request) => request.url.includes('id=eventsource'))?.chunks.length).toBeGreaterThan(0);
  expect(drained.requests.find((request) => request.url.includes('id=abort-late'))?.end?.outcome).toBe('aborted');
});

test('Firefox: reader.cancel() through the tap closes the server connection', async () => {
  await navigate(firefox.marionette, server.url);
  await inPage(tapInstallExpression(DEFAULT_TAP_CONFIG));
  await inPage(`(async () => {
    const response = await fetch(${JSON.stringify(`${server.url}/v1/chat/completions?id=ff-cancel&events=100&pace=100`)}, { method: 'POST', body: '{"messages":[]}' });
    const reader = response.body.getReader();
    await reader.read();
    await reader.cancel();
    return true;
  })()`);
  const log = await pollUntil(
    () => Promise.resolve(server.log('ff-cancel')),
    (value) => value !== undefined && value.closedAt !== null,
    5_000,
    () => 'the server saw no close after reader.cancel()',
  );
  expect(log?.finished).toBe(false);
  expect(log?.writes.length ?? 100).toBeLessThan(50);
});
