import type { BudgetVerdict } from './budgets';
import { budgetsFor, judge } from './budgets';
import { fixed, grouped, kib, markdownTable } from './markdown';
import type { BenchResults, Figure } from './results';

/** The results as a table for the terminal and as BENCHMARKS.md. */

const valueText = (value: number, unit: Figure['unit']): string => {
  switch (unit) {
    case 'ratio':
      return `${fixed(value, 2)}×`;
    case 'ms':
      // Sub-millisecond figures (a drain of the Live tap) would all read "0 ms" rounded.
      return value < 1 ? `${fixed(value, 2)} ms` : `${grouped(value)} ms`;
    case 'MiB/s':
      return `${fixed(value, 1)} MiB/s`;
    case 'bytes':
      return kib(value);
    case 'count':
      return grouped(value);
  }
};

const spreadText = (figure: Figure): string =>
  figure.spread === undefined
    ? ''
    : `${valueText(figure.spread.min, figure.unit)} – ${valueText(figure.spread.max, figure.unit)} (${figure.spread.runs} runs)`;

const budgetText = (figure: Figure): string =>
  budgetsFor(figure.id)
    .map((budget) => `≤ ${valueText(budget.max, figure.unit)} ${figure.value <= budget.max ? 'met' : 'MISSED'}`)
    .join('; ');

const ROW_HEADER = ['figure', 'value', 'spread (min – max)', 'budget'];

const rowsOf = (results: BenchResults): string[][] =>
  results.benchmarks.flatMap((benchmark) =>
    benchmark.figures.map((figure) => [figure.label, valueText(figure.value, figure.unit), spreadText(figure), budgetText(figure)]),
  );

export const consoleTable = (results: BenchResults): string => {
  const rows = [ROW_HEADER, ...rowsOf(results)];
  const widths = ROW_HEADER.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length)));
  const line = (row: readonly string[]): string =>
    row
      .map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(rows[0] ?? []), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.slice(1).map(line)].join('\n');
};

const verdictLine = (verdict: BudgetVerdict): string => {
  const shown = verdict.figure === undefined ? 'not measured' : valueText(verdict.figure.value, verdict.figure.unit);
  const limit = verdict.figure === undefined ? String(verdict.budget.max) : valueText(verdict.budget.max, verdict.figure.unit);
  return `${verdict.met ? 'met   ' : 'MISSED'} ${verdict.budget.figure}: ${shown} (budget ≤ ${limit}: ${verdict.budget.why})`;
};

export const verdictLines = (results: BenchResults): string[] => judge(results).map(verdictLine);

export const benchmarksMarkdown = (results: BenchResults): string => {
  const { machine } = results;
  const verdicts = judge(results);
  const lines = [
    '# Benchmarks',
    '',
    '<!-- Written by `npm run bench` (bench/run.ts); edit the code in bench/, not this file. -->',
    '',
    'A debugging tool must never be the slow part. Each figure below is a ratio or a budget measured by the',
    'benchmarks in `bench/`, never by a timed unit test. The machine is shared and small, so every timing is',
    'repeated: figures are medians, with the spread of the repeats beside them.',
    '',
    `- Date: ${results.date}`,
    `- Code: ${results.revision}`,
    `- Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, ${machine.platform}`,
    `- Node: ${machine.node}`,
    `- 1-minute load average: ${fixed(results.loadAverage.atStart, 1)} when the run started, ${fixed(results.loadAverage.atEnd, 1)} when it ended (${machine.cores} cores: above that, other processes were competing for them)`,
    '',
    'Timings are taken two ways. Wall-clock time is what a person waits, but on this shared machine it',
    'swings by 2× and more between identical runs when other work takes the cores (compare the wall and CPU',
    'spreads below). CPU time (user + system, all threads of the process doing the work, GC helpers',
    'included) does not count the waiting, so it varies far less; the budgets of the decoder and the CLI',
    "are judged on CPU time and the wall-clock figures are printed beside them. The panel's budgets (the",
    'panel at 10,000 exchanges, the burst in real DevTools) are latencies a person sees, timed inside the',
    'browser by its own clock from an input to the paint that shows its effect: wall-clock only, so their',
    'spreads are as wide as the load on the machine makes them.',
    '',
    'Reproduce: `npm run bench` (a few minutes; writes this file and `bench/results.json`), then',
    '`npm run bench:check` to compare `bench/results.json` with the budgets in `bench/budgets.ts`',
    '(exit status 1 when one is missed). `npm test` runs every benchmark once on tiny inputs',
    '(`bench/suite.test.ts`) without timing anything, so the code cannot rot. One benchmark alone:',
    '`node --expose-gc --import tsx bench/run.ts --only=decode` (prints, writes nothing); all on tiny inputs: `--smoke`.',
    'Each benchmark is a module implementing `Benchmark` (bench/benchmark.ts) listed in bench/suite.ts, its budgets',
    'in bench/budgets.ts. 1 KiB = 1,024 bytes, 1 MiB = 1,024 KiB.',
    '',
    'When a budget is missed, a profiler says what bounds it; the benchmarks do not profile. Node side (decoding,',
    'the CLI): `node --cpu-prof --cpu-prof-dir=.cache/prof --import tsx bench/run.ts --only=decode` writes a',
    "`.cpuprofile` to load in Chrome DevTools' Performance panel (`node --heap-prof` for allocations). Panel side:",
    '`npm start` headed, undock DevTools and press Ctrl+Shift+I in it to open DevTools on DevTools, where the LLM',
    'panel is an iframe of the window; record there with the Performance or Memory panel while the demo runs.',
    '',
    '## Budgets',
    '',
    ...markdownTable(
      ['budget', 'figure', 'limit', 'measured', 'verdict'],
      verdicts.map((verdict) => [
        verdict.budget.why,
        `\`${verdict.budget.figure}\``,
        verdict.figure === undefined ? String(verdict.budget.max) : valueText(verdict.budget.max, verdict.figure.unit),
        verdict.figure === undefined ? 'not measured' : valueText(verdict.figure.value, verdict.figure.unit),
        verdict.met ? 'met' : '**missed**',
      ]),
    ),
    '',
    '## All figures',
    '',
    ...markdownTable(ROW_HEADER, rowsOf(results)),
  ];
  for (const benchmark of results.benchmarks) {
    lines.push('', `## ${benchmark.title}`, '', `_${fixed(benchmark.seconds, 0)} s to run._`, '', ...benchmark.details);
  }
  return `${lines.join('\n')}\n`;
};
