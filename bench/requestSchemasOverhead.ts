import type { CapturedExchange } from '../decode/index';
import { decodeExchange } from '../decode/index';
import { SCHEMA_PAIRS, schemaPairExchange } from '../testing/requestSchemas/pairs';
import type { Benchmark } from './benchmark';
import { fixed, markdownTable } from './markdown';
import type { Figure } from './results';
import { median, ratioOf } from './stats';
import { collectGarbage, cpuTimes, inProcess, timeRounds } from './timing';

/**
 * Issue 15: what holding responses to the request's own JSON Schemas costs. The hand-written
 * pairs of testing/requestSchemas/ (a tool call or structured answer with the request that sent
 * its schema, every format with tools) are decoded with `requestSchemas` (the default: the
 * request parsed once more, each schema compiled, the value validated) and without it. No budget:
 * the issue asks for none, only that schemas compile once per request (compiledOnce.test.ts).
 */

const SETTINGS = {
  full: { exchanges: 30_000, rounds: 5, warmups: 3 },
  smoke: { exchanges: 0, rounds: 1, warmups: 1 },
} as const;

/** Fresh strings per copy, as each captured exchange has its own (see corpus.ts, repeatToBytes). */
const fresh = (text: string | null): string | null => (text === null ? null : Buffer.from(text, 'utf8').toString('utf8'));

const copiesOfPairs = (count: number): CapturedExchange[] => {
  const once = SCHEMA_PAIRS.map(schemaPairExchange);
  const exchanges: CapturedExchange[] = [];
  for (let copy = 0; exchanges.length < Math.max(count, once.length); copy += 1) {
    for (const exchange of once) {
      exchanges.push({ ...exchange, id: `${exchange.id}-${copy}`, requestBody: fresh(exchange.requestBody), body: fresh(exchange.body) });
    }
  }
  return exchanges;
};

const decodeAll = (exchanges: readonly CapturedExchange[], requestSchemas: boolean): number => {
  let issues = 0;
  for (const exchange of exchanges) issues += decodeExchange(exchange, { requestSchemas })?.issues.length ?? 0;
  return issues;
};

export const requestSchemasOverheadBenchmark: Benchmark = {
  id: 'requestSchemas',
  title: "Holding responses to the request's schemas: decoding with and without the checks",
  run: ({ scale, log }) => {
    const settings = SETTINGS[scale];
    collectGarbage();
    const exchanges = copiesOfPairs(settings.exchanges);
    log(`requestSchemas: ${SCHEMA_PAIRS.length} pairs × ${exchanges.length / SCHEMA_PAIRS.length} = ${exchanges.length} exchanges`);
    const firstCopy = exchanges.slice(0, SCHEMA_PAIRS.length);
    for (let warmup = 0; warmup < settings.warmups; warmup += 1) {
      decodeAll(firstCopy, true);
      decodeAll(firstCopy, false);
    }
    const checked = inProcess(() => decodeAll(exchanges, true));
    const unchecked = inProcess(() => decodeAll(exchanges, false));
    timeRounds([checked, unchecked], settings.rounds);
    const ratio = ratioOf(cpuTimes(checked.samples), cpuTimes(unchecked.samples));
    const figure: Figure = {
      id: 'requestSchemas.overhead',
      label: "schema pairs: decodeExchange with the request's schemas ÷ without, CPU time",
      value: ratio.value,
      unit: 'ratio',
      spread: ratio.spread,
    };
    const checkedMs = median(cpuTimes(checked.samples));
    const uncheckedMs = median(cpuTimes(unchecked.samples));
    const details = [
      "Every pair of testing/requestSchemas/ (each a response that breaks its request's schema: Chat Completions, Responses, Anthropic, Gemini, Ollama; tool calls and structured output) as live capture hands it over, copied with fresh strings, decoded by `decodeExchange` with `requestSchemas` (the default) and with `requestSchemas: false`. Every exchange compiles its own schemas (once each), as in the panel. Medians of CPU time over the rounds. No budget: the figure shows the cost on traffic that carries schemas; traffic without them pays one regex test of the request (decode/requestSchemas/README.md).",
      '',
      ...markdownTable(
        ['exchanges', 'with checks CPU ms', 'without CPU ms', 'µs per exchange added', '×'],
        [
          [
            String(exchanges.length),
            fixed(checkedMs, 0),
            fixed(uncheckedMs, 0),
            fixed(((checkedMs - uncheckedMs) * 1000) / exchanges.length, 1),
            fixed(checkedMs / uncheckedMs, 2),
          ],
        ],
      ),
    ];
    return Promise.resolve({ figures: [figure], details });
  },
};
