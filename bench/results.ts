import * as t from 'io-ts';

/**
 * The shape of bench/results.json: what `npm run bench` writes and `npm run bench:check` reads back.
 * The file is read from disk, so it is decoded like any other outside data.
 */

/** How the repeated measurements behind a median spread: their extremes and how many there were. */
export const Spread = t.type({ min: t.number, max: t.number, runs: t.number });
export type Spread = t.TypeOf<typeof Spread>;

export const FigureUnit = t.keyof({ ratio: null, ms: null, 'MiB/s': null, bytes: null, count: null });
export type FigureUnit = t.TypeOf<typeof FigureUnit>;

/** One number a benchmark reports; `id` is what budgets refer to (`decode.json.ratio`). */
export const Figure = t.intersection(
  [t.type({ id: t.string, label: t.string, value: t.number, unit: FigureUnit }), t.partial({ spread: Spread, note: t.string })],
  'Figure',
);
export type Figure = t.TypeOf<typeof Figure>;

export const BenchmarkOutcome = t.intersection(
  [
    t.type({
      id: t.string,
      title: t.string,
      seconds: t.number,
      figures: t.array(Figure),
      /** Markdown for BENCHMARKS.md: how it was measured, and the breakdowns behind the figures. */
      details: t.array(t.string),
    }),
    /** Why the benchmark could not finish (the build broke, the CLI crashed); its figures are then missing. */
    t.partial({ error: t.string }),
  ],
  'BenchmarkOutcome',
);
export type BenchmarkOutcome = t.TypeOf<typeof BenchmarkOutcome>;

export const Machine = t.type(
  {
    cpu: t.string,
    cores: t.number,
    memoryGiB: t.number,
    node: t.string,
    platform: t.string,
  },
  'Machine',
);
export type Machine = t.TypeOf<typeof Machine>;

export const Scale = t.keyof({ full: null, smoke: null });
export type Scale = t.TypeOf<typeof Scale>;

export const BenchResults = t.type(
  {
    date: t.string,
    scale: Scale,
    /** The commit measured, and which folders had uncommitted changes. */
    revision: t.string,
    machine: Machine,
    /** The 1-minute load average when the run started and ended: above the core count, others competed. */
    loadAverage: t.type({ atStart: t.number, atEnd: t.number }),
    benchmarks: t.array(BenchmarkOutcome),
  },
  'BenchResults',
);
export type BenchResults = t.TypeOf<typeof BenchResults>;
