import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Benchmark } from './benchmark';
import { recordedBodies } from '../demo/fixtures';
import { writeHar } from './harFile';
import { fixed, grouped, markdownTable } from './markdown';
import { median, MiB, ratioOf, spreadOf } from './stats';
import type { Sample, Variant } from './timing';
import { childProcess, cpuTimes, timeRounds, wallTimes } from './timing';

/**
 * Issue 6, item 3 (HAR): `llm-inspect --json` over a HAR of 1,000 and of 16,000 exchanges, timed as
 * a whole process (start, tsx compiling the TypeScript, reading, decoding, writing JSON to /dev/null).
 * A fresh process also pays for V8 optimizing the decoder as it goes, which a 1,000-exchange run
 * feels more than a 16,000 one: that is what a user waits for, so it stays in.
 */

const CLI_BIN = fileURLToPath(new URL('../cli/bin.mjs', import.meta.url));

const SETTINGS = {
  full: { smallEntries: 1000, rounds: 3, startupRounds: 5 },
  smoke: { smallEntries: 2, rounds: 1, startupRounds: 1 },
} as const;

const GROWTH = 16;

/** Exit 0 (all conform) and 1 (some do not: the corpus has error bodies) are both a finished run. */
const cliRun = (harPath: string): Variant => childProcess(process.execPath, [CLI_BIN, '--json', harPath], [0, 1]);

const spreadText = (times: readonly number[]): string => {
  const spread = spreadOf(times);
  return `${grouped(median(times))} (${grouped(spread.min)}–${grouped(spread.max)})`;
};

export const harGrowthBenchmark: Benchmark = {
  id: 'growth.har',
  title: 'Linear growth: llm-inspect --json over a HAR of 1,000 against 16,000 exchanges',
  run: ({ scale, log }) => {
    const settings = SETTINGS[scale];
    const corpus = recordedBodies();
    const folder = mkdtempSync(join(tmpdir(), 'llm-inspect-bench-'));
    try {
      const paths = { empty: join(folder, 'empty.har'), small: join(folder, 'small.har'), large: join(folder, 'large.har') };
      const sizes = {
        empty: writeHar(paths.empty, corpus, 0),
        small: writeHar(paths.small, corpus, settings.smallEntries),
        large: writeHar(paths.large, corpus, settings.smallEntries * GROWTH),
      };
      log(
        `HAR growth: ${grouped(settings.smallEntries)} exchanges (${fixed(sizes.small / MiB, 1)} MiB) and ${grouped(settings.smallEntries * GROWTH)} (${fixed(sizes.large / MiB, 1)} MiB)`,
      );
      const startup = cliRun(paths.empty);
      timeRounds([startup], settings.startupRounds);
      const small = cliRun(paths.small);
      const large = cliRun(paths.large);
      timeRounds([small, large], settings.rounds);
      const growth = ratioOf(cpuTimes(large.samples), cpuTimes(small.samples));
      const wallGrowth = ratioOf(wallTimes(large.samples), wallTimes(small.samples));
      const startMs = median(cpuTimes(startup.samples));
      const withoutStartup = (median(cpuTimes(large.samples)) - startMs) / (median(cpuTimes(small.samples)) - startMs);
      const row = (label: string, entries: number, bytes: number, samples: readonly Sample[]): string[] => [
        label,
        grouped(entries),
        fixed(bytes / MiB, 1),
        spreadText(cpuTimes(samples)),
        spreadText(wallTimes(samples)),
      ];
      const exchanges = (count: number): string => `${grouped(count)} exchanges`;
      return Promise.resolve({
        figures: [
          {
            id: 'growth.har.ratio',
            label: 'HAR 16× larger: llm-inspect --json CPU time ×',
            value: growth.value,
            unit: 'ratio',
            spread: growth.spread,
            note: 'whole process, startup included',
          },
          {
            id: 'growth.har.wallRatio',
            label: 'HAR 16× larger: llm-inspect --json wall-clock time ×',
            value: wallGrowth.value,
            unit: 'ratio',
            spread: wallGrowth.spread,
          },
          {
            id: 'growth.har.ratioWithoutStartup',
            label: 'HAR 16× larger: CPU time × with startup subtracted',
            value: withoutStartup,
            unit: 'ratio',
          },
          {
            id: 'growth.har.startupMs',
            label: 'llm-inspect --json on an empty HAR (startup), CPU',
            value: startMs,
            unit: 'ms',
            spread: spreadOf(cpuTimes(startup.samples)),
          },
          {
            id: 'growth.har.smallMs',
            label: `llm-inspect --json, ${exchanges(settings.smallEntries)}, CPU`,
            value: median(cpuTimes(small.samples)),
            unit: 'ms',
            spread: spreadOf(cpuTimes(small.samples)),
          },
          {
            id: 'growth.har.largeMs',
            label: `llm-inspect --json, ${exchanges(settings.smallEntries * GROWTH)}, CPU`,
            value: median(cpuTimes(large.samples)),
            unit: 'ms',
            spread: spreadOf(cpuTimes(large.samples)),
          },
        ],
        details: [
          `HAR files written for the run (in the system's temporary folder, removed after): the ${corpus.length} recorded bodies taken in turn, each a POST to a chat-completions URL with a small request body, its status and content type, as Chrome saves them. Each run is a fresh \`node cli/bin.mjs --json FILE\` process with its output sent to /dev/null, timed from spawn to exit, by the wall clock and by the CPU time it used (bash's \`times\`): nothing is subtracted from the budgeted figure. Startup (Node, tsx compiling the TypeScript sources, an empty HAR) is measured on its own and subtracted only in the second figure, to show the growth of the work itself.`,
          '',
          ...markdownTable(
            ['HAR', 'exchanges', 'MiB', 'CPU ms, median (min–max)', 'wall ms, median (min–max)'],
            [
              row('empty (startup)', 0, sizes.empty, startup.samples),
              row('small', settings.smallEntries, sizes.small, small.samples),
              row('large', settings.smallEntries * GROWTH, sizes.large, large.samples),
            ],
          ),
          '',
          `Input ${fixed(sizes.large / sizes.small, 2)}× larger; whole-process CPU time ${fixed(growth.value, 2)}× (per round ${fixed(growth.spread.min, 2)}–${fixed(growth.spread.max, 2)}), wall-clock time ${fixed(wallGrowth.value, 2)}×; CPU time with the startup subtracted ${fixed(withoutStartup, 2)}×.`,
        ],
      });
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  },
};
