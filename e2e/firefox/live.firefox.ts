import { expect, test as base } from './fixtures';
import { navigate, pageScript } from '../../browser/firefox/firefoxDevtools';
import { pollUntil } from '../../browser/firefox/firefoxSession';
import { startDemoServer } from '../../demo/server';
import { startPacedStreamServer } from '../../testing/pacedStreamServer';
import { expectServerPacing, FIGURES_EXPRESSION, type LiveFigures, pacedPath, PACING, startPacedRead } from '../livePacing';

/**
 * Live (issue 14) in Firefox's toolbox: the panel taps the demo page with inspectedWindow.eval and
 * polls it. The demo replays openai-stream-text-1.sse (34 events) 300 ms apart, about 10 s, so the
 * stream can be seen in flight: checked against the page's own card still running, not a timing.
 */
const test = base.extend({
  // Playwright reads a fixture's dependencies from the destructuring pattern; this one has none.
  // eslint-disable-next-line no-empty-pattern
  demo: async ({}, use) => {
    const server = await startDemoServer({ port: 0, pacingMs: 300, streamCapMs: 11_000 });
    try {
      await use(server);
    } finally {
      await server.close();
    }
  },
});

const BUSY_ROW = '[data-testid="exchange-row"][aria-busy="true"]';
const TAP_PRESENT = `Object.getOwnPropertySymbols(window).some((symbol) => symbol.description === 'llm-network-inspector.tap')`;
const CARD_STATE = `return document.querySelector('[data-testid="demo-openai-stream"]').parentElement.dataset.state;`;

test('Live in Firefox: a paced stream is listed in flight with its text so far, then confirmed by the browser record', async ({
  firefox,
}) => {
  test.setTimeout(120_000);
  const panel = await firefox.showLlmPanel();
  const { marionette } = firefox.firefox;
  await pollUntil(
    () => panel.evaluate(`return !!document.querySelector('[data-testid="live-toggle"]');`),
    (shown) => shown === true,
    10_000,
    () => 'no Live switch',
  );
  await panel.evaluate(`document.querySelector('[data-testid="live-toggle"]').click();`);
  // Installed by the first poll.
  await pollUntil(
    () =>
      pageScript(
        marionette,
        `return Object.getOwnPropertySymbols(window).some((symbol) => symbol.description === 'llm-network-inspector.tap');`,
      ),
    (installed) => installed === true,
    10_000,
    () => 'the tap was not installed in the page',
  );
  await pageScript(marionette, `document.querySelector('[data-testid="demo-openai-stream"]').click(); return true;`);

  await pollUntil(
    () => panel.evaluate(`return !!document.querySelector('${BUSY_ROW}');`),
    (busy) => busy === true,
    5_000,
    () => 'no in-flight row',
  );
  expect(await pageScript(marionette, CARD_STATE)).toBe('running');
  await panel.evaluate(`document.querySelector('${BUSY_ROW}').click();`);
  // The recording's first words are "I'm unable to" (one word an event).
  const soFar = await pollUntil(
    () => panel.evaluate(`return document.querySelector('[data-testid="detail-choice-content"]')?.textContent ?? '';`),
    (text) => typeof text === 'string' && text.startsWith("I'm"),
    8_000,
    (last) => `no text in the detail while in flight (last: ${String(last)})`,
  );
  expect(await pageScript(marionette, CARD_STATE)).toBe('running');
  expect(await panel.evaluate(`return document.querySelector('[data-testid="detail-live-unconfirmed"]')?.textContent;`)).toBe(
    'reported by the page',
  );

  await pollUntil(
    () => pageScript(marionette, CARD_STATE),
    (state) => state === 'ok',
    30_000,
    (last) => `the demo call did not finish (state ${String(last)})`,
  );
  await pollUntil(
    () =>
      panel.evaluate(
        `return !document.querySelector('${BUSY_ROW}') && !document.querySelector('[data-testid="detail-live-unconfirmed"]');`,
      ),
    (confirmed) => confirmed === true,
    10_000,
    () => 'the live row was not confirmed by the browser record',
  );
  const rows = await panel.rows();
  expect(rows).toHaveLength(1);
  expect(rows[0]?.tokens).toBe('14 → 30');
  const finalText = await panel.evaluate(`return document.querySelector('[data-testid="detail-choice-content"]').textContent;`);
  expect(String(finalText).startsWith(String(soFar))).toBe(true);
});

test('Live in Firefox: a 10-second paced stream is listed before its 3rd event; its Timing figures match the server pacing within 100 ms', async ({
  firefox,
}) => {
  test.setTimeout(120_000);
  const server = await startPacedStreamServer();
  try {
    const { marionette } = firefox.firefox;
    await navigate(marionette, `${server.url}/`);
    const panel = await firefox.showLlmPanel();
    await pollUntil(
      () => panel.evaluate(`return !!document.querySelector('[data-testid="live-toggle"]');`),
      (shown) => shown === true,
      10_000,
      () => 'no Live switch',
    );
    // A new origin: Live is off there until switched on.
    await pollUntil(
      () => panel.evaluate(`return document.querySelector('[data-testid="live-toggle"]').getAttribute('aria-pressed');`),
      (pressed) => pressed === 'false',
      10_000,
      () => 'Live is not off on the paced server origin',
    );
    await panel.evaluate(`document.querySelector('[data-testid="live-toggle"]').click();`);
    await pollUntil(
      () => pageScript(marionette, `return ${TAP_PRESENT};`),
      (installed) => installed === true,
      10_000,
      () => 'no tap',
    );
    await pageScript(marionette, `return ${startPacedRead(pacedPath('paced'))};`);

    await pollUntil(
      () => panel.evaluate(`return !!document.querySelector('${BUSY_ROW}');`),
      (busy) => busy === true,
      5_000,
      () => 'no in-flight row',
    );
    // By the server's own log, not a timer: one event a second, the first 400 ms after the headers.
    const writesWhenListed = server.log('paced')?.writes.length ?? Number.NaN;
    test.info().annotations.push({ type: 'events written when listed', description: String(writesWhenListed) });
    expect(writesWhenListed).toBeLessThan(3);
    await panel.evaluate(`document.querySelector('${BUSY_ROW}').click();`);
    await panel.evaluate(`document.querySelector('[data-testid="detail-tab-timing"]').click();`);
    await pollUntil(
      () => panel.evaluate(`return !!document.querySelector('[data-testid="timing-ttft"] [data-ms]');`),
      (shown) => shown === true,
      10_000,
      () => 'no time to first token in flight',
    );
    const pageStartedAt = Number(await pageScript(marionette, `return document.body.dataset.pacedStart;`));
    const inFlight = (await panel.evaluate(`return ${FIGURES_EXPRESSION};`)) as LiveFigures;
    const firstWrite = server.log('paced')?.writes[0] ?? Number.NaN;
    expect(Math.abs((inFlight.ttft ?? Number.NaN) - (firstWrite - pageStartedAt))).toBeLessThanOrEqual(PACING.toleranceMs);

    await pollUntil(
      () => pageScript(marionette, `return document.body.dataset.pacedText ?? '';`),
      (text) => typeof text === 'string' && text.includes('[DONE]'),
      20_000,
      (last) => `the page did not read the whole stream (${String(last).slice(0, 80)})`,
    );
    await pollUntil(
      () =>
        panel.evaluate(
          `return document.querySelector('[data-testid="timing-live-source"]')?.dataset.confirmed === 'true' && !document.querySelector('${BUSY_ROW}');`,
        ),
      (confirmed) => confirmed === true,
      20_000,
      () => 'the live row was not confirmed by the browser record',
    );
    const log = server.log('paced');
    if (log === undefined) throw new Error('the server saw no stream');
    const confirmed = (await panel.evaluate(`return ${FIGURES_EXPRESSION};`)) as LiveFigures;
    test.info().annotations.push({
      type: 'figures',
      description: JSON.stringify({ confirmed, writes: log.writes.map((at) => at - pageStartedAt) }),
    });
    expectServerPacing(confirmed, log, pageStartedAt);
  } finally {
    await server.close();
  }
});
