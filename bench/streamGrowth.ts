import { decodeExchange } from '../decode/index';
import type { Benchmark } from './benchmark';
import { recordedExchange } from '../testing/exchanges';
import { fixed, grouped, markdownTable } from './markdown';
import { median, MiB, mibPerSecond, ratioOf, spreadOf } from './stats';
import { EVENT_BYTES, syntheticStream } from './syntheticStream';
import type { Sample } from './timing';
import { cpuTimes, inProcess, timeRounds, wallTimes } from './timing';

/** Issue 6, item 3 (streams): 16× the stream must cost at most 18× the time. */

const SETTINGS = {
  full: { smallBytes: 1 * MiB, rounds: 25, warmups: 3 },
  smoke: { smallBytes: 4 * 1024, rounds: 1, warmups: 1 },
} as const;

const GROWTH = 16;

/**
 * The small stream is decoded GROWTH times a round and timed as their mean, so both samples decode
 * as many bytes and allocate as much. Timed once, its 11–12 ms sample held a scavenge in one round
 * of five (1–15 ms more when it did): the large run collected the garbage both left, and the ratios
 * of single rounds ran from 5.5 to 25.6 (bench/README.md round s12-growth).
 */
const SMALL_REPEATS = GROWTH;

const decodeStreamText = (text: string): number =>
  decodeExchange(recordedExchange({ text, mimeType: 'text/event-stream', status: 200 }, 'growth'))?.completion?.choices[0]?.message.content
    ?.length ?? -1;

const spreadText = (times: readonly number[]): string => {
  const spread = spreadOf(times);
  return `${fixed(median(times), 1)} (${fixed(spread.min, 1)}–${fixed(spread.max, 1)})`;
};

export const streamGrowthBenchmark: Benchmark = {
  id: 'growth.stream',
  title: 'Linear growth: one stream, 1 MiB against 16 MiB',
  run: ({ scale, log }) => {
    const settings = SETTINGS[scale];
    const small = syntheticStream(settings.smallBytes);
    const large = syntheticStream(settings.smallBytes * GROWTH);
    log(`stream growth: ${grouped(small.contentEvents)} and ${grouped(large.contentEvents)} events of ${EVENT_BYTES} bytes`);
    for (let warmup = 0; warmup < settings.warmups; warmup += 1) decodeStreamText(small.text);
    decodeStreamText(large.text);
    const smallRun = inProcess(() => decodeStreamText(small.text), SMALL_REPEATS);
    const largeRun = inProcess(() => decodeStreamText(large.text));
    timeRounds([smallRun, largeRun], settings.rounds);
    const growth = ratioOf(cpuTimes(largeRun.samples), cpuTimes(smallRun.samples));
    const wallGrowth = ratioOf(wallTimes(largeRun.samples), wallTimes(smallRun.samples));
    const inputGrowth = large.text.length / small.text.length;
    const sizeLabel = (text: string): string => `${fixed(text.length / MiB, 2)} MiB`;
    const row = (text: string, events: number, samples: readonly Sample[]): string[] => [
      sizeLabel(text),
      grouped(events),
      spreadText(cpuTimes(samples)),
      spreadText(wallTimes(samples)),
      fixed(mibPerSecond(text.length, median(cpuTimes(samples))), 1),
    ];
    return Promise.resolve({
      figures: [
        {
          id: 'growth.stream.ratio',
          label: `stream ${fixed(inputGrowth, 1)}× larger: CPU time ×`,
          value: growth.value,
          unit: 'ratio',
          spread: growth.spread,
        },
        {
          id: 'growth.stream.wallRatio',
          label: `stream ${fixed(inputGrowth, 1)}× larger: wall-clock time ×`,
          value: wallGrowth.value,
          unit: 'ratio',
          spread: wallGrowth.spread,
        },
        {
          id: 'growth.stream.smallMs',
          label: `stream of ${sizeLabel(small.text)}: decodeExchange CPU`,
          value: median(cpuTimes(smallRun.samples)),
          unit: 'ms',
          spread: spreadOf(cpuTimes(smallRun.samples)),
        },
        {
          id: 'growth.stream.largeMs',
          label: `stream of ${sizeLabel(large.text)}: decodeExchange CPU`,
          value: median(cpuTimes(largeRun.samples)),
          unit: 'ms',
          spread: spreadOf(cpuTimes(largeRun.samples)),
        },
      ],
      details: [
        `Two streams built by repeating one ${EVENT_BYTES}-byte content chunk of the shape of \`openai-stream-text-1.sse\` (after a role chunk, before a finish chunk and \`[DONE]\`), each decoded whole by \`decodeExchange\` with the panel's options (event list kept), the small one ${SMALL_REPEATS} times back to back in each round and timed as their mean, so both samples decode as many bytes and the small one pays its share of the scavenges. ${EVENT_BYTES} bytes, not 100: a chunk that conforms to the contract (id, object, created, model, choices[].index, delta) takes 122 bytes with its \`data: \` and blank line before any content, so 100-byte events would all be contract errors and measure the issue log instead of the decoder. Rounds alternate the two sizes; the ratio is of the medians, its spread is of the per-round ratios.`,
        '',
        ...markdownTable(
          ['stream', 'content events', 'CPU ms, median (min–max)', 'wall ms, median (min–max)', 'MiB per CPU second'],
          [row(small.text, small.contentEvents, smallRun.samples), row(large.text, large.contentEvents, largeRun.samples)],
        ),
        '',
        `Input ${fixed(inputGrowth, 2)}× larger; CPU time ${fixed(growth.value, 2)}× (per round ${fixed(growth.spread.min, 2)}–${fixed(growth.spread.max, 2)}), wall-clock time ${fixed(wallGrowth.value, 2)}× (per round ${fixed(wallGrowth.spread.min, 2)}–${fixed(wallGrowth.spread.max, 2)}).`,
      ],
    });
  },
};
