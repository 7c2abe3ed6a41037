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
      `JS heap after ${exchanges.toLocaleString('en-US')} exchanges (after GC)`,
      'bytes',
      all((r) => r.heapAfterBytes),
    ),
    figureOf(
      'panel.heap.emptyBytes',
      'JS heap of the empty panel (after GC)',
      'bytes',
      all((r) => r.heapBeforeBytes),
    ),
  ];
};
