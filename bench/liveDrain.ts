import { chromium, type Page } from '@playwright/test';
import { CHROMIUM } from '../browser/chromium';
import { DEFAULT_TAP_CONFIG, tapDrainExpression, tapInstallExpression } from '../extension/live/pageTap';
import { startPacedStreamServer } from '../testing/pacedStreamServer';
import type { Benchmark } from './benchmark';
import { fixed, markdownTable } from './markdown';
import { median, spreadOf } from './stats';

/**
 * Issue 14: what polling the Live tap costs the inspected page. A plain Chromium page (the tap
 * installed with its install expression, as the panel does) reads a stream of 100 events per
 * second; every 100 ms, the faster polling the panel uses while a stream is open, the drain
 * expression runs in the page, timed there with performance.now() around it: that is main-thread
 * time the page loses per drain. Each repetition is a fresh browser.
 */

const SETTINGS = {
  full: { streamMs: 10_000, repeats: 3 },
  smoke: { streamMs: 600, repeats: 1 },
} as const;

const EVENTS_PER_SECOND = 100;
const DRAIN_EVERY_MS = 100;

interface DrainSample {
  readonly ms: number;
  readonly chars: number;
}

/** The drain expression, timed inside the page. */
const timedDrain = `(() => { const started = performance.now(); const drained = ${tapDrainExpression()}; return [performance.now() - started, drained === null ? -1 : drained.length]; })()`;

const percentile = (values: readonly number[], fraction: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] ?? Number.NaN;
};

const drainWhileStreaming = async (page: Page, url: string, streamMs: number): Promise<DrainSample[]> => {
  const installed = await page.evaluate<unknown>(tapInstallExpression(DEFAULT_TAP_CONFIG));
  if (typeof installed !== 'string') throw new Error('the tap did not install');
  const events = Math.round((streamMs / 1000) * EVENTS_PER_SECOND);
  await page.evaluate(
    (target) => {
      const status = window as unknown as { liveDrainDone: boolean };
      status.liveDrainDone = false;
      void fetch(target, { method: 'POST', body: '{"messages":[]}' }).then(async (response) => {
        const reader = (response.body as ReadableStream<Uint8Array>).getReader();
        while (!(await reader.read()).done);
        status.liveDrainDone = true;
      });
    },
    `${url}/v1/chat/completions?id=bench&events=${events}&pace=${1000 / EVENTS_PER_SECOND}`,
  );
  const samples: DrainSample[] = [];
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, DRAIN_EVERY_MS));
    const [ms, chars] = (await page.evaluate<unknown>(timedDrain)) as [number, number];
    if (chars < 0) throw new Error('the tap was gone');
    samples.push({ ms, chars });
    if ((await page.evaluate<unknown>('window.liveDrainDone')) === true) break;
  }
  return samples;
};

export const liveDrainBenchmark: Benchmark = {
  id: 'live',
  title: 'Draining the Live tap: main-thread time per drain in the inspected page',
  run: async ({ scale, log }) => {
    const settings = SETTINGS[scale];
    const server = await startPacedStreamServer();
    const repeats: DrainSample[][] = [];
    try {
      for (let repeat = 1; repeat <= settings.repeats; repeat += 1) {
        const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true });
        try {
          const page = await browser.newPage();
          await page.goto(server.url);
          const samples = await drainWhileStreaming(page, server.url, settings.streamMs);
          log(
            `live: repeat ${repeat}/${settings.repeats}: ${samples.length} drains, p95 ${fixed(
              percentile(
                samples.map((s) => s.ms),
                0.95,
              ),
              3,
            )} ms`,
          );
          repeats.push(samples);
        } finally {
          await browser.close();
        }
      }
    } finally {
      await server.close();
    }
    const p95s = repeats.map((samples) =>
      percentile(
        samples.map((sample) => sample.ms),
        0.95,
      ),
    );
    const medians = repeats.map((samples) => median(samples.map((sample) => sample.ms)));
    return {
      figures: [
        {
          id: 'live.drain.p95Ms',
          label: `${EVENTS_PER_SECOND} events/s, drained every ${DRAIN_EVERY_MS} ms: 95th percentile of page time per drain`,
          value: median(p95s),
          unit: 'ms',
          spread: spreadOf(p95s),
        },
        {
          id: 'live.drain.medianMs',
          label: `${EVENTS_PER_SECOND} events/s, drained every ${DRAIN_EVERY_MS} ms: median page time per drain`,
          value: median(medians),
          unit: 'ms',
          spread: spreadOf(medians),
        },
      ],
      details: [
        `A plain \`/usr/bin/chromium\` page (headless, no DevTools) with the tap installed by \`tapInstallExpression\` reads a \`POST /v1/chat/completions\` stream of ${EVENTS_PER_SECOND} events per second for ${settings.streamMs / 1000} s from a loopback server (\`testing/pacedStreamServer.ts\`). Every ${DRAIN_EVERY_MS} ms the benchmark evaluates \`tapDrainExpression()\` in the page wrapped in \`performance.now()\`: the figure is the page's own time for the drain (collecting the chunks and \`JSON.stringify\`), not the round trip. Each repetition is a fresh browser; the figure is the median over repetitions of each one's 95th percentile.`,
        '',
        ...markdownTable(
          ['repeat', 'drains', 'median', '95th percentile', 'longest', 'median JSON size'],
          repeats.map((samples, index) => [
            String(index + 1),
            String(samples.length),
            `${fixed(median(samples.map((sample) => sample.ms)), 3)} ms`,
            `${fixed(
              percentile(
                samples.map((sample) => sample.ms),
                0.95,
              ),
              3,
            )} ms`,
            `${fixed(Math.max(...samples.map((sample) => sample.ms)), 3)} ms`,
            `${fixed(median(samples.map((sample) => sample.chars)) / 1024, 1)} KiB`,
          ]),
        ),
      ],
    };
  },
};
