import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';

/**
 * Timing on a shared 2-core machine. Each run records wall-clock time and CPU time: when other
 * processes compete for the cores, wall-clock time swings by 2× and more between identical runs
 * (a 16 MiB stream: 350–735 ms wall against 317–428 ms CPU in one run), while CPU time does not
 * count the waiting. Budgets are judged on CPU time; wall-clock time is reported beside it.
 */

export interface Sample {
  readonly wallMs: number;
  /** User + system CPU time of the process doing the work, all its threads (GC helpers included). */
  readonly cpuMs: number;
}

/** Something to time, and one sample per round. */
export interface Variant {
  readonly measure: () => Sample;
  readonly samples: Sample[];
}

/** Somewhere for results to go, so the engine cannot drop work whose result nobody reads. */
let sink: unknown;
export const lastResult = (): unknown => sink;

/**
 * Collects the garbage a finished benchmark left, before the next builds its inputs and warms up.
 * Not before each timed run: a forced full GC shrinks the heap and the run after it pays to grow it
 * back (a 1 MiB stream took 59 ms of CPU straight after one, 26 ms otherwise), which would bill
 * short runs more than long ones and bend every ratio. Needs `node --expose-gc` (the bench script
 * passes it); without it the run still works.
 */
export const collectGarbage = (): void => {
  globalThis.gc?.();
};

const cpuMsSince = (start: NodeJS.CpuUsage): number => {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
};

/**
 * Work done in this process, `repeats` times back to back in each sample (1 unless told), the
 * sample being the time of one: a short piece of work timed once is decided by whether a scavenge
 * falls inside it, and leaves the collection of its garbage to whatever runs next.
 */
export const inProcess = (work: () => unknown, repeats = 1): Variant => ({
  measure: () => {
    const cpu = process.cpuUsage();
    const started = performance.now();
    for (let repeat = 0; repeat < repeats; repeat += 1) sink = work();
    const wallMs = (performance.now() - started) / repeats;
    return { wallMs, cpuMs: cpuMsSince(cpu) / repeats };
  },
  samples: [],
});

/** `bash -c '... ; times'`: its second line is the CPU time of the children bash waited for. */
const CHILD_TIMES = /\n(\d+)m([\d.]+)s (\d+)m([\d.]+)s\s*$/;

/**
 * A whole process, from spawn to exit, its stdout sent to /dev/null. Its CPU time comes from bash's
 * `times`, since Node reports no resource usage for its children. `accept` says which exit statuses
 * are a finished run; any other throws with the process's stderr.
 */
export const childProcess = (command: string, args: readonly string[], accept: readonly number[] = [0]): Variant => ({
  measure: () => {
    const started = performance.now();
    const run = spawnSync('bash', ['-c', '"$@" > /dev/null; status=$?; times; exit $status', 'bash', command, ...args], {
      encoding: 'utf8',
    });
    const wallMs = performance.now() - started;
    if (run.status === null || !accept.includes(run.status)) {
      throw new Error(`${command} ${args.join(' ')} exited ${String(run.status)}: ${run.stderr.slice(0, 500)}`);
    }
    const times = CHILD_TIMES.exec(run.stdout);
    const minutes = (at: number): number => Number(times?.[at] ?? Number.NaN) * 60_000;
    const seconds = (at: number): number => Number(times?.[at] ?? Number.NaN) * 1000;
    return { wallMs, cpuMs: minutes(1) + seconds(2) + minutes(3) + seconds(4) };
  },
  samples: [],
});

/**
 * Measures each variant once per round, the order rotating between rounds so none always runs
 * first (after a GC) or last (on a warmer cache). Samples keep round order, for per-round ratios.
 */
export const timeRounds = (variants: readonly Variant[], rounds: number): void => {
  for (let round = 0; round < rounds; round += 1) {
    for (let step = 0; step < variants.length; step += 1) {
      const next = variants[(round + step) % variants.length];
      next?.samples.push(next.measure());
    }
  }
};

export const cpuTimes = (samples: readonly Sample[]): number[] => samples.map((sample) => sample.cpuMs);
export const wallTimes = (samples: readonly Sample[]): number[] => samples.map((sample) => sample.wallMs);
