import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as E from 'fp-ts/Either';
import { PathReporter } from 'io-ts/PathReporter';
import { BenchResults } from './results';

/** Where `npm run bench` writes, and `npm run bench:check` reads. */
export const RESULTS_PATH = fileURLToPath(new URL('./results.json', import.meta.url));
export const BENCHMARKS_PATH = fileURLToPath(new URL('../BENCHMARKS.md', import.meta.url));

/** bench/results.json decoded, or why it cannot be used. */
export const readResults = (): E.Either<string, BenchResults> => {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(RESULTS_PATH, 'utf8'));
  } catch (error) {
    return E.left(`cannot read ${RESULTS_PATH} (run npm run bench first): ${error instanceof Error ? error.message : String(error)}`);
  }
  const decoded = BenchResults.decode(json);
  return E.isLeft(decoded)
    ? E.left(`${RESULTS_PATH} is not a results file: ${PathReporter.report(decoded).slice(0, 3).join('; ')}`)
    : E.right(decoded.right);
};
