import type { CapturedExchange, DecodeOptions } from '../decode/index';
import { decodeExchange } from '../decode/index';
import { recordedBodies, type RecordedBody } from '../demo/fixtures';
import type { Benchmark } from './benchmark';
import type { BodyKind } from './corpus';
import { recordedExchange } from '../testing/exchanges';
import { byteLength, repeatToBytes } from './corpus';
import { dataPayloads, parseEach } from './floor';
import type { KindResult } from './decodeFloorReport';
import { detailsOf, figuresOf } from './decodeFloorReport';
import { fixed } from './markdown';
import { MiB } from './stats';
import { collectGarbage, inProcess, timeRounds } from './timing';

/**
 * Issue 6, item 2: the recorded corpus, repeated to at least 64 MiB per kind of body, decoded through
 * decodeExchange (what the panel and the CLI call) against JSON.parse alone on the same JSON. The
 * floor is every JSON text an exchange holds (floor.ts, exchangeJsonTexts): these recorded exchanges
 * carry no request body, so it is their response bodies' JSON alone.
 */

// 11 rounds, not 5: a round now and then reads 2–3× the others (a GC, another process), and with
// five the median still moved 0.2–0.3 between two quiet runs of the same code (Dec 8 2026).
const SETTINGS = {
  full: { minBytes: 64 * MiB, bodiesPerKind: Infinity, rounds: 11, warmups: 3 },
  smoke: { minBytes: 0, bodiesPerKind: 3, rounds: 1, warmups: 1 },
} as const;

const PANEL: DecodeOptions = {};
/** What `llm-inspect` passes: no per-event list in the output. */
const CLI: DecodeOptions = { streamEvents: false };

const decodeAll = (exchanges: readonly CapturedExchange[], options: DecodeOptions): number => {
  let issues = 0;
  for (const exchange of exchanges) issues += decodeExchange(exchange, options)?.issues.length ?? 0;
  return issues;
};

const measureKind = (
  kind: BodyKind,
  corpus: readonly RecordedBody[],
  settings: (typeof SETTINGS)[keyof typeof SETTINGS],
  log: (line: string) => void,
): KindResult => {
  collectGarbage();
  const originals = corpus.filter((body) => body.kind === kind).slice(0, settings.bodiesPerKind);
  const repeated = repeatToBytes(originals, settings.minBytes);
  const exchanges = repeated.bodies.map((body, index) => recordedExchange(body, `${kind}-${index}`));
  const floorTexts = kind === 'sse' ? repeated.bodies.flatMap((body) => dataPayloads(body.text)) : repeated.bodies.map((body) => body.text);
  const firstCopy = exchanges.slice(0, originals.length);
  const firstTexts = kind === 'sse' ? originals.flatMap((body) => dataPayloads(body.text)) : originals.map((body) => body.text);
  log(`decode ${kind}: ${originals.length} bodies × ${repeated.repetitions} = ${fixed(repeated.bytes / MiB, 1)} MiB`);

  for (let warmup = 0; warmup < settings.warmups; warmup += 1) {
    parseEach(firstTexts);
    decodeAll(firstCopy, PANEL);
    decodeAll(firstCopy, CLI);
  }
  const floor = inProcess(() => parseEach(floorTexts));
  const panel = inProcess(() => decodeAll(exchanges, PANEL));
  const cli = inProcess(() => decodeAll(exchanges, CLI));
  timeRounds([floor, panel, cli], settings.rounds);
  return {
    kind,
    files: originals.length,
    repetitions: repeated.repetitions,
    bytes: repeated.bytes,
    payloads: floorTexts.length,
    floor: floor.samples,
    panel: panel.samples,
    cli: cli.samples,
  };
};

export const decodeFloorBenchmark: Benchmark = {
  id: 'decode',
  title: 'Decoding against its floor (JSON.parse)',
  run: ({ scale, log }) => {
    const settings = SETTINGS[scale];
    const corpus = recordedBodies();
    log(`decode: ${corpus.length} recorded bodies, ${fixed(corpus.reduce((sum, body) => sum + byteLength(body.text), 0) / MiB, 2)} MiB`);
    const results = [measureKind('json', corpus, settings, log), measureKind('sse', corpus, settings, log)];
    return Promise.resolve({ figures: results.flatMap(figuresOf), details: detailsOf(results) });
  },
};
