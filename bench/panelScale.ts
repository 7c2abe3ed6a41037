import type { Benchmark } from './benchmark';
import { buildHarnessScript } from '../panelHarness/bundle';
import { recordedBodies } from '../demo/fixtures';
import { trafficTemplates } from '../panelHarness/trafficTemplates';
import { buildChromeExtension } from './extensionBuild';
import { fixed, grouped, kib, markdownTable } from './markdown';
import { keepRequests } from './panelLimits';
import { panelScaleFigures } from './panelScaleFigures';
import { heapSnapshotDetails, snapshotPanelScale } from './panelScaleHeap';
import { runPanelScale } from './panelScaleRun';
import type { PanelScaleInput, PanelScaleRepeat } from './panelScaleRun';
import { MiB } from './stats';

/**
 * Issue 6, item 4: the real panel at 10,000 exchanges. The extension is built from the working
 * tree; its panel page runs in a tab of Debian's Chromium, fed through the devtools page's own
 * capture code by a fake devtools.network (panelHarness/). Each repetition is a fresh browser.
 */

const SETTINGS = {
  full: { exchanges: 10_000, repeats: 3, largeStreamBytes: MiB },
  smoke: { exchanges: 30, repeats: 1, largeStreamBytes: 16 * 1024 },
} as const;

const FILTER_TEXT = 'groq';

export const panelScaleBenchmark: Benchmark = {
  id: 'panel',
  title: 'The panel at 10,000 exchanges in real Chromium',
  run: async ({ scale, log }) => {
    const settings = SETTINGS[scale];
    const extension = await buildChromeExtension();
    try {
      const corpus = recordedBodies();
      const input: PanelScaleInput = {
        extensionDir: extension.dir,
        harnessScript: await buildHarnessScript(),
        templates: trafficTemplates(corpus),
        exchanges: settings.exchanges,
        largeStreamBytes: settings.largeStreamBytes,
        filterText: FILTER_TEXT,
        beforeIngest: (tab) => keepRequests(tab.page, settings.exchanges + 1),
      };
      const repeats: PanelScaleRepeat[] = [];
      for (let repeat = 1; repeat <= settings.repeats; repeat += 1) {
        const result = await runPanelScale(input);
        log(
          `panel: repeat ${repeat}/${settings.repeats}: ${grouped(result.ingest.fired)} listed in ${grouped(result.ingest.msToListed)} ms, decoded in ${grouped(result.ingest.msToDecoded)} ms, heap ${fixed(result.heapAfterBytes / MiB, 1)} MiB + buffers ${fixed(result.backingAfterBytes / MiB, 1)} MiB (bodies ${fixed(result.ingest.bodyBytes / MiB, 1)} MiB of UTF-8), select ${grouped(result.select.ms)} ms`,
        );
        repeats.push(result);
      }
      const first = repeats[0];
      log('panel: a heap snapshot after the same traffic, in a browser of its own');
      const snapshot = await snapshotPanelScale(input);
      return {
        figures: panelScaleFigures(repeats),
        details: [
          `The extension is built from the working tree (Chrome mode, as \`npm run build\`) and its panel page, \`extension/panel.html\`, opened in a tab of \`/usr/bin/chromium\` (headless, 1400×900, no DevTools window). A harness script (panelHarness/, injected through CDP) runs the devtools page's own capture code, \`startCapture\` into a \`CaptureBuffer\` handed over as extension/devtools.ts does, on a fake \`devtools.network\` whose events and \`getContent\` answers each arrive in a task of their own, as DevTools delivers them. The panel's "Requests kept" limit is raised to ${grouped(settings.exchanges + 1)} in its settings first, so the whole list is kept.`,
          '',
          `Traffic: the ${corpus.length} recorded bodies cycled to ${grouped(settings.exchanges)} exchanges, each at its provider's URL with a request body like the SDKs send (system and user message, \`stream\` and a tool where the body has them); each body is its own string with its own response id. Then one conforming stream of ${kib(settings.largeStreamBytes)} (${LARGE_NOTE}). Bodies are built before the clock starts.`,
          '',
          'Renders while listing counts the changes of the toolbar (a MutationObserver on its request count, session totals and dropped count): one per render of the panel that listed more. Body text is the characters of request and response bodies handed over (a character of ASCII text takes a byte in the heap).',
          '',
          "Each figure is timed in the page from the input to the paint that shows its effect (a frame callback, then a task after that frame): the ingest from the first event fired; a keystroke from its input event; the selection from the click on the large stream's row. These are wall-clock latencies of the page's main thread, so on this shared 2-core machine they swing with the load (the spreads below); there is no CPU-time counterpart. Long tasks are the Long Tasks API's (over 50 ms). The heap is the page's live JavaScript heap after two forced garbage collections (CDP `HeapProfiler.collectGarbage`, `Runtime.getHeapUsage` usedSize), and beside it what the page holds outside that heap, ArrayBuffer backing stores and external strings (`Runtime.getHeapUsage` backingStorageSize): the panel holds body text there, as UTF-8 bytes (panel/store/compactCapture.ts, issue 16). The heap budget's figure is their sum less the UTF-8 bytes of the bodies handed over.",
          '',
          ...markdownTable(
            [
              'repeat',
              'listed in',
              'delivered in',
              'decoded in',
              'renders while listing',
              'longest task while listing',
              'JS heap + buffers, empty → full (body text)',
              'slowest keystroke',
              'scroll: frames, long tasks, longest frame',
              'select large stream',
            ],
            repeats.map((result, index) => [
              String(index + 1),
              `${grouped(result.ingest.msToListed)} ms`,
              `${grouped(result.ingest.msToDelivered)} ms`,
              `${grouped(result.ingest.msToDecoded)} ms`,
              grouped(result.ingest.countUpdates),
              `${grouped(Math.max(0, ...result.ingest.longTasks))} ms (${result.ingest.longTasks.length} over 50 ms)`,
              `${fixed(result.heapBeforeBytes / MiB, 1)} → ${fixed(result.heapAfterBytes / MiB, 1)} MiB + ${fixed(result.backingBeforeBytes / MiB, 1)} → ${fixed(result.backingAfterBytes / MiB, 1)} MiB (${fixed(result.ingest.bodyChars / MiB, 1)} Mi chars, ${fixed(result.ingest.bodyBytes / MiB, 1)} MiB UTF-8)`,
              `${grouped(Math.max(...result.keystrokes.map((key) => key.ms)))} ms`,
              `${result.scroll.frames}, ${result.scroll.longTasks.length}, ${grouped(result.scroll.longestFrameMs)} ms`,
              `${grouped(result.select.ms)} ms`,
            ]),
          ),
          '',
          first === undefined
            ? ''
            : `What the user saw at the end of the first repeat: "${first.ingest.countText}" in the toolbar; typing \`${FILTER_TEXT}\` then Esc showed ${first.keystrokes.map((key) => `"${key.countText}" (${key.key}, ${grouped(key.ms)} ms)`).join(', ')}; scrolling passed ${grouped(first.scroll.rowsSeen)} distinct rows through the DOM.`,
          '',
          ...heapSnapshotDetails(snapshot),
        ],
      };
    } finally {
      extension.remove();
    }
  },
};

const LARGE_NOTE = 'bench/syntheticStream.ts, 128-byte events';
