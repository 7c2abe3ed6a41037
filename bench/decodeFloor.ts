import * as E from 'fp-ts/Either';
import { ChatCompletionChunk, ChatCompletionResponse, decodeExchange, ErrorResponse } from '../decode/index';
import type { CapturedExchange, DecodeOptions } from '../decode/index';
import { parseResponseBody } from '../decode/responseBody';
import type { Benchmark } from './benchmark';
import type { BodyKind, FixtureBody } from './corpus';
import { byteLength, capturedExchange, loadCorpus, repeatToBytes } from './corpus';
import { dataPayloads, parseAndCheckEach, parseEach } from './floor';
import type { KindResult } from './decodeFloorReport';
import { detailsOf, figuresOf } from './decodeFloorReport';
import { fixed } from './markdown';
import { MiB } from './stats';
import { inProcess, settle, timeRounds } from './timing';

/**
 * Issue 6, item 2: the recorded corpus, repeated to at least 64 MiB per kind of body, decoded through
 * decodeExchange (what the panel and the CLI call) against JSON.parse alone on the same JSON.
 */

const SETTINGS = {
  full: { minBytes: 64 * MiB, bodiesPerKind: Infinity, rounds: 5, warmups: 3 },
  smoke: { minBytes: 0, bodiesPerKind: 3, rounds: 1, warmups: 1 },
} as const;

const PANEL: DecodeOptions = {};
/** What `llm-inspect` passes: no per-event list in the output. */
const CLI: DecodeOptions = { streamEvents: false };

/** The contract check each kind of body gets: a completion or an error body, or a stream chunk. */
const CONTRACT_CHECK: Record<BodyKind, (value: unknown) => boolean> = {
  json: (value) =>
    typeof value === 'object' && value !== null && 'choices' in value ? E.isRight(ChatCompletionResponse.decode(value)) : E.isRight(ErrorResponse.decode(value)),
  sse: (value) => E.isRight(ChatCompletionChunk.decode(value)),
};

/** The same codecs as type guards (`is`): they walk the value without collecting errors. */
const CONTRACT_GUARD: Record<BodyKind, (value: unknown) => boolean> = {
  json: (value) => ChatCompletionResponse.is(value) || ErrorResponse.is(value),
  sse: (value) => ChatCompletionChunk.is(value),
};

const decodeAll = (exchanges: readonly CapturedExchange[], options: DecodeOptions): number => {
  let issues = 0;
  for (const exchange of exchanges) issues += decodeExchange(exchange, options)?.issues.length ?? 0;
  return issues;
};

const parseAll = (exchanges: readonly CapturedExchange[]): number => {
  let kinds = 0;
  for (const exchange of exchanges) kinds += parseResponseBody(exchange.body, exchange.mimeType).kind.length;
  return kinds;
};

const measureKind = (kind: BodyKind, corpus: readonly FixtureBody[], settings: (typeof SETTINGS)[keyof typeof SETTINGS], log: (line: string) => void): KindResult => {
  settle();
  const originals = corpus.filter((body) => body.kind === kind).slice(0, settings.bodiesPerKind);
  const repeated = repeatToBytes(originals, settings.minBytes);
  const exchanges = repeated.bodies.map((body, index) => capturedExchange(body, `${kind}-${index}`));
  const floorTexts = kind === 'sse' ? repeated.bodies.flatMap((body) => dataPayloads(body.text)) : repeated.bodies.map((body) => body.text);
  const firstCopy = exchanges.slice(0, originals.length);
  const firstTexts = kind === 'sse' ? originals.flatMap((body) => dataPayloads(body.text)) : originals.map((body) => body.text);
  log(`decode ${kind}: ${originals.length} bodies × ${repeated.repetitions} = ${fixed(repeated.bytes / MiB, 1)} MiB`);

  for (let warmup = 0; warmup < settings.warmups; warmup += 1) {
    parseEach(firstTexts);
    parseAndCheckEach(firstTexts, CONTRACT_CHECK[kind]);
    parseAndCheckEach(firstTexts, CONTRACT_GUARD[kind]);
    parseAll(firstCopy);
    decodeAll(firstCopy, PANEL);
    decodeAll(firstCopy, CLI);
  }
  const floor = inProcess(() => parseEach(floorTexts));
  const codec = inProcess(() => parseAndCheckEach(floorTexts, CONTRACT_CHECK[kind]));
  const guard = inProcess(() => parseAndCheckEach(floorTexts, CONTRACT_GUARD[kind]));
  const parse = inProcess(() => parseAll(exchanges));
  const panel = inProcess(() => decodeAll(exchanges, PANEL));
  const cli = inProcess(() => decodeAll(exchanges, CLI));
  timeRounds([floor, codec, guard, parse, panel, cli], settings.rounds);
  return {
    kind,
    files: originals.length,
    repetitions: repeated.repetitions,
    bytes: repeated.bytes,
    payloads: floorTexts.length,
    floor: floor.samples,
    codec: codec.samples,
    guard: guard.samples,
    parse: parse.samples,
    panel: panel.samples,
    cli: cli.samples,
  };
};

export const decodeFloorBenchmark: Benchmark = {
  id: 'decode',
  title: 'Decoding against its floor (JSON.parse)',
  run: ({ scale, log }) => {
    const settings = SETTINGS[scale];
    const corpus = loadCorpus();
    log(`decode: ${corpus.length} recorded bodies, ${fixed(corpus.reduce((sum, body) => sum + byteLength(body.text), 0) / MiB, 2)} MiB`);
    const results = [measureKind('json', corpus, settings, log), measureKind('sse', corpus, settings, log)];
    return Promise.resolve({ figures: results.flatMap(figuresOf), details: detailsOf(results) });
  },
};
