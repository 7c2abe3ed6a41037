import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listFixtures } from '../demo/fixtures';
import { startDemoServer } from '../demo/server';
import type { Benchmark } from './benchmark';
import { buildChromeExtension } from './extensionBuild';
import { grouped, markdownTable } from './markdown';
import { runReadyWhenShown, type ReadyRepeat } from './readyWhenShownRun';
import type { Figure } from './results';
import { median, spreadOf } from './stats';

/**
 * Issue 16, item 3: the panel ready the moment it is shown, in real DevTools. The tab makes its
 * calls while the LLM panel has never been shown; then DevTools shows it, and the figure is from
 * onShown to the first paint: of the rows with 5,000 captured, of the empty state with none.
 * Each repetition is a fresh browser (the first show is the one that loads the panel page).
 */

const SETTINGS = {
  full: { calls: 5_000, rowsRepeats: 3, emptyRepeats: 5 },
  smoke: { calls: 30, rowsRepeats: 1, emptyRepeats: 1 },
} as const;

const figureOf = (id: string, label: string, values: readonly number[]): Figure => ({
  id,
  label,
  value: median(values),
  unit: 'ms',
  spread: spreadOf(values),
});

const ms = (value: number | null): string => (value === null ? '–' : `${grouped(value)} ms`);

export const readyWhenShownBenchmark: Benchmark = {
  id: 'panel.readyWhenShown',
  title: 'The panel ready when shown, in real DevTools',
  run: async ({ scale, log }) => {
    const settings = SETTINGS[scale];
    const extension = await buildChromeExtension();
    const pageDir = mkdtempSync(join(tmpdir(), 'llm-inspector-ready-page-'));
    writeFileSync(join(pageDir, 'index.html'), '<!doctype html><meta charset="utf-8"><title>ready when shown</title>');
    const demo = await startDemoServer({ port: 0, pacingMs: 0, staticDir: pageDir });
    try {
      const fixtures = [...listFixtures().keys()];
      const runs = async (calls: number, repeats: number): Promise<ReadyRepeat[]> => {
        const done: ReadyRepeat[] = [];
        for (let repeat = 1; repeat <= repeats; repeat += 1) {
          const result = await runReadyWhenShown(extension.dir, demo.url, calls, fixtures);
          log(
            `panel.readyWhenShown: ${grouped(calls)} captured, repeat ${repeat}/${repeats}: shown at ${grouped(result.shownAt)} ms of the page, listening painted ${ms(result.listeningMs)} after, rows ${ms(result.rowsMs)} after`,
          );
          done.push(result);
        }
        return done;
      };
      const empty = await runs(0, settings.emptyRepeats);
      const full = await runs(settings.calls, settings.rowsRepeats);
      const rowsMs = full.flatMap((result) => (result.rowsMs === null ? [] : [result.rowsMs]));
      const table = (title: string, results: readonly ReadyRepeat[]): string[] =>
        markdownTable(
          [
            'repeat',
            'load event ended (ms of the panel page)',
            'onShown',
            'onShown → listening painted',
            'onShown → rows painted',
            'page start → painted',
            'listed at first rows',
            'onShown → all listed',
            'then listed',
          ],
          results.map((result, index) => [
            `${title} ${index + 1}`,
            `${grouped(result.loadedAt)} ms`,
            `${grouped(result.shownAt)} ms`,
            ms(result.listeningMs),
            ms(result.rowsMs),
            `${grouped(result.paintedAt)} ms`,
            result.rowsListed === null ? '–' : grouped(result.rowsListed),
            result.allListedMs === null ? '–' : `${grouped(result.allListedMs)} ms`,
            `"${result.countText}"`,
          ]),
        );
      return {
        figures: [
          figureOf(
            'panel.readyWhenShown.rowsMs',
            `shown with ${grouped(settings.calls)} captured: onShown to the first rows painted`,
            rowsMs,
          ),
          figureOf(
            'panel.readyWhenShown.emptyMs',
            'shown with none captured: onShown to the empty state painted',
            empty.map((result) => result.listeningMs),
          ),
          figureOf(
            'panel.readyWhenShown.rowsFromPageStartMs',
            `… the rows from the panel page's start (its loading included)`,
            full.map((result) => result.paintedAt),
          ),
          figureOf(
            'panel.readyWhenShown.emptyFromPageStartMs',
            `… the empty state from the panel page's start (its loading included)`,
            empty.map((result) => result.paintedAt),
          ),
        ],
        details: [
          `The extension is built from the working tree and loaded unpacked in \`/usr/bin/chromium\` (headless) with DevTools open on the tab (the demo server's empty page); the LLM panel has never been shown, so its page does not exist yet and the devtools page alone captures. The tab makes ${grouped(settings.calls)} \`POST /v1/chat/completions\` calls (${grouped(500)} at a time, cycling the ${fixtures.length} recorded bodies through \`x-demo-fixture\`) and reads each to its end, or none; ${grouped(3)} s later DevTools shows the panel (\`InspectorView.showPanel\`, as a click on its tab). The figures are User Timing marks on the panel page's own timeline, read through CDP: \`llm-panel:shown\` made by the devtools page in \`onShown\` (before it hands its captures over), \`llm-panel:listening-painted\` and \`llm-panel:rows-painted\` made by the panel page in the task after the frame that follows the change (extension/firstPaintMarks.ts: up to one frame late, never early). So the rows figure includes handing the devtools page's captures over, validating them, decoding a frame's worth and listing the rest from what each capture says (the rest decodes when idle). "Page start" is the panel page's time origin: DevTools creating its frame on the first show; Chromium fires \`onShown\` after the frame loaded, so the panel's own loading (parsing its scripts, the first render) is before \`onShown\` and only in the page-start figures. The panel page validates the handed-over captures in 8 ms slices, a task each (extension/decodedNetworkSource.ts), so the first rows hold the first slices and the rest follow; "all listed" is when the request count first read every call (a MutationObserver installed once the panel reads as listening: "–" when it already read them all by then, or nothing was captured). A run fails unless the count then read every call.`,
          '',
          ...table('none', empty),
          ...table(grouped(settings.calls), full).slice(2),
        ],
      };
    } finally {
      await demo.close();
      rmSync(pageDir, { recursive: true, force: true });
      extension.remove();
    }
  },
};
