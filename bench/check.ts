/**
 * `npm run bench:check`: compares bench/results.json (written by `npm run bench`) with the budgets in
 * bench/budgets.ts. Exit 0 when every budget is met, 1 when one is missed or the results are unusable.
 */
import * as E from 'fp-ts/Either';
import { judge } from './budgets';
import { readResults } from './files';
import { verdictLines } from './report';

const fail = (message: string): never => {
  console.error(`bench:check: ${message}`);
  process.exit(1);
};

const read = readResults();
if (E.isLeft(read)) fail(read.left);
else {
  const results = read.right;
  if (results.scale !== 'full') fail(`bench/results.json holds a ${results.scale} run; run npm run bench`);
  console.log(
    `results of ${results.date} (code ${results.revision}) on ${results.machine.cpu}, ${results.machine.cores} cores, Node ${results.machine.node}`,
  );
  console.log(verdictLines(results).join('\n'));
  const missed = judge(results).filter((verdict) => !verdict.met).length;
  if (missed > 0) fail(`${missed} budget(s) missed`);
  console.log('bench:check: every budget met');
}
