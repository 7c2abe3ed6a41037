import { expect } from '@playwright/test';
import type { StreamLog } from '../testing/pacedStreamServer';

/**
 * The Live pacing check (issue 14), shared by e2e/live.spec.ts (Chromium) and
 * e2e/firefox/live.firefox.ts: the inspected page reads a 10-second stream from
 * testing/pacedStreamServer.ts (one event a second, the first 400 ms after the headers), and the
 * Timing tab's figures must match the server's own write log within 100 ms. Comparing measured
 * values with a tolerance: no speed is asserted.
 */
export const PACING = { events: 10, paceMs: 1_000, delayMs: 400, toleranceMs: 100 } as const;

/** The stream's path on the paced server; `id` names its write log. */
export const pacedPath = (id: string): string =>
  `/v1/chat/completions?id=${id}&events=${PACING.events}&pace=${PACING.paceMs}&delay=${PACING.delayMs}`;

/**
 * A script (one expression) that makes the page itself read the stream, as an app does: a script
 * element, so the fetch is the page's own (wrapped by the tap) in either browser, whatever world
 * the test's own scripts run in. The page's start time and the text it read go to the body's data
 * attributes, readable from any world.
 */
export const startPacedRead = (path: string): string => {
  const app = `(() => {
    const started = performance.timeOrigin + performance.now();
    document.body.dataset.pacedStart = String(started);
    fetch(${JSON.stringify(path)}, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ model: 'gpt-4o', stream: true, messages: [{ role: 'user', content: 'pace me' }] }),
    }).then(async (response) => {
      const reader = response.body.getReader();
      const decoder = new TextDecoder();
      let text = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        text += decoder.decode(value, { stream: true });
      }
      document.body.dataset.pacedText = text;
    }, (error) => { document.body.dataset.pacedText = 'failed: ' + String(error); });
  })();`;
  return `(() => { const script = document.createElement('script'); script.textContent = ${JSON.stringify(app)}; document.head.append(script); script.remove(); return true; })()`;
};

/** The Timing tab's Live figures as their `data-ms` say (null where the tab shows none). */
export const FIGURES_EXPRESSION = `(() => {
  const ms = (id) => { const value = document.querySelector('[data-testid="' + id + '"] [data-ms]')?.dataset.ms; return value === undefined ? null : Number(value); };
  return { ttfb: ms('timing-ttfb'), ttft: ms('timing-ttft'), median: ms('timing-gap-median'), p95: ms('timing-gap-p95'), longest: ms('timing-longest-stall') };
})()`;

export type LiveFigures = {
  readonly ttfb: number | null;
  readonly ttft: number | null;
  readonly median: number | null;
  readonly p95: number | null;
  readonly longest: number | null;
};

/** The server's gaps between its event writes, with the figures the panel computes over them (gapFigures.ts). */
export function serverPacing(log: StreamLog) {
  const gaps = log.writes.slice(1).map((at, index) => at - (log.writes[index] ?? at));
  const sorted = [...gaps].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
  return { gaps, median, p95: sorted[Math.ceil(0.95 * sorted.length) - 1] ?? 0, longest: Math.max(...gaps) };
}

/**
 * The panel's figures against the server's log: time to first token is the first event's write
 * (it carries text) after the page's start; the gaps are the writes' gaps. Every event was
 * written, so the figures are complete.
 */
export function expectServerPacing(figures: LiveFigures, log: StreamLog, pageStartedAt: number): void {
  const { toleranceMs } = PACING;
  const firstWrite = log.writes[0] ?? Number.NaN;
  expect(log.writes).toHaveLength(PACING.events + 1);
  expect(figures.ttft, 'time to first token').not.toBeNull();
  expect(
    Math.abs((figures.ttft ?? Number.NaN) - (firstWrite - pageStartedAt)),
    `TTFT ${figures.ttft} vs server ${firstWrite - pageStartedAt}`,
  ).toBeLessThanOrEqual(toleranceMs);
  // The headers come no later than the first token. (The server flushes them at once; Firefox's
  // fetch was seen to resolve only with the first body bytes, 400 ms later, so no tighter bound.)
  expect(figures.ttfb ?? Number.NaN).toBeLessThanOrEqual(figures.ttft ?? Number.NaN);
  const server = serverPacing(log);
  for (const [name, panel, expected] of [
    ['median gap', figures.median, server.median],
    ['p95 gap', figures.p95, server.p95],
    ['longest stall', figures.longest, server.longest],
  ] as const) {
    expect(panel, name).not.toBeNull();
    expect(Math.abs((panel ?? Number.NaN) - expected), `${name}: panel ${panel}, server ${expected}`).toBeLessThanOrEqual(toleranceMs);
  }
}
