import { fileURLToPath } from 'node:url';

/** Where `npm run bench` writes, and `npm run bench:check` reads. */
export const RESULTS_PATH = fileURLToPath(new URL('./results.json', import.meta.url));
export const BENCHMARKS_PATH = fileURLToPath(new URL('../BENCHMARKS.md', import.meta.url));
