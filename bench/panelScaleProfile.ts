/**
 * Round s8 (issue 16 item 1): what the panel's main thread does while a person filters and scrolls
 * 10,000 exchanges. Not part of `npm run bench`: run it by hand to look into panel.filter.ms and the
 * scroll's long tasks.
 *
 *   node --import tsx bench/panelScaleProfile.ts [--exchanges=10000] [--unminified] [--cpu] [--cpu-ingest] [--ingest-only]
 *
 * One fresh browser, as bench/panelScale.ts: ingest (traced from the first capture fired to the paint
 * after the count reads every exchange listed; round s9), then the keystrokes of `groq` + Esc and one
 * scroll through the whole list, each under a Chromium trace (panelScaleTrace.ts: per task its wall
 * and thread time, and inside the long ones the self time by trace event). With --cpu, the scroll
 * and the keystrokes are run again under the CDP profiler (panelScaleCpuProfile.ts), and with
 * --cpu-ingest the ingest is profiled instead of traced; --ingest-only stops after the ingest (round s9
 * delivery: pairs of runs in less time on a loaded machine); --unminified
 * builds the extension without minifying, so the profile names the source's functions.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { recordedBodies } from '../demo/fixtures';
import type { IngestResult } from '../panelHarness/api';
import { buildHarnessScript } from '../panelHarness/bundle';
import { openHarnessedPanel } from '../panelHarness/harnessedPanel';
import { trafficTemplates } from '../panelHarness/trafficTemplates';
import { writeManifest } from '../scripts/manifest';
import { keepRequests } from './panelLimits';
import { functionTimes } from './panelScaleCpuProfile';
import { largeStreamTemplate } from './panelScaleRun';
import { PROFILE_TRACE_CATEGORIES, pageTasks, summedByKind, summedSelfTimes } from './panelScaleTrace';
import type { TaskBreakdown } from './panelScaleTrace';
import { MiB } from './stats';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const exchanges = Number(args.find((arg) => arg.startsWith('--exchanges='))?.slice('--exchanges='.length) ?? 10_000);
const unminified = args.includes('--unminified');
const withCpu = args.includes('--cpu');
const withCpuIngest = args.includes('--cpu-ingest');
const ingestOnly = args.includes('--ingest-only');

const buildExtension = async (): Promise<string> => {
  const dir = mkdtempSync(join(tmpdir(), 'llm-inspector-profile-ext-'));
  await build({
    configFile: join(ROOT, 'vite.config.ts'),
    root: ROOT,
    mode: 'chrome',
    logLevel: 'silent',
    build: { outDir: dir, emptyOutDir: true, minify: !unminified },
  });
  writeManifest(join(ROOT, 'manifest.json'), dir, 'chrome');
  return dir;
};

const ms = (value: number): string => value.toFixed(1);

const report = (label: string, tasks: readonly TaskBreakdown[]): void => {
  // Long by thread time: on this shared machine most tasks read over 50 ms of wall time while descheduled.
  const long = tasks.filter((task) => task.cpuMs > 50);
  const busy = tasks.filter((task) => task.cpuMs > 1).map((task) => task.cpuMs);
  const sorted = [...busy].sort((a, b) => a - b);
  const cpu = tasks.map((task) => task.cpuMs);
  console.log(
    `\n${label}: ${tasks.length} tasks, ${ms(cpu.reduce((sum, value) => sum + value, 0))} ms CPU in all; longest ${ms(Math.max(0, ...cpu))} ms CPU / ${ms(Math.max(0, ...tasks.map((task) => task.wallMs)))} ms wall; over 50 ms: ${cpu.filter((value) => value > 50).length} by CPU, ${tasks.filter((task) => task.wallMs > 50).length} by wall; tasks over 1 ms CPU: ${busy.length}, median ${ms(sorted[Math.floor(sorted.length / 2)] ?? 0)} ms`,
  );
  const top = (rows: [string, number][]): string =>
    rows
      .slice(0, 10)
      .map(([name, value]) => `${name} ${ms(value)}`)
      .join(', ');
  console.log(`  self time of all tasks (ms): ${top(summedByKind(tasks))}; ${top(summedSelfTimes(tasks))}`);
  // Idle callbacks are the store's decoding slices (store/pendingDecodes.ts): while a burst is listed they run every
  // 100 ms at the latest, so how many fall inside the listing follows its wall time, i.e. the load, not the code.
  const idle = tasks.filter((task) => task.selfMs['FireIdleCallback'] !== undefined);
  const frames = tasks.filter((task) => task.selfMs['FireAnimationFrame'] !== undefined);
  const sum = (list: readonly TaskBreakdown[]): number => list.reduce((total, task) => total + task.cpuMs, 0);
  console.log(
    `  idle-callback tasks (decoding slices): ${idle.length}, ${ms(sum(idle))} ms CPU; the rest: ${ms(sum(tasks) - sum(idle))} ms CPU; frame tasks (commits, renders): ${frames.length}, ${ms(sum(frames))} ms CPU`,
  );
  if (long.length > 0)
    console.log(`  self time of the ${long.length} long tasks (ms): ${top(summedByKind(long))}; ${top(summedSelfTimes(long))}`);
  for (const task of [...tasks].sort((a, b) => b.cpuMs - a.cpuMs).slice(0, 3))
    console.log(
      `  task ${ms(task.cpuMs)} ms CPU / ${ms(task.wallMs)} wall: ${top(Object.entries(task.selfMs).sort((a, b) => b[1] - a[1]))}`,
    );
};

const printProfile = (label: string, profile: Parameters<typeof functionTimes>[0]): void => {
  const times = functionTimes(profile);
  const line = (pick: (time: { name: string; selfMs: number; totalMs: number }) => number, count: number): string =>
    [...times]
      .sort((a, b) => pick(b) - pick(a))
      .slice(0, count)
      .map((time) => `${time.name} ${ms(pick(time))}`)
      .join('\n    ');
  console.log(`\nCPU profile, ${label}, self time (ms):\n    ${line((time) => time.selfMs, 25)}`);
  console.log(`CPU profile, ${label}, total time (ms):\n    ${line((time) => time.totalMs, 40)}`);
};

declare global {
  interface Window {
    /** The harness's ingest, left running in the page while the profile stops at the listing. */
    profileIngest?: Promise<IngestResult>;
  }
}

/**
 * Runs in the page: starts the harness's ingest and resolves at the paint after the request count
 * first reads `listedText` (every exchange listed; their decoding goes on in idle time).
 */
async function listedAfterIngest(listedText: string): Promise<void> {
  const bench = window.llmPanelBench;
  if (bench === undefined) throw new Error('the harness is not in the page');
  const listed = new Promise<void>((resolve) => {
    const observer = new MutationObserver(() => {
      if (document.querySelector('[data-testid="exchange-count"]')?.textContent.trim() !== listedText) return;
      observer.disconnect();
      resolve();
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  window.profileIngest = bench.ingest();
  await listed;
  await new Promise((resolve) => requestAnimationFrame(resolve));
  await new Promise((resolve) => setTimeout(resolve, 0));
}

const extensionDir = await buildExtension();
const tab = await openHarnessedPanel(extensionDir, await buildHarnessScript());
try {
  const { page, cdp } = tab;
  await keepRequests(page, exchanges + 1);
  const templates = trafficTemplates(recordedBodies());
  await page.evaluate(({ templates, count, extra }) => window.llmPanelBench?.prepare(templates, count, extra), {
    templates,
    count: exchanges,
    extra: [largeStreamTemplate(MiB)],
  });
  const browser = page.context().browser();
  if (browser === null) throw new Error('no Browser to trace');
  const traced = async <T>(label: string, run: () => Promise<T>): Promise<T> => {
    await browser.startTracing(undefined, { categories: PROFILE_TRACE_CATEGORIES });
    const result = await run();
    report(label, pageTasks(await browser.stopTracing()));
    return result;
  };
  const listedText = `${(exchanges + 1).toLocaleString('en-US')} requests`;
  // Ingest is traced (or profiled, --cpu-ingest) from the first capture to the paint after the last is listed; the idle decoding after that is not.
  const untilListed = (): Promise<void> => page.evaluate(listedAfterIngest, listedText);
  if (withCpuIngest) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    await untilListed();
    printProfile('ingest until listed', (await cdp.send('Profiler.stop')).profile);
  } else await traced('ingest until listed', untilListed);
  const ingest = await page.evaluate(() => window.profileIngest);
  console.log(
    `listed ${ingest?.fired ?? 0} in ${ms(ingest?.msToListed ?? 0)} ms, decoded in ${ms(ingest?.msToDecoded ?? 0)} ms (${unminified ? 'unminified' : 'minified'} build)`,
  );
  // With --ingest-only the keystrokes and the scroll are left out.
  if (!ingestOnly) {
    const keys = await traced('keystrokes', () => page.evaluate(() => window.llmPanelBench?.typeInFilter('groq')));
    console.log(`  keystrokes: ${(keys ?? []).map((key) => `${key.key} ${ms(key.ms)} ms → "${key.countText}"`).join(', ')}`);
    const scroll = await traced('scroll', () => page.evaluate(() => window.llmPanelBench?.scrollThrough()));
    console.log(
      `  scroll: ${scroll?.frames ?? 0} frames, long tasks ${(scroll?.longTasks ?? []).map((value) => Math.round(value)).join(' ')}, longest frame ${ms(scroll?.longestFrameMs ?? 0)} ms`,
    );
    if (withCpu) {
      for (const [label, run] of [
        ['keystrokes', () => page.evaluate(() => window.llmPanelBench?.typeInFilter('groq'))],
        ['scroll', () => page.evaluate(() => window.llmPanelBench?.scrollThrough())],
      ] as const) {
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
        await cdp.send('Profiler.start');
        await run();
        printProfile(label, (await cdp.send('Profiler.stop')).profile);
      }
    }
  }
} finally {
  await tab.close();
  rmSync(extensionDir, { recursive: true, force: true });
}
