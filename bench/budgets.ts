import type { BenchResults, Figure } from './results';

/**
 * The budgets of issue 6: each names a figure by id and the most it may be. A budget whose figure is
 * missing from the results counts as missed (a benchmark that stopped reporting must not pass).
 */
export interface Budget {
  readonly figure: string;
  readonly max: number;
  readonly why: string;
}

export const KiB = 1024;
const MiB = 1024 * KiB;

/** Each wire format's corpus groups in bench/formatsDecode.ts: JSON bodies and streams. */
const FORMAT_GROUPS = [
  ['openai-responses', 'json'],
  ['openai-responses', 'stream'],
  ['anthropic-messages', 'json'],
  ['anthropic-messages', 'stream'],
  ['gemini', 'json'],
  ['gemini', 'stream'],
  ['ai-sdk-ui', 'stream'],
  ['ai-sdk-data', 'stream'],
  ['ollama', 'json'],
  ['ollama', 'stream'],
] as const;

export const BUDGETS: readonly Budget[] = [
  { figure: 'decode.json.ratio', max: 2.0, why: 'decoding JSON bodies costs at most 2× JSON.parse' },
  { figure: 'decode.sse.ratio', max: 2.5, why: 'decoding streams costs at most 2.5× JSON.parse of their events' },
  // Issue 13: the same budgets for every other wire format, on its own recorded corpus (formatsDecode.ts).
  ...FORMAT_GROUPS.map(([format, group]) =>
    group === 'json'
      ? { figure: `formats.${format}.json.ratio`, max: 2.0, why: `decoding ${format} JSON bodies costs at most 2× JSON.parse` }
      : {
          figure: `formats.${format}.stream.ratio`,
          max: 2.5,
          why: `decoding ${format} streams costs at most 2.5× JSON.parse of their events`,
        },
  ),
  // Issue 16, item 2: tighter budgets on the same figures, judged beside issue 13's (each budget is its own row).
  { figure: 'decode.json.ratio', max: 1.5, why: 'issue 16: decoding JSON bodies costs at most 1.5× JSON.parse' },
  { figure: 'decode.sse.ratio', max: 2.0, why: 'issue 16: decoding streams costs at most 2× JSON.parse of their events' },
  ...FORMAT_GROUPS.map(([format, group]) =>
    group === 'json'
      ? { figure: `formats.${format}.json.ratio`, max: 1.5, why: `issue 16: decoding ${format} JSON bodies costs at most 1.5× JSON.parse` }
      : {
          figure: `formats.${format}.stream.ratio`,
          max: 2.0,
          why: `issue 16: decoding ${format} streams costs at most 2× JSON.parse of their events`,
        },
  ),
  { figure: 'growth.stream.ratio', max: 18, why: 'a 16× larger stream costs at most 18× the time' },
  { figure: 'growth.har.ratio', max: 18, why: 'a 16× larger HAR through llm-inspect --json costs at most 18× the time' },
  // Issue 16, item 4: a ceiling for everything the panel page can load (lazy chunks included), not a first-paint budget.
  { figure: 'size.panel.gzip', max: 100 * KiB, why: 'panel JavaScript and CSS, lazy chunks included, at most 100 KiB gzipped' },
  { figure: 'size.devtools.gzip', max: 6 * KiB, why: 'the devtools page at most 6 KiB gzipped' },
  { figure: 'panel.ingest.ms', max: 1000, why: '10,000 exchanges ingested and listed within 1 s' },
  { figure: 'panel.filter.ms', max: 50, why: 'a filter keystroke at 10,000 rows updates the list within 50 ms' },
  { figure: 'panel.scroll.longestTaskMs', max: 50, why: 'scrolling the whole list makes no task over 50 ms' },
  { figure: 'panel.select.ms', max: 150, why: 'selecting a 1 MB streamed response paints its detail within 150 ms' },
  // Issue 16, item 1: JS heap + ArrayBuffer backing stores ≤ the bodies' UTF-8 bytes + 30 MiB (panelScaleFigures.ts heapBeyondBodies).
  {
    figure: 'panel.heap.bytes',
    max: 30 * MiB,
    why: "the panel's JS heap and buffers after 10,000 exchanges hold at most 30 MiB beyond their bodies' UTF-8 bytes",
  },
  {
    figure: 'burst.listedAfterLastMs',
    max: 2000,
    why: 'a burst of 500 calls captured in real DevTools: all listed within 2 s of the last response',
  },
  // Issue 16, item 3: ready the moment it is shown, in real DevTools (bench/readyWhenShown.ts).
  {
    figure: 'panel.readyWhenShown.rowsMs',
    max: 150,
    why: 'shown with 5,000 exchanges captured: the first rows painted within 150 ms of onShown',
  },
  { figure: 'panel.readyWhenShown.emptyMs', max: 50, why: 'shown with none captured: the empty state painted within 50 ms of onShown' },
  // Issue 14: polling the Live tap must not cost the inspected page a noticeable share of a frame.
  { figure: 'live.drain.p95Ms', max: 1, why: 'a drain of the Live tap at 100 events/s costs the page under 1 ms (95th percentile)' },
  // Issue 14 and issue 16 item 5: 20 streams at 50 events/s each, shown live in real DevTools (liveLoad.ts). The
  // panel's tasks are judged on their thread (CPU) time: wall-clock, this shared machine stretches a 4 ms task to 150 ms.
  {
    figure: 'live.load.panel.longestTaskCpuMs',
    max: 50,
    why: "20 streams at 50 events/s shown live: no task of the panel's thread over 50 ms of CPU time",
  },
  { figure: 'live.load.drain.p95Ms', max: 1, why: 'with 20 streams at 50 events/s, a drain costs the page under 1 ms (95th percentile)' },
];

export interface BudgetVerdict {
  readonly budget: Budget;
  readonly figure: Figure | undefined;
  readonly met: boolean;
}

export const judge = (results: BenchResults): BudgetVerdict[] => {
  const figures = new Map(results.benchmarks.flatMap((benchmark) => benchmark.figures).map((figure) => [figure.id, figure]));
  return BUDGETS.map((budget) => {
    const figure = figures.get(budget.figure);
    return { budget, figure, met: figure !== undefined && Number.isFinite(figure.value) && figure.value <= budget.max };
  });
};

/** A figure may be held to more than one budget (issue 13's and issue 16's decode ratios): the first listed. */
export const budgetFor = (figureId: string): Budget | undefined => BUDGETS.find((budget) => budget.figure === figureId);

/** Every budget a figure is held to, loosest first (the order of BUDGETS). */
export const budgetsFor = (figureId: string): Budget[] => BUDGETS.filter((budget) => budget.figure === figureId);
