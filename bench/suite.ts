import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import type { Benchmark } from './benchmark';
import { bundleSizeBenchmark } from './bundleSize';
import { captureBurstBenchmark } from './captureBurst';
import { decodeFloorBenchmark } from './decodeFloor';
import { formatsDecodeBenchmark } from './formatsDecode';
import { harGrowthBenchmark } from './harGrowth';
import { liveDrainBenchmark } from './liveDrain';
import { liveLoadBenchmark } from './liveLoad';
import { panelScaleBenchmark } from './panelScale';
import { readyWhenShownBenchmark } from './readyWhenShown';
import { requestSchemasOverheadBenchmark } from './requestSchemasOverhead';
import { describeMachine } from './machine';
import type { BenchResults, Scale } from './results';
import { describeRevision } from './revision';
import { streamGrowthBenchmark } from './streamGrowth';
import { collectGarbage } from './timing';

/** Every benchmark `npm run bench` runs, in order. */
export const SUITE: readonly Benchmark[] = [
  decodeFloorBenchmark,
  formatsDecodeBenchmark,
  requestSchemasOverheadBenchmark,
  streamGrowthBenchmark,
  harGrowthBenchmark,
  bundleSizeBenchmark,
  panelScaleBenchmark,
  readyWhenShownBenchmark,
  captureBurstBenchmark,
  liveDrainBenchmark,
  liveLoadBenchmark,
];

/** Vite's errors come coloured for a terminal; the colour codes would litter BENCHMARKS.md. */
const TERMINAL_COLOURS = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');

export const runSuite = async (
  scale: Scale,
  log: (line: string) => void,
  benchmarks: readonly Benchmark[] = SUITE,
): Promise<BenchResults> => {
  const oneMinuteLoad = (): number => loadavg()[0] ?? Number.NaN;
  const results: BenchResults = {
    date: new Date().toISOString(),
    scale,
    revision: describeRevision(),
    machine: describeMachine(),
    loadAverage: { atStart: oneMinuteLoad(), atEnd: Number.NaN },
    benchmarks: [],
  };
  for (const benchmark of benchmarks) {
    collectGarbage();
    const started = performance.now();
    const seconds = (): number => (performance.now() - started) / 1000;
    // One benchmark that cannot run (a build broken mid-edit) must not cost the others' figures.
    try {
      const outcome = await benchmark.run({ scale, log });
      results.benchmarks.push({ id: benchmark.id, title: benchmark.title, seconds: seconds(), ...outcome });
    } catch (thrown) {
      const error = (thrown instanceof Error ? thrown.message : String(thrown)).replace(TERMINAL_COLOURS, '').trim();
      log(`${benchmark.id} failed: ${error}`);
      results.benchmarks.push({
        id: benchmark.id,
        title: benchmark.title,
        seconds: seconds(),
        figures: [],
        details: [`It could not run: ${error}`],
        error,
      });
    }
  }
  results.loadAverage.atEnd = oneMinuteLoad();
  return results;
};
