import * as E from 'fp-ts/Either';
import { describe, expect, it } from 'vitest';
import { BUDGETS } from './budgets';
import { benchmarksMarkdown, consoleTable } from './report';
import { BenchResults } from './results';
import { runSuite, SUITE } from './suite';

/**
 * The smoke run `npm test` makes of the benchmark suite: every benchmark on tiny inputs, once, so
 * the code cannot rot. It checks the shape of what comes out, never a timing.
 */
describe('the benchmark suite, smoke-sized', () => {
  it('runs every benchmark and reports every budgeted figure as a number', { timeout: 180_000 }, async () => {
    const results = await runSuite('smoke', () => undefined);
    expect(results.benchmarks.map((benchmark) => [benchmark.id, benchmark.error])).toEqual(
      SUITE.map((benchmark) => [benchmark.id, undefined]),
    );
    // What bench:check reads back from disk must decode.
    expect(E.isRight(BenchResults.decode(JSON.parse(JSON.stringify(results))))).toBe(true);
    const figures = new Map(results.benchmarks.flatMap((benchmark) => benchmark.figures).map((figure) => [figure.id, figure.value]));
    for (const budget of BUDGETS) expect(Number.isFinite(figures.get(budget.figure)), budget.figure).toBe(true);
    for (const benchmark of results.benchmarks) expect(benchmark.details.length, benchmark.id).toBeGreaterThan(0);
    const markdown = benchmarksMarkdown(results);
    expect(markdown).toContain('## Budgets');
    for (const budget of BUDGETS) expect(markdown).toContain(`\`${budget.figure}\``);
    expect(consoleTable(results).split('\n').length).toBe(2 + figures.size);
  });
});
