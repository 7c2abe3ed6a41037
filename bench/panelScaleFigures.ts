import type { PanelScaleRepeat } from './panelScaleRun';
import type { Figure, FigureUnit } from './results';
import { median, spreadOf } from './stats';

/** The figures of the panel-at-scale benchmark: medians over the repeats, with their spread. */

const figureOf = (id: string, label: string, unit: FigureUnit, values: readonly number[], note?: string): Figure => ({
  id,
  label,
  value: median(values),
  unit,
  spread: spreadOf(values),
  ...(note === undefined ? {} : { note }),
});

/** 0 when there was none: the Long Tasks API reports only tasks over 50 ms. */
const longest = (durations: readonly number[]): number => Math.max(0, ...durations);

/**
 * Issue 16's heap budget, "at most the bodies' UTF-8 bytes + 30 MiB", as one figure: what the page
 * holds, in its JS heap and outside it (the panel keeps body text in ArrayBuffers, which V8's heap
 * figure leaves out), less the bytes of the bodies themselves.
 */
export const heapBeyondBodies = (repeat: PanelScaleRepeat): number =>
  repeat.heapAfterBytes + repeat.backingAfterBytes - repeat.ingest.bodyBytes;

export const panelScaleFigures = (repeats: readonly PanelScaleRepeat[]): Figure[] => {
  const exchanges = repeats[0]?.ingest.fired ?? 0;
  const all = (pick: (repeat: PanelScaleRepeat) => number): number[] => repeats.map(pick);
  return [
    figureOf(
      'panel.ingest.ms',
      `${exchanges.toLocaleString('en-US')} exchanges ingested and listed (to the paint)`,
      'ms',
      all((r) => r.ingest.msToListed),
    ),
    figureOf(
      'panel.ingest.deliveredMs',
      '… of which until the last was handed to the panel',
      'ms',
      all((r) => r.ingest.msToDelivered),
    ),
    figureOf(
      'panel.ingest.decodedMs',
      '… and until every row was decoded (model, tokens, issues filled in)',
      'ms',
      all((r) => r.ingest.msToDecoded),
    ),
    figureOf(
      'panel.ingest.longestTaskMs',
      'longest task while ingesting',
      'ms',
      all((r) => longest(r.ingest.longTasks)),
    ),
    figureOf(
      'panel.filter.ms',
      'filter keystroke at full list: slowest of the keystrokes, to the paint',
      'ms',
      all((r) => Math.max(...r.keystrokes.map((key) => key.ms))),
    ),
    figureOf(
      'panel.scroll.longestTaskMs',
      'scrolling the whole list: longest task (0: none over 50 ms)',
      'ms',
      all((r) => longest(r.scroll.longTasks)),
    ),
    figureOf(
      'panel.scroll.longTasks',
      'scrolling the whole list: tasks over 50 ms',
      'count',
      all((r) => r.scroll.longTasks.length),
    ),
    figureOf(
      'panel.scroll.longestFrameMs',
      'scrolling the whole list: longest frame',
      'ms',
      all((r) => r.scroll.longestFrameMs),
    ),
    figureOf(
      'panel.select.ms',
      'selecting the large stream: click to painted detail',
      'ms',
      all((r) => r.select.ms),
    ),
    figureOf(
      'panel.heap.bytes',
      `JS heap + buffers after ${exchanges.toLocaleString('en-US')} exchanges (after GC), beyond their bodies' UTF-8 bytes`,
      'bytes',
      all((r) => heapBeyondBodies(r)),
    ),
    figureOf(
      'panel.heap.jsBytes',
      `… JS heap after ${exchanges.toLocaleString('en-US')} exchanges (after GC)`,
      'bytes',
      all((r) => r.heapAfterBytes),
    ),
    figureOf(
      'panel.heap.backingBytes',
      '… ArrayBuffers and external strings (body text as bytes)',
      'bytes',
      all((r) => r.backingAfterBytes),
    ),
    figureOf(
      'panel.heap.bodyUtf8Bytes',
      "… the bodies' UTF-8 bytes (request and response)",
      'bytes',
      all((r) => r.ingest.bodyBytes),
    ),
    figureOf(
      'panel.heap.emptyBytes',
      'JS heap of the empty panel (after GC)',
      'bytes',
      all((r) => r.heapBeforeBytes),
    ),
  ];
};
