import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeExchange } from '../../decode/index';
import { chatExchange } from '../../testing/exchanges';
import { toExchangeEntry } from '../store/exchangeEntry';
import { listRowOf } from './listRow';
import type { ListRow } from './listRow';
import { mergeSorted, sortRows } from './sortRows';
import type { SortColumn, SortState } from './sortRows';

const rowOf = (arrival: number, startedAt: number, model: string, status: number): ListRow => {
  const body = `{"id":"c${arrival}","object":"chat.completion","created":1,"model":"${model}","choices":[{"index":0,"message":{"role":"assistant","content":"hi"},"finish_reason":"stop"}]}`;
  const entry = toExchangeEntry(chatExchange({ id: `merge-${arrival}`, body, startedAt, status }), decodeExchange);
  if (entry === null) throw new Error('a chat URL is always listed');
  return listRowOf(entry, arrival);
};

const rowSpec = fc.record({
  startedAt: fc.nat({ max: 20 }),
  model: fc.constantFrom('gpt-4o', 'llama-3.1-8b', 'Mistral-Large'),
  status: fc.constantFrom(200, 429),
  added: fc.boolean(),
});
const sortSpec = fc.record({
  column: fc.constantFrom<SortColumn>('time', 'model', 'status'),
  direction: fc.constantFrom<SortState['direction']>('ascending', 'descending'),
});

describe('mergeSorted', () => {
  it('gives what sorting both lists together gives, wherever the added rows fall', () => {
    fc.assert(
      fc.property(fc.array(rowSpec, { maxLength: 30 }), sortSpec, (specs, sort) => {
        const rows = specs.map((spec, arrival) => ({ row: rowOf(arrival, spec.startedAt, spec.model, spec.status), added: spec.added }));
        const kept = sortRows(
          rows.filter((row) => !row.added).map((row) => row.row),
          sort,
        );
        const added = sortRows(
          rows.filter((row) => row.added).map((row) => row.row),
          sort,
        );
        const ids = (list: readonly ListRow[]) => list.map((row) => row.entry.id);
        expect(ids(mergeSorted(kept, added, sort))).toEqual(
          ids(
            sortRows(
              rows.map((row) => row.row),
              sort,
            ),
          ),
        );
      }),
      { numRuns: 200 },
    );
  });
});
