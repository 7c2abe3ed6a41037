import { chromium, type Page } from '@playwright/test';
import { CHROMIUM } from '../browser/chromium';
import { DEFAULT_TAP_CONFIG, tapDrainExpression, tapInstallExpression } from '../extension/live/pageTap';
import { startPacedStreamServer } from '../testing/pacedStreamServer';
import type { Benchmark } from './benchmark';
import { fixed, markdownTable } from './markdown';
import type { Figure } from './results';
import { median, spreadOf } from './stats';

/**
 * Issue 14: what polling the Live tap costs the inspected page. A plain Chromium page (the tap
 * installed with its install expression, as the panel does) reads streams of 100 events per second
 * in all; every 100 ms, the faster polling the panel uses while a stream is open, the drain
 * expression runs in the page, timed there with performance.now() around it: that is main-thread
 * time the page loses per drain. Each repetition is a fresh browser.
 */

const SETTINGS = {
  full: { streamMs: 10_000, repeats: 3 },
  smoke: { streamMs: 600, repeats: 1 },
} as const;

const EVENTS_PER_SECOND = 100;
const DRAIN_EVERY_MS = 100;

/** One stream of 100 events/s; then 20 at 5 events/s each carrying a long conversation (its request body is in the first drain that lists it only). */
const SCENARIOS = [
  { prefix: 'live.drain', label: '1 stream', streams: 1, requestChars: 100 },
  { prefix: 'live.drain.twenty', label: '20 streams, 16 KiB request bodies', streams: 20, requestChars: 16 * 1024 },
] as const;
type Scenario = (typeof SCENARIOS)[number];

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

const startStreams = async (page: Page, url: string, streamMs: number, scenario: Scenario): Promise<void> => {
  const perStream = EVENTS_PER_SECOND / scenario.streams;
  const events = Math.max(2, Math.round((streamMs / 1000) * perStream));
  const body = JSON.stringify({ messages: [{ role: 'user', content: 'q'.repeat(scenario.requestChars) }] });
  const targets = Array.from(
    { length: scenario.streams },
    (_, index) => `${url}/v1/chat/completions?id=bench-${index}&events=${events}&pace=${1000 / perStream}`,
  );
  await page.evaluate(
    ({ targets, body }) => {
      const status = window as unknown as { liveDrainDone: boolean };
      status.liveDrainDone = false;
      const reads = targets.map((target) =>
        fetch(target, { method: 'POST', body }).then(async (response) => {
          const reader = (response.body as ReadableStream<Uint8Array>).getReader();
          while (!(await reader.read()).done);
        }),
      );
      void Promise.all(reads).then(() => {
        status.liveDrainDone = true;
      });
    },
    { targets, body },
  );
};

const drainWhileStreaming = async (page: Page, url: string, streamMs: number, scenario: Scenario): Promise<DrainSample[]> => {
  const installed = await page.evaluate<unknown>(tapInstallExpression(DEFAULT_TAP_CONFIG));
  if (typeof installed !== 'string') throw new Error('the tap did not install');
  await startStreams(page, url, streamMs, scenario);
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

interface Run {
  readonly scenario: Scenario;
  readonly repeat: number;
  readonly samples: DrainSample[];
}

const figuresOf = (runs: readonly Run[], scenario: Scenario): Figure[] => {
  const times = runs.filter((run) => run.scenario === scenario).map((run) => run.samples.map((sample) => sample.ms));
  const p95s = times.map((ms) => percentile(ms, 0.95));
  const medians = times.map((ms) => median(ms));
  const what = `${scenario.label}, ${EVENTS_PER_SECOND} events/s in all, drained every ${DRAIN_EVERY_MS} ms`;
  return [
    {
      id: `${scenario.prefix}.p95Ms`,
      label: `${what}: 95th percentile of page time per drain`,
      value: median(p95s),
      unit: 'ms',
      spread: spreadOf(p95s),
    },
    {
      id: `${scenario.prefix}.medianMs`,
      label: `${what}: median page time per drain`,
      value: median(medians),
      unit: 'ms',
      spread: spreadOf(medians),
    },
  ];
};

const runTable = (runs: readonly Run[]): string[] =>
  markdownTable(
    ['streams', 'repeat', 'drains', 'median', '95th percentile', 'longest', 'median JSON size'],
    runs.map(({ scenario, repeat, samples }) => {
      const ms = samples.map((sample) => sample.ms);
      return [
        scenario.label,
        String(repeat),
        String(samples.length),
        `${fixed(median(ms), 3)} ms`,
        `${fixed(percentile(ms, 0.95), 3)} ms`,
        `${fixed(Math.max(...ms), 3)} ms`,
        `${fixed(median(samples.map((sample) => sample.chars)) / 1024, 1)} KiB`,
      ];
    }),
  );

export const liveDrainBenchmark: Benchmark = {
  id: 'live',
  title: 'Draining the Live tap: main-thread time per drain in the inspected page',
  run: async ({ scale, log }) => {
    const settings = SETTINGS[scale];
    const server = await startPacedStreamServer();
    const runs: Run[] = [];
    try {
      for (const scenario of SCENARIOS)
        for (let repeat = 1; repeat <= settings.repeats; repeat += 1) {
          const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true });
          try {
            const page = await browser.newPage();
            await page.goto(server.url);
            const samples = await drainWhileStreaming(page, server.url, settings.streamMs, scenario);
            const p95 = percentile(
              samples.map((sample) => sample.ms),
              0.95,
            );
            log(`live: ${scenario.label}, repeat ${repeat}/${settings.repeats}: ${samples.length} drains, p95 ${fixed(p95, 3)} ms`);
            runs.push({ scenario, repeat, samples });
          } finally {
            await browser.close();
          }
        }
    } finally {
      await server.close();
    }
    return {
      figures: SCENARIOS.flatMap((scenario) => figuresOf(runs, scenario)),
      details: [
        `A plain \`/usr/bin/chromium\` page (headless, no DevTools) with the tap installed by \`tapInstallExpression\` reads \`POST /v1/chat/completions\` streams, ${EVENTS_PER_SECOND} events per second in all, for ${settings.streamMs / 1000} s from a loopback server (\`testing/pacedStreamServer.ts\`): one stream, then 20 at once whose requests carry a 16 KiB conversation (a request's body goes in the first drain that lists it only; the later drains repeat its other fields and bring the new chunks). Every ${DRAIN_EVERY_MS} ms the benchmark evaluates \`tapDrainExpression()\` in the page wrapped in \`performance.now()\`: the figure is the page's own time for the drain (collecting the chunks and \`JSON.stringify\`), not the round trip. Chromium coarsens \`performance.now()\` to 0.1 ms here. Each repetition is a fresh browser; a figure is the median over repetitions of each one's 95th percentile.`,
        '',
        ...runTable(runs),
      ],
    };
  },
};
