import type { CapturedExchange } from '../decode/index';
import { decodeExchange } from '../decode/index';
import { formatFixtureNames, readFormatFixture } from '../testing/fixtureFiles';
import type { OtherFormat } from '../testing/formatExchanges';
import { formatExchange } from '../testing/formatExchanges';
import type { Benchmark } from './benchmark';
import { byteLength } from './corpus';
import { exchangeJsonTexts, parseEach } from './floor';
import { fixed, markdownTable } from './markdown';
import type { Figure } from './results';
import { median, MiB, ratioOf } from './stats';
import type { Sample } from './timing';
import { collectGarbage, cpuTimes, inProcess, timeRounds } from './timing';

/**
 * Issue 13: the decode budgets (2× JSON.parse for JSON bodies, 2.5× for streams) for every other
 * wire format, on its recorded corpus (../shared/fixtures/formats/<format>/) wrapped as that format's
 * real endpoint hands it over (testing/formatExchanges.ts), against JSON.parse of exactly the JSON
 * the bodies carry.
 */

const FOLDERS: readonly OtherFormat[] = ['openai-responses', 'anthropic-messages', 'gemini', 'ai-sdk-ui', 'ai-sdk-data', 'ollama'];

// 11 rounds, not 5: a round now and then reads 2–3× the others (a GC, another process), and with
// five the median still moved 0.2–0.3 between two quiet runs of the same code (Dec 8 2026).
const SETTINGS = {
  full: { minBytes: 16 * MiB, rounds: 11, warmups: 3 },
  smoke: { minBytes: 0, rounds: 1, warmups: 1 },
} as const;

type Group = 'json' | 'stream';

/** A file is a stream unless it is one JSON value (Vertex's JSON-array stream is one, and its floor is that one parse). */
const groupOf = (name: string): Group => (name.endsWith('.json') ? 'json' : 'stream');

interface GroupResult {
  readonly format: OtherFormat;
  readonly group: Group;
  readonly files: number;
  readonly bytes: number;
  readonly payloads: number;
  readonly floor: Sample[];
  readonly decode: Sample[];
}

const decodeAll = (exchanges: readonly CapturedExchange[]): number => {
  let issues = 0;
  for (const exchange of exchanges) issues += decodeExchange(exchange)?.issues.length ?? 0;
  return issues;
};

const measureGroup = (
  format: OtherFormat,
  group: Group,
  settings: (typeof SETTINGS)[keyof typeof SETTINGS],
  log: (line: string) => void,
): GroupResult | undefined => {
  // The AI SDK's bare text streams carry no JSON: there is no floor to hold them to.
  const names = formatFixtureNames(format).filter((name) => groupOf(name) === group && !name.includes('textstream'));
  if (names.length === 0) return undefined;
  collectGarbage();
  const bodies = names.map((name) => ({ name, text: readFormatFixture(format, name) }));
  const once = bodies.reduce((sum, body) => sum + byteLength(body.text), 0);
  const repetitions = Math.max(1, Math.ceil(settings.minBytes / once));
  const exchanges: CapturedExchange[] = [];
  const texts: string[] = [];
  for (let copy = 0; copy < repetitions; copy += 1) {
    for (const body of bodies) {
      // A fresh string per copy, as each captured response is (see corpus.ts, repeatToBytes).
      const text = Buffer.from(body.text, 'utf8').toString('utf8');
      const exchange = formatExchange(format, body.name, text, `${body.name}-${copy}`);
      exchanges.push(exchange);
      // The floor is every JSON text of the exchange: an AI SDK exchange's request body too (see exchangeJsonTexts).
      texts.push(...exchangeJsonTexts(body.name, exchange));
    }
  }
  log(`formats ${format} ${group}: ${names.length} bodies × ${repetitions} = ${fixed((once * repetitions) / MiB, 1)} MiB`);
  const firstCopy = exchanges.slice(0, bodies.length);
  for (let warmup = 0; warmup < settings.warmups; warmup += 1) {
    parseEach(texts.slice(0, 200));
    decodeAll(firstCopy);
  }
  const floor = inProcess(() => parseEach(texts));
  const decode = inProcess(() => decodeAll(exchanges));
  timeRounds([floor, decode], settings.rounds);
  return {
    format,
    group,
    files: names.length,
    bytes: once * repetitions,
    payloads: texts.length,
    floor: floor.samples,
    decode: decode.samples,
  };
};

const figureOf = (result: GroupResult): Figure => {
  const ratio = ratioOf(cpuTimes(result.decode), cpuTimes(result.floor));
  return {
    id: `formats.${result.format}.${result.group}.ratio`,
    label: `${result.format} ${result.group === 'json' ? 'JSON bodies' : 'streams'}: decodeExchange ÷ JSON.parse, CPU time`,
    value: ratio.value,
    unit: 'ratio',
    spread: ratio.spread,
  };
};

const detailsOf = (results: readonly GroupResult[]): string[] => [
  'Each recorded body of ../shared/fixtures/formats/<format>/ is wrapped as its real endpoint hands it over (testing/formatExchanges.ts: the URL, the protocol headers, the content type, the status in an error file name) and passed to `decodeExchange`. The floor is `JSON.parse` on every JSON text the exchange carries: a JSON body whole (Vertex’s JSON-array stream too), the payload of each SSE `data:` line, each NDJSON line, the JSON after each data-stream part code, and the request body where the exchange has one (the AI SDK exchanges: the decoder parses and summarizes it), so the ratio measures decoding beyond parsing every JSON text. The AI SDK’s bare text streams carry no JSON and are left out. Medians of CPU time over the rounds.',
  '',
  ...markdownTable(
    ['format', 'bodies', 'files', 'MiB', 'JSON.parse calls', 'floor CPU ms', 'decode CPU ms', '×'],
    results.map((result) => [
      result.format,
      result.group,
      String(result.files),
      fixed(result.bytes / MiB, 1),
      String(result.payloads),
      fixed(median(cpuTimes(result.floor)), 0),
      fixed(median(cpuTimes(result.decode)), 0),
      fixed(median(cpuTimes(result.decode)) / median(cpuTimes(result.floor)), 2),
    ]),
  ),
];

export const formatsDecodeBenchmark: Benchmark = {
  id: 'formats',
  title: 'Decoding every other wire format against its floor (JSON.parse)',
  run: ({ scale, log }) => {
    const settings = SETTINGS[scale];
    const results = FOLDERS.flatMap((format) =>
      (['json', 'stream'] as const).flatMap((group) => measureGroup(format, group, settings, log) ?? []),
    );
    return Promise.resolve({ figures: results.map(figureOf), details: detailsOf(results) });
  },
};
