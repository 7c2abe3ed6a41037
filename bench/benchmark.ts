import type { BenchmarkOutcome, Scale } from './results';

/**
 * One benchmark module. `npm run bench` runs each in turn; a new measurement (the panel at scale in
 * real Chromium, a 500-request burst in real DevTools) is one more module in bench/suite.ts.
 */
export interface Benchmark {
  /** Prefix of its figure ids, e.g. `decode` for `decode.json.ratio`. */
  readonly id: string;
  readonly title: string;
  readonly run: (context: BenchContext) => Promise<Pick<BenchmarkOutcome, 'figures' | 'details'>>;
}

export interface BenchContext {
  /** `smoke` runs every code path on tiny inputs, once, so `npm test` keeps the suite from rotting. */
  readonly scale: Scale;
  /** Progress for the person waiting; not part of the results. */
  readonly log: (line: string) => void;
}
