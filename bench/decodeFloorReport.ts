import type { BodyKind } from './corpus';
import { fixed, grouped, markdownTable } from './markdown';
import type { Figure } from './results';
import { median, MiB, mibPerSecond, ratioOf, spreadOf } from './stats';
import type { Sample } from './timing';
import { cpuTimes, wallTimes } from './timing';

/** The decode-against-floor measurements of one kind of body, and how they are reported. */
export interface KindResult {
  readonly kind: BodyKind;
  readonly files: number;
  readonly repetitions: number;
  readonly bytes: number;
  readonly payloads: number;
  /** One sample per round; samples only, so the 64 MiB of bodies can go once a kind is measured. */
  readonly floor: Sample[];
  readonly panel: Sample[];
  readonly cli: Sample[];
}

const NAMES: Record<BodyKind, string> = { json: 'JSON', sse: 'SSE' };

export const figuresOf = (result: KindResult): Figure[] => {
  const name = NAMES[result.kind];
  const floor = cpuTimes(result.floor);
  const panel = ratioOf(cpuTimes(result.panel), floor);
  const wall = ratioOf(wallTimes(result.panel), wallTimes(result.floor));
  const cli = ratioOf(cpuTimes(result.cli), floor);
  const speed = (samples: readonly Sample[]): number => mibPerSecond(result.bytes, median(cpuTimes(samples)));
  return [
    {
      id: `decode.${result.kind}.ratio`,
      label: `${name} bodies: decodeExchange ÷ JSON.parse, CPU time`,
      value: panel.value,
      unit: 'ratio',
      spread: panel.spread,
    },
    {
      id: `decode.${result.kind}.wallRatio`,
      label: `${name} bodies: decodeExchange ÷ JSON.parse, wall clock`,
      value: wall.value,
      unit: 'ratio',
      spread: wall.spread,
    },
    {
      id: `decode.${result.kind}.cliRatio`,
      label: `${name} bodies: CLI options (no event list) ÷ JSON.parse, CPU`,
      value: cli.value,
      unit: 'ratio',
      spread: cli.spread,
    },
    { id: `decode.${result.kind}.floorSpeed`, label: `${name} bodies: JSON.parse alone`, value: speed(result.floor), unit: 'MiB/s' },
    { id: `decode.${result.kind}.decodeSpeed`, label: `${name} bodies: decodeExchange`, value: speed(result.panel), unit: 'MiB/s' },
  ];
};

const msWithSpread = (times: readonly number[]): string => {
  const spread = spreadOf(times);
  return `${fixed(median(times), 0)} (${fixed(spread.min, 0)}–${fixed(spread.max, 0)})`;
};

const STAGES: readonly { label: string; pick: (result: KindResult) => Sample[] }[] = [
  { label: 'JSON.parse alone (the floor)', pick: (result) => result.floor },
  { label: '`decodeExchange`, panel options (event list kept)', pick: (result) => result.panel },
  { label: '`decodeExchange`, CLI options (`streamEvents: false`)', pick: (result) => result.cli },
];

const stageRows = (results: readonly KindResult[]): string[][] =>
  STAGES.map((stage) => [
    stage.label,
    ...results.flatMap((result) => {
      const samples = stage.pick(result);
      return [
        msWithSpread(cpuTimes(samples)),
        msWithSpread(wallTimes(samples)),
        fixed(median(cpuTimes(samples)) / median(cpuTimes(result.floor)), 2),
      ];
    }),
  ]);

export const detailsOf = (results: readonly KindResult[]): string[] => {
  const header = results.map((result) => NAMES[result.kind]);
  return [
    "Each body is wrapped in a `CapturedExchange` (POST to a chat-completions URL, its mimeType, its status: the error bodies carry theirs in the file name, the rest 200) and passed to `decodeExchange`, the function the panel and the CLI call. The floor is `JSON.parse` on the same JSON: each JSON body whole, and for streams the payload of each `data:` line (split beforehand, `[DONE]` left out). Each round times every variant once, in rotating order (after warm-up passes, with no forced GC in between: see bench/timing.ts). Figures are medians over the rounds; a ratio's spread is the min–max of the per-round ratios. Budgets are judged on CPU time (see the note at the top).",
    '',
    ...markdownTable(
      ['kind', 'files', 'repetitions', 'MiB', 'JSON.parse calls in the floor'],
      results.map((result) => [
        NAMES[result.kind],
        String(result.files),
        String(result.repetitions),
        fixed(result.bytes / MiB, 1),
        grouped(result.payloads),
      ]),
    ),
    '',
    'Stages, milliseconds per pass, median (min–max), and CPU time × the floor:',
    '',
    ...markdownTable(['stage', ...header.flatMap((name) => [`${name} CPU ms`, `${name} wall ms`, `${name} ×`])], stageRows(results)),
    '',
    "Where the time goes inside `decodeExchange` is a profiler's to say: see the note at the top on `node --cpu-prof`.",
  ];
};
