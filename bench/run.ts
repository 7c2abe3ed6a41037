/**
 * `npm run bench`: runs every benchmark, prints the figures, writes bench/results.json and
 * BENCHMARKS.md. `--smoke` runs them on tiny inputs without writing anything; `--only=decode,size`
 * runs some (by id prefix) and prints without writing, since a partial run must not replace the record;
 * for the same reason nothing is written when a benchmark could not run (exit status 1).
 * `--markdown-only` rewrites BENCHMARKS.md from bench/results.json without measuring.
 */
import { writeFileSync } from 'node:fs';
import * as E from 'fp-ts/Either';
import { BENCHMARKS_PATH, readResults, RESULTS_PATH } from './files';
import { benchmarksMarkdown, consoleTable, verdictLines } from './report';
import { runSuite, SUITE } from './suite';

const args = process.argv.slice(2);
// After a change to the report's wording only: BENCHMARKS.md again from the recorded results, nothing re-measured.
if (args.includes('--markdown-only')) {
  const recorded = readResults();
  if (E.isLeft(recorded)) {
    console.error(`bench: ${recorded.left}`);
    process.exit(1);
  }
  writeFileSync(BENCHMARKS_PATH, benchmarksMarkdown(recorded.right));
  console.log(`wrote ${BENCHMARKS_PATH} from ${RESULTS_PATH}`);
  process.exit(0);
}
const smoke = args.includes('--smoke');
const only = args
  .find((arg) => arg.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',');
const chosen = only === undefined ? SUITE : SUITE.filter((benchmark) => only.some((id) => benchmark.id.startsWith(id)));
if (chosen.length === 0) {
  console.error(`bench: no benchmark matches ${only?.join(',') ?? ''}; ids: ${SUITE.map((benchmark) => benchmark.id).join(', ')}`);
  process.exit(2);
}
if (globalThis.gc === undefined) console.warn('bench: run with node --expose-gc (npm run bench does) for steadier timings');

const results = await runSuite(
  smoke ? 'smoke' : 'full',
  (line) => {
    console.log(`  ${line}`);
  },
  chosen,
);
console.log(`\n${consoleTable(results)}\n\n${verdictLines(results).join('\n')}`);
// A partial run is for looking into one benchmark: show its details here, as they would go in BENCHMARKS.md.
if (only !== undefined)
  for (const benchmark of results.benchmarks) console.log(`\n## ${benchmark.title}\n\n${benchmark.details.join('\n')}`);
const failed = results.benchmarks.filter((benchmark) => benchmark.error !== undefined);
if (failed.length > 0) {
  console.error(`\nbench: ${failed.map((benchmark) => benchmark.id).join(', ')} could not run; results not written`);
  process.exit(1);
}
if (!smoke && only === undefined) {
  writeFileSync(RESULTS_PATH, `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(BENCHMARKS_PATH, benchmarksMarkdown(results));
  console.log(`\nwrote ${RESULTS_PATH} and ${BENCHMARKS_PATH}`);
}
