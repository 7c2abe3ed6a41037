import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import type { Benchmark } from './benchmark';
import { bundleSizeBenchmark } from './bundleSize';
import { decodeFloorBenchmark } from './decodeFloor';
import { harGrowthBenchmark } from './harGrowth';
import { describeMachine } from './machine';
import type { BenchResults, Scale } from './results';
import { streamGrowthBenchmark } from './streamGrowth';

/** Every benchmark `npm run bench` runs, in order. Items 4 and 5 of issue 6 join here as modules. */
export const SUITE: readonly Benchmark[] = [decodeFloorBenchmark, streamGrowthBenchmark, harGrowthBenchmark, bundleSizeBenchmark];

export const runSuite = async (
  scale: Scale,
  log: (line: string) => void,
  benchmarks: readonly Benchmark[] = SUITE,
): Promise<BenchResults> => {
  const oneMinuteLoad = (): number => loadavg()[0] ?? Number.NaN;
  const results: BenchResults = {
    date: new Date().toISOString(),
    scale,
    machine: describeMachine(),
    loadAverage: { atStart: oneMinuteLoad(), atEnd: Number.NaN },
    benchmarks: [],
  };
  for (const benchmark of benchmarks) {
    const started = performance.now();
    const outcome = await benchmark.run({ scale, log });
    results.benchmarks.push({ id: benchmark.id, title: benchmark.title, seconds: (performance.now() - started) / 1000, ...outcome });
  }
  results.loadAverage.atEnd = oneMinuteLoad();
  return results;
};
