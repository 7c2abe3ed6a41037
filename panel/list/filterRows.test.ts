import { describe, expect, it } from 'vitest';
import { decodeExchange } from '../../decode/index';
import { chatExchange } from '../testing/capturedExchange';
import { fixtureBody } from '../testing/fixtureBody';
import { toExchangeEntry } from '../store/exchangeEntry';
import type { ExchangeEntry } from '../store/exchangeEntry';
import { noToggles } from './filterRows';
import type { RowFilter } from './filterRows';
import { createListDerivation } from './listDerivation';
import { defaultSort } from './sortRows';

const entryFor = (id: string, fixture: string, question: string): ExchangeEntry => {
  const captured = { ...chatExchange({ id, body: fixtureBody(fixture) }), requestBody: JSON.stringify({ model: 'm', messages: [{ role: 'user', content: question }] }) };
  const entry = toExchangeEntry(captured, decodeExchange);
  if (entry === null) throw new Error(`${fixture} is not chat traffic`);
  return entry;
};

const rows = [
  entryFor('a', 'openai-chat-text-1.json', 'weather in Oslo'),
  entryFor('b', 'openai-chat-text-1.json', 'weather in Bergen'),
  entryFor('c', 'openai-chat-parallel-tools-1.json', 'stock of Apple'),
];

/** The list's filter step (listDerivation.ts) over a log of `entries`: the ids it shows. */
const createRowFilter = () => {
  const derive = createListDerivation();
  return (entries: readonly ExchangeEntry[], filter: RowFilter): string[] =>
    derive({ log: { entries, firstArrival: 0, generation: 0 }, sort: defaultSort, filter }).visible.map((row) => row.entry.id);
};

describe('row filter', () => {
  it('narrows as the user types, and widens again when they delete', () => {
    const filter = createRowFilter();
    expect(filter(rows, { text: 'o', toggles: noToggles })).toEqual(['a', 'b', 'c']);
    expect(filter(rows, { text: 'os', toggles: noToggles })).toEqual(['a']);
    expect(filter(rows, { text: 'oslo', toggles: noToggles })).toEqual(['a']);
    // Deleting is not narrowing: the whole list is searched again.
    expect(filter(rows, { text: 'be', toggles: noToggles })).toEqual(['b']);
    expect(filter(rows, { text: '', toggles: noToggles })).toEqual(['a', 'b', 'c']);
  });

  it('takes in new rows and searches the full list again when the toggles change, even if the text grows', () => {
    const filter = createRowFilter();
    expect(filter(rows.slice(0, 1), { text: 'weather', toggles: noToggles })).toEqual(['a']);
    // c matches too: its response calls GetWeatherArgs.
    expect(filter(rows, { text: 'weather ', toggles: noToggles })).toEqual(['a', 'b', 'c']);
    const errorsOnly = { ...noToggles, errors: true };
    expect(filter(rows, { text: 'weather b', toggles: errorsOnly })).toEqual([]);
    expect(filter(rows, { text: 'weather be', toggles: noToggles })).toEqual(['b']);
  });
});
