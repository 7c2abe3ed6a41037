import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeExchange } from '../../decode/index';
import { toExchangeEntry } from '../store/exchangeEntry';
import { toPendingEntry } from '../store/loggedEntry';
import type { ExchangeEntry } from '../store/exchangeEntry';
import { chatExchange } from '../../testing/exchanges';
import { filterTerms, isFiltering, noToggles, rowMatches } from './filterRows';
import type { QuickToggles, RowFilter } from './filterRows';
import { createListDerivation } from './listDerivation';
import type { ListOutput, LogSnapshot } from './listDerivation';
import { listRowOf } from './listRow';
import { sessionTotals } from './sessionTotals';
import { defaultSort, sortRows } from './sortRows';
import type { SortColumn, SortState } from './sortRows';

/** What one generated exchange says; the body is written by hand so counts beyond 2^53 keep their digits. */
type Spec = {
  readonly model: string;
  readonly prompt: string | null;
  readonly completion: string | null;
  readonly startedAt: number;
  readonly status: number;
  readonly finish: string;
  readonly content: string;
  /** Leaves out `object`, which the contract requires: the row does not conform. */
  readonly broken: boolean;
  /** Listed before it is decoded, as the store lists the tail of a burst. */
  readonly pending?: boolean;
  /** Came from an imported HAR file rather than from the page's traffic. */
  readonly imported?: boolean;
  /** What the Live tap says of it: still in flight, or ended (and confirmed by the browser's record). */
  readonly live?: 'in-flight' | 'complete';
};

let serial = 0;
const entryOf = (spec: Spec): ExchangeEntry => {
  serial += 1;
  const counts = [
    spec.prompt === null ? '' : `"prompt_tokens":${spec.prompt}`,
    spec.completion === null ? '' : `"completion_tokens":${spec.completion}`,
  ].filter((field) => field !== '');
  const usage = counts.length === 0 ? '' : `,"usage":{${counts.join(',')}}`;
  const body = `{"id":"chatcmpl-${serial}",${spec.broken ? '' : '"object":"chat.completion",'}"created":1,"model":"${spec.model}","choices":[{"index":0,"message":{"role":"assistant","content":"${spec.content}"},"finish_reason":"${spec.finish}"}]${usage}}`;
  const live = chatExchange({ id: `x${serial}`, body, startedAt: spec.startedAt, status: spec.status });
  const tapped =
    spec.live === undefined
      ? {}
      : {
          tapped: {
            arrivals: [],
            responseAt: null,
            outcome: spec.live,
            endedAt: spec.live === 'in-flight' ? null : spec.startedAt + 1,
            confirmed: spec.live === 'complete',
          },
        };
  const captured = spec.imported === true ? { ...live, source: 'imported' as const, ...tapped } : { ...live, ...tapped };
  if (spec.pending === true)
    return toPendingEntry(captured, { list: (exchange) => decodeExchange(exchange, { streamEvents: false }), full: decodeExchange });
  const entry = toExchangeEntry(captured, decodeExchange);
  if (entry === null) throw new Error('a chat URL is always listed');
  return entry;
};

const count = fc.oneof(fc.nat({ max: 5_000 }).map(String), fc.constantFrom('9007199254740993', '12345678901234567890'));
const spec: fc.Arbitrary<Spec> = fc.record({
  model: fc.constantFrom('gpt-4o', 'llama-3.1-8b', 'Mistral-Large'),
  prompt: fc.option(count, { nil: null }),
  completion: fc.option(count, { nil: null }),
  startedAt: fc.nat({ max: 40 }),
  status: fc.constantFrom(200, 200, 429),
  finish: fc.constantFrom('stop', 'length'),
  content: fc.constantFrom('Oslo weather', 'rain in Bergen', 'Apple stock'),
  broken: fc.boolean(),
  pending: fc.boolean(),
  imported: fc.boolean(),
  live: fc.constantFrom(undefined, 'in-flight' as const, 'complete' as const),
});
const columns: readonly SortColumn[] = ['time', 'provider', 'model', 'kind', 'status', 'duration', 'ttfb', 'tokens', 'finish', 'issues'];
const toggles: fc.Arbitrary<QuickToggles> = fc.record({ streams: fc.boolean(), errors: fc.boolean(), nonConforming: fc.boolean() });

type Step =
  | { readonly op: 'add'; readonly specs: readonly Spec[] }
  | { readonly op: 'drop'; readonly count: number }
  | { readonly op: 'clear' }
  | { readonly op: 'settle'; readonly count: number }
  | { readonly op: 'replace'; readonly at: number; readonly spec: Spec }
  | { readonly op: 'sort'; readonly sort: SortState }
  | { readonly op: 'text'; readonly text: string }
  | { readonly op: 'toggles'; readonly toggles: QuickToggles }
  | { readonly op: 'read' };

const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ op: fc.constant('add' as const), specs: fc.array(spec, { minLength: 1, maxLength: 6 }) }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('drop' as const), count: fc.integer({ min: 1, max: 5 }) }) },
  { weight: 1, arbitrary: fc.constant({ op: 'clear' as const }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('settle' as const), count: fc.integer({ min: 1, max: 4 }) }) },
  // A live exchange updated in place, or confirmed by the browser's record: a new entry where the old one was.
  { weight: 2, arbitrary: fc.record({ op: fc.constant('replace' as const), at: fc.nat({ max: 40 }), spec }) },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant('sort' as const),
      sort: fc.record({ column: fc.constantFrom(...columns), direction: fc.constantFrom('ascending' as const, 'descending' as const) }),
    }),
  },
  // Prefixes of one another, so typing on (narrowing) and deleting (widening) both happen; with
  // keys, negation (where typing on widens: `-o` → `-os`), quotes and values not read as keys.
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant('text' as const),
      text: fc.constantFrom('', 'o', 'os', 'oslo', 'oslo w', 'b', 'be', 'RAIN', 'gpt', '429', 'stop', 'length l'),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      op: fc.constant('text' as const),
      text: fc.constantFrom(
        '-',
        '-o',
        '-os',
        '-oslo',
        '-oslo -b',
        'model:',
        'model:l',
        'model:ll',
        'model:llama',
        'model:"mistral-l',
        'model:"mistral-large"',
        '-model:gpt',
        '-model:l',
        '-model:ll',
        '-model:llama',
        'provider:',
        'provider:o',
        'status:',
        'status:4',
        'status:4x',
        'status:4xx',
        'status:42',
        'status:429',
        '-status:2',
        '-status:2xx',
        'status:2 is:error',
        'finish:',
        'finish:l',
        'finish:length',
        '-finish:s',
        'is:',
        'is:e',
        'is:error',
        '-is:error',
        'is:nonconforming',
        '-is:nonconforming',
        'is:stream',
        'rain model:',
        'rain model:M',
        'foo:bar',
      ),
    }),
  },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('toggles' as const), toggles }) },
  { weight: 3, arbitrary: fc.constant({ op: 'read' as const }) },
);

/** The list as the code before incremental derivation computed it: everything from scratch. */
const fromScratch = (log: LogSnapshot, sort: SortState, filter: RowFilter): ListOutput => {
  const rows = log.entries.map((entry, index) => listRowOf(entry, log.firstArrival + index));
  const sorted = sortRows(rows, sort);
  const terms = filterTerms(filter.text);
  const visible = isFiltering(filter) ? sorted.filter((row) => rowMatches(row, terms, filter.toggles)) : sorted;
  return {
    rows,
    visible,
    totals: sessionTotals(rows),
    shownTotals: sessionTotals(visible),
    importedRows: rows.filter((row) => row.entry.captured.source === 'imported').length,
    inFlightRows: rows.filter((row) => row.entry.captured.tapped?.outcome === 'in-flight').length,
  };
};

const shape = (output: ListOutput) => ({
  rows: output.rows.map((row) => [row.entry.id, row.arrival]),
  visible: output.visible.map((row) => row.entry.id),
  totals: output.totals,
  shownTotals: output.shownTotals,
  importedRows: output.importedRows,
  inFlightRows: output.inFlightRows,
});

/** A finished call whose content says Oslo: a filter for 'bergen' shows none of its rows. */
const OSLO: Spec = {
  model: 'gpt-4o',
  prompt: '1',
  completion: '2',
  startedAt: 0,
  status: 200,
  finish: 'stop',
  content: 'Oslo weather',
  broken: false,
};

describe('incremental list derivation', () => {
  it('always equals the rows, shown rows, totals, imported and in-flight counts computed from scratch, whatever was added, dropped, replaced, decoded late, sorted or typed in between', () => {
    fc.assert(
      // counted: the log counts its decoding slices as the store's does (LogSnapshot.settlements), each settle one.
      fc.property(fc.array(step, { maxLength: 30 }), fc.boolean(), (steps, counted) => {
        const derive = createListDerivation();
        let log: LogSnapshot = { entries: [], firstArrival: 0, generation: 0, ...(counted ? { settlements: 0 } : {}) };
        let sort = defaultSort;
        let filter: RowFilter = { text: '', toggles: noToggles };
        const check = () => {
          expect(shape(derive({ log, sort, filter }))).toEqual(shape(fromScratch(log, sort, filter)));
        };
        for (const next of steps) {
          if (next.op === 'add') log = { ...log, entries: [...log.entries, ...next.specs.map(entryOf)] };
          else if (next.op === 'drop') {
            const gone = Math.min(next.count, log.entries.length);
            log = { ...log, entries: log.entries.slice(gone), firstArrival: log.firstArrival + gone };
          } else if (next.op === 'clear') log = { ...log, entries: [], firstArrival: 0, generation: log.generation + 1 };
          else if (next.op === 'settle') {
            // The oldest pending ones get decoded (as the store's idle slices or a reader of `outcome` do).
            const waiting = log.entries.filter((entry) => entry.pending === true).slice(0, next.count);
            expect(waiting.every((entry) => entry.outcome.ok)).toBe(true);
            if (log.settlements !== undefined) log = { ...log, settlements: log.settlements + 1 };
          } else if (next.op === 'replace') {
            const at = next.at % Math.max(1, log.entries.length);
            const replaced = log.entries[at];
            if (replaced !== undefined) {
              const entries = [...log.entries];
              // The same capture's source: only the page's own traffic is updated or confirmed in place.
              entries[at] = entryOf({ ...next.spec, imported: replaced.captured.source === 'imported' });
              log = { ...log, entries, replacements: (log.replacements ?? 0) + 1 };
            }
          } else if (next.op === 'sort') sort = next.sort;
          else if (next.op === 'text') filter = { ...filter, text: next.text };
          else if (next.op === 'toggles') filter = { ...filter, toggles: next.toggles };
          else check();
        }
        check();
      }),
      { numRuns: 150 },
    );
  });

  it('merges a late-finishing request by its start time, and keeps totals right after the oldest is dropped', () => {
    const derive = createListDerivation();
    const base: Spec = {
      model: 'gpt-4o',
      prompt: '10',
      completion: '5',
      startedAt: 10,
      status: 200,
      finish: 'stop',
      content: 'Oslo weather',
      broken: false,
    };
    const a = entryOf(base);
    const b = entryOf({ ...base, startedAt: 30, prompt: '100', completion: '50' });
    // Started before b, finished after it: it arrives last but belongs between a and b.
    const c = entryOf({ ...base, startedAt: 20, model: 'llama-3.1-8b', prompt: '7', completion: null });
    const filter: RowFilter = { text: '', toggles: noToggles };
    const first = derive({ log: { entries: [a, b], firstArrival: 0, generation: 0 }, sort: defaultSort, filter });
    expect(first.totals.all).toMatchObject({ calls: 2, promptTokens: 110, completionTokens: 55 });
    const second = derive({ log: { entries: [a, b, c], firstArrival: 0, generation: 0 }, sort: defaultSort, filter });
    expect(second.visible.map((row) => row.entry)).toEqual([a, c, b]);
    // c reported no completion count: the call counts as one with usage (its prompt count is there).
    expect(second.totals.all).toMatchObject({ calls: 3, promptTokens: 117, completionTokens: 55, callsWithoutUsage: 0 });
    const third = derive({ log: { entries: [b, c], firstArrival: 1, generation: 0 }, sort: defaultSort, filter });
    expect(third.visible.map((row) => row.entry)).toEqual([c, b]);
    expect(third.totals.all).toMatchObject({ calls: 2, promptTokens: 107, completionTokens: 50 });
    expect(third.totals.byModel.map((model) => [model.model, model.calls])).toEqual([
      ['gpt-4o', 1],
      ['llama-3.1-8b', 1],
    ]);
  });

  it('looks for decoded rows when the log counts a decoding slice, and shows them decoded then', () => {
    const derive = createListDerivation();
    const pending = entryOf({
      model: 'gpt-4o',
      prompt: '3',
      completion: '4',
      startedAt: 0,
      status: 200,
      finish: 'stop',
      content: 'Oslo weather',
      broken: false,
      pending: true,
    });
    const filter: RowFilter = { text: '', toggles: noToggles };
    const log: LogSnapshot = { entries: [pending], firstArrival: 0, generation: 0, settlements: 0 };
    expect(derive({ log, sort: defaultSort, filter }).rows[0]?.pending).toBe(true);
    expect(pending.outcome.ok).toBe(true);
    // Read by the detail between two slices: the row waits for the next slice, as rows decoded in a slice do.
    const arrived = entryOf({
      model: 'gpt-4o',
      prompt: '1',
      completion: '2',
      startedAt: 1,
      status: 200,
      finish: 'stop',
      content: 'rain in Bergen',
      broken: false,
    });
    // Only the new row is counted: the first still waits for its slice.
    const meanwhile = derive({ log: { ...log, entries: [pending, arrived] }, sort: defaultSort, filter });
    expect(meanwhile.rows[0]?.pending).toBe(true);
    expect(meanwhile.totals.all).toMatchObject({ calls: 1, promptTokens: 1, completionTokens: 2 });
    const sliced = derive({ log: { ...log, entries: [pending, arrived], settlements: 1 }, sort: defaultSort, filter });
    expect(sliced.rows[0]?.pending).toBe(false);
    expect(sliced.totals.all).toMatchObject({ calls: 2, promptTokens: 4, completionTokens: 6 });
  });

  it('keeps what did not change: a keystroke leaves rows and totals as they were', () => {
    const derive = createListDerivation();
    const entry = entryOf(OSLO);
    const log: LogSnapshot = { entries: [entry], firstArrival: 0, generation: 0 };
    const before = derive({ log, sort: defaultSort, filter: { text: '', toggles: noToggles } });
    const after = derive({ log, sort: defaultSort, filter: { text: 'bergen', toggles: noToggles } });
    expect(after.visible).toEqual([]);
    expect(after.rows).toBe(before.rows);
    expect(after.totals).toBe(before.totals);
  });

  it('counts the rows in flight as live rows arrive, grow, are confirmed and are dropped, whatever the filter shows', () => {
    const derive = createListDerivation();
    const base = OSLO;
    const filter: RowFilter = { text: 'bergen', toggles: noToggles };
    const [a, b] = [entryOf({ ...base, live: 'in-flight' }), entryOf({ ...base, live: 'in-flight' })];
    const listed = derive({ log: { entries: [a, b], firstArrival: 0, generation: 0, replacements: 0 }, sort: defaultSort, filter });
    expect([listed.visible.length, listed.inFlightRows]).toEqual([0, 2]);
    // a grows (still in flight), b is confirmed by the browser's record.
    const updated = [entryOf({ ...base, live: 'in-flight' }), entryOf({ ...base, live: 'complete' })];
    expect(
      derive({ log: { entries: updated, firstArrival: 0, generation: 0, replacements: 2 }, sort: defaultSort, filter }).inFlightRows,
    ).toBe(1);
    expect(
      derive({ log: { entries: updated.slice(1), firstArrival: 1, generation: 0, replacements: 2 }, sort: defaultSort, filter })
        .inFlightRows,
    ).toBe(0);
  });
});
