import type { Page } from '@playwright/test';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { attachDevtools, type LlmPanel } from '../browser/devtools';
import { launchWithExtension } from '../browser/launchChromium';
import { pollUntil } from '../browser/polling';
import { listFixtures } from '../demo/fixtures';
import { startDemoServer } from '../demo/server';
import type { Benchmark } from './benchmark';
import { buildChromeExtension } from './extensionBuild';
import { grouped, markdownTable } from './markdown';
import { median, spreadOf } from './stats';

/**
 * Issue 6, item 5: capture in real DevTools. A page fires a burst of chat-completion calls at the
 * demo server (recorded bodies, streams unpaced) while the LLM panel is open; the figure is how long
 * after the last response the panel lists them all. It is also the check that every call is listed,
 * once: a call missing, or a late duplicate (a getHAR backfill or a replayed hand-over), fails the
 * run, and `npm test`'s smoke run of the suite with it. Each repetition is a fresh browser.
 */

const SETTINGS = {
  full: { calls: 500, repeats: 5 },
  // Past Chromium's 6 connections to one host, so the smoke run's burst queues in the browser too.
  smoke: { calls: 30, repeats: 1 },
} as const;

/** How long the count must stay put once it read the full burst: time for a late duplicate to show. */
const SETTLE_MS = 1_000;

interface BurstRepeat {
  readonly calls: number;
  readonly sendMs: number;
  readonly listedAfterLastMs: number;
  readonly shown: string;
}

const requestsText = (count: number): string => `${count.toLocaleString('en-US')} ${count === 1 ? 'request' : 'requests'}`;

/** Fires `count` calls at once, cycling the named fixtures (`x-demo-fixture`), and reads every body to its end. */
const fireBurst = (page: Page, count: number, fixtures: readonly string[]) =>
  page.evaluate(
    async ({ count, fixtures }) => {
      const firstSentAt = Date.now();
      const answeredAt = await Promise.all(
        Array.from({ length: count }, async (_, index) => {
          const fixture = fixtures[index % fixtures.length] ?? '';
          const response = await fetch('/v1/chat/completions', {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'x-demo-fixture': fixture },
            body: JSON.stringify({
              model: 'gpt-4o-mini',
              stream: fixture.endsWith('.sse'),
              messages: [{ role: 'user', content: `Burst call ${index}` }],
            }),
          });
          await response.text();
          return Date.now();
        }),
      );
      return { answered: answeredAt.length, firstSentAt, lastAnsweredAt: Math.max(...answeredAt) };
    },
    { count, fixtures },
  );

const COUNT = '[data-testid="exchange-count"]';

/**
 * Watches the request count in the panel page itself (a MutationObserver, so no polling round trip
 * is in the figure): `window.llmBurstListedAt` becomes the time it first reads `expected`.
 */
const watchForCount = (panel: LlmPanel, expected: string): Promise<unknown> =>
  panel.evaluate(`(() => {
  window.llmBurstListedAt = null;
  const check = () => {
    if (window.llmBurstListedAt === null && document.querySelector('${COUNT}')?.textContent === ${JSON.stringify(expected)}) {
      window.llmBurstListedAt = Date.now();
      observer.disconnect();
    }
  };
  const observer = new MutationObserver(check);
  observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  check();
  return true;
})()`);

const listedAt = async (panel: LlmPanel): Promise<number | null> => {
  const value = await panel.evaluate('window.llmBurstListedAt');
  return typeof value === 'number' ? value : null;
};

const countText = async (panel: LlmPanel): Promise<string> => {
  const value = await panel.evaluate(`document.querySelector('${COUNT}')?.textContent ?? ''`);
  return typeof value === 'string' ? value : '';
};

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
    await pollUntil(
      async () => (await listedAt(panel)) !== null,
      60_000,
      `the panel did not list ${expected} within 60 s of the last response`,
    ).catch(async (error: unknown) => {
      throw new Error(`${error instanceof Error ? error.message : String(error)}; it shows "${await countText(panel)}"`);
    });
    const seenAt = (await listedAt(panel)) ?? Number.NaN;
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    const shown = await countText(panel);
    if (shown !== expected)
      throw new Error(`the panel listed ${expected}, then "${shown}" ${SETTLE_MS / 1000} s later: a late duplicate or a lost row`);
    return {
      calls,
      sendMs: burst.lastAnsweredAt - burst.firstSentAt,
      listedAfterLastMs: Math.max(0, seenAt - burst.lastAnsweredAt),
      shown,
    };
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
        log(
          `burst: repeat ${repeat}/${settings.repeats}: ${result.calls} answered in ${grouped(result.sendMs)} ms, all listed ${grouped(result.listedAfterLastMs)} ms after the last`,
        );
        repeats.push(result);
      }
      const after = repeats.map((result) => result.listedAfterLastMs);
      const sends = repeats.map((result) => result.sendMs);
      return {
        figures: [
          {
            id: 'burst.listedAfterLastMs',
            label: `${settings.calls} calls in a burst: all listed after the last response`,
            value: median(after),
            unit: 'ms',
            spread: spreadOf(after),
          },
          {
            id: 'burst.answeredMs',
            label: `${settings.calls} calls in a burst: first sent to last answered`,
            value: median(sends),
            unit: 'ms',
            spread: spreadOf(sends),
          },
        ],
        details: [
          `The extension is built from the working tree and loaded unpacked in \`/usr/bin/chromium\` (headless) with DevTools open on the tab and the LLM panel shown and listening. The tab, on the demo server (\`startDemoServer\`, streams written without pacing), sends ${settings.calls} \`POST /v1/chat/completions\` at once with \`fetch\`, cycling the ${fixtures.length} recorded bodies through \`x-demo-fixture\`, and reads each body to its end. A MutationObserver in the panel page notes when the request count first reads "${requestsText(settings.calls)}"; the figure is that moment less the last response's end, both \`Date.now()\` of the same browser. A run fails unless the count still reads that ${SETTLE_MS / 1000} s later (no call lost, none listed twice). Chromium sends at most 6 requests at a time to one host, so the burst queues in the browser. Wall-clock on a shared 2-core machine where DevTools, the page and the server compete: the spread shows how much it swings.`,
          '',
          ...markdownTable(
            ['repeat', 'first sent → last answered', 'last answered → all listed', 'the panel then showed'],
            repeats.map((result, index) => [
              String(index + 1),
              `${grouped(result.sendMs)} ms`,
              `${grouped(result.listedAfterLastMs)} ms`,
              `"${result.shown}"`,
            ]),
          ),
        ],
      };
    } finally {
      await demo.close();
      rmSync(pageDir, { recursive: true, force: true });
      extension.remove();
    }
  },
};
