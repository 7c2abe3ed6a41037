/**
 * `npm run bench:check`: compares bench/results.json (written by `npm run bench`) with the budgets in
 * bench/budgets.ts. Exit 0 when every budget is met, 1 when one is missed or the results are unusable.
 */
import { readFileSync } from 'node:fs';
import * as E from 'fp-ts/Either';
import { PathReporter } from 'io-ts/PathReporter';
import { RESULTS_PATH } from './files';
import { verdictLines } from './report';
import { judge } from './budgets';
import { BenchResults } from './results';

const fail = (message: string): never => {
  console.error(`bench:check: ${message}`);
  process.exit(1);
};

const readJson = (): unknown => {
  try {
    return JSON.parse(readFileSync(RESULTS_PATH, 'utf8'));
  } catch (error) {
    return fail(`cannot read ${RESULTS_PATH} (run npm run bench first): ${error instanceof Error ? error.message : String(error)}`);
  }
};

const decoded = BenchResults.decode(readJson());
if (E.isLeft(decoded)) fail(`${RESULTS_PATH} is not a results file: ${PathReporter.report(decoded).slice(0, 3).join('; ')}`);
else {
  const results = decoded.right;
  if (results.scale !== 'full') fail(`${RESULTS_PATH} holds a ${results.scale} run; run npm run bench`);
  console.log(`results of ${results.date} (code ${results.revision}) on ${results.machine.cpu}, ${results.machine.cores} cores, Node ${results.machine.node}`);
  console.log(verdictLines(results).join('\n'));
  const missed = judge(results).filter((verdict) => !verdict.met).length;
  if (missed > 0) fail(`${missed} budget(s) missed`);
  console.log('bench:check: every budget met');
}
