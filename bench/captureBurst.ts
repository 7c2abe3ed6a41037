import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listFixtures } from '../demo/fixtures';
import { startDemoServer } from '../demo/server';
import { attachDevtools } from '../e2e/devtools';
import { launchWithExtension } from '../e2e/launchChromium';
import { countText, fireBurst, listedAt, watchForCount } from '../e2e/requestBurst';
import { pollUntil } from '../e2e/polling';
import type { Benchmark } from './benchmark';
import { grouped, markdownTable } from './markdown';
import { buildChromeExtension } from './panelTab/extensionBuild';
import { median, spreadOf } from './stats';

/**
 * Issue 6, item 5: capture in real DevTools. A page fires a burst of chat-completion calls at the
 * demo server (recorded bodies, streams unpaced) while the LLM panel is open; the figure is how long
 * after the last response the panel lists them all. Each repetition is a fresh browser.
 */

const SETTINGS = {
  full: { calls: 500, repeats: 5 },
  smoke: { calls: 5, repeats: 1 },
} as const;

interface BurstRepeat {
  readonly calls: number;
  readonly sendMs: number;
  readonly listedAfterLastMs: number;
  readonly shown: string;
}

const requestsText = (count: number): string => `${count.toLocaleString('en-US')} ${count === 1 ? 'request' : 'requests'}`;

const runBurst = async (extensionDir: string, demoUrl: string, calls: number, fixtures: readonly string[]): Promise<BurstRepeat> => {
  const browser = await launchWithExtension({ headless: true, extensionDir });
  try {
    await browser.page.goto(demoUrl);
    const devtools = await attachDevtools(browser.context, extensionDir);
    const panel = await devtools.showLlmPanel();
    const expected = requestsText(calls);
    await watchForCount(panel, expected);
    const burst = await fireBurst(browser.page, calls, fixtures);
    if (burst.answered !== calls) throw new Error(`only ${burst.answered} of ${calls} calls were answered`);
    await pollUntil(async () => (await listedAt(panel)) !== null, 60_000, `the panel did not list ${expected} within 60 s of the last response`)
      .catch(async (error: unknown) => {
        throw new Error(`${error instanceof Error ? error.message : String(error)}; it shows "${await countText(panel)}"`);
      });
    const seenAt = (await listedAt(panel)) ?? Number.NaN;
    return { calls, sendMs: burst.lastAnsweredAt - burst.firstSentAt, listedAfterLastMs: Math.max(0, seenAt - burst.lastAnsweredAt), shown: await countText(panel) };
  } finally {
    await browser.close();
  }
};

export const captureBurstBenchmark: Benchmark = {
  id: 'burst',
  title: 'A burst of chat-completion calls captured in real DevTools',
  run: async ({ scale, log }) => {
    const settings = SETTINGS[scale];
    const extension = await buildChromeExtension();
    // An empty page for the inspected tab: the burst needs only the demo server's origin.
    const pageDir = mkdtempSync(join(tmpdir(), 'llm-inspector-burst-page-'));
    writeFileSync(join(pageDir, 'index.html'), '<!doctype html><meta charset="utf-8"><title>burst</title>');
    const demo = await startDemoServer({ port: 0, pacingMs: 0, staticDir: pageDir });
    try {
      const fixtures = [...listFixtures().keys()];
      const repeats: BurstRepeat[] = [];
      for (let repeat = 1; repeat <= settings.repeats; repeat += 1) {
        const result = await runBurst(extension.dir, demo.url, settings.calls, fixtures);
        log(`burst: repeat ${repeat}/${settings.repeats}: ${result.calls} answered in ${grouped(result.sendMs)} ms, all listed ${grouped(result.listedAfterLastMs)} ms after the last`);
        repeats.push(result);
      }
      const after = repeats.map((result) => result.listedAfterLastMs);
      const sends = repeats.map((result) => result.sendMs);
      return {
        figures: [
          { id: 'burst.listedAfterLastMs', label: `${settings.calls} calls in a burst: all listed after the last response`, value: median(after), unit: 'ms', spread: spreadOf(after) },
          { id: 'burst.answeredMs', label: `${settings.calls} calls in a burst: first sent to last answered`, value: median(sends), unit: 'ms', spread: spreadOf(sends) },
        ],
        details: [
          `The extension is built from the working tree and loaded unpacked in \`/usr/bin/chromium\` (headless) with DevTools open on the tab and the LLM panel shown and listening. The tab, on the demo server (\`startDemoServer\`, streams written without pacing), sends ${settings.calls} \`POST /v1/chat/completions\` at once with \`fetch\`, cycling the ${fixtures.length} recorded bodies through \`x-demo-fixture\`, and reads each body to its end. A MutationObserver in the panel page notes when the request count first reads "${requestsText(settings.calls)}"; the figure is that moment less the last response's end, both \`Date.now()\` of the same browser. Chromium sends at most 6 requests at a time to one host, so the burst queues in the browser. Wall-clock on a shared 2-core machine where DevTools, the page and the server compete: the spread shows how much it swings.`,
          '',
          ...markdownTable(['repeat', 'first sent → last answered', 'last answered → all listed', 'the panel then showed'], repeats.map((result, index) => [
            String(index + 1), `${grouped(result.sendMs)} ms`, `${grouped(result.listedAfterLastMs)} ms`, `"${result.shown}"`,
          ])),
        ],
      };
    } finally {
      await demo.close();
      rmSync(pageDir, { recursive: true, force: true });
      extension.remove();
    }
  },
};
