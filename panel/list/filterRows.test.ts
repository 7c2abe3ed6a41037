import { describe, expect, it } from 'vitest';
import { decodeExchange } from '../../decode/index';
import { chatExchange } from '../testing/capturedExchange';
import { fixtureBody } from '../testing/fixtureBody';
import { toExchangeEntry } from '../store/exchangeEntry';
import { createRowFilter, noToggles } from './filterRows';
import { listRowOf } from './listRow';
import type { ListRow } from './listRow';

const rowFor = (id: string, fixture: string, question: string, arrival: number): ListRow => {
  const captured = { ...chatExchange({ id, body: fixtureBody(fixture) }), requestBody: JSON.stringify({ model: 'm', messages: [{ role: 'user', content: question }] }) };
  const entry = toExchangeEntry(captured, decodeExchange);
  if (entry === null) throw new Error(`${fixture} is not chat traffic`);
  return listRowOf(entry, arrival);
};

const rows = [
  rowFor('a', 'openai-chat-text-1.json', 'weather in Oslo', 0),
  rowFor('b', 'openai-chat-text-1.json', 'weather in Bergen', 1),
  rowFor('c', 'openai-chat-parallel-tools-1.json', 'stock of Apple', 2),
];
const ids = (list: readonly ListRow[]) => list.map((row) => row.entry.id);

describe('row filter', () => {
  it('narrows as the user types, and widens again when they delete', () => {
    const filter = createRowFilter();
    expect(ids(filter(rows, { text: 'o', toggles: noToggles }))).toEqual(['a', 'b', 'c']);
    expect(ids(filter(rows, { text: 'os', toggles: noToggles }))).toEqual(['a']);
    expect(ids(filter(rows, { text: 'oslo', toggles: noToggles }))).toEqual(['a']);
    // Deleting is not narrowing: the whole list is searched again.
    expect(ids(filter(rows, { text: 'be', toggles: noToggles }))).toEqual(['b']);
    expect(ids(filter(rows, { text: '', toggles: noToggles }))).toEqual(['a', 'b', 'c']);
  });

  it('searches the full list again when the rows or the toggles change, even if the text grows', () => {
    const filter = createRowFilter();
    expect(ids(filter(rows.slice(0, 1), { text: 'weather', toggles: noToggles }))).toEqual(['a']);
    // c matches too: its response calls GetWeatherArgs.
    expect(ids(filter(rows, { text: 'weather ', toggles: noToggles }))).toEqual(['a', 'b', 'c']);
    const errorsOnly = { ...noToggles, errors: true };
    expect(ids(filter(rows, { text: 'weather b', toggles: errorsOnly }))).toEqual([]);
    expect(ids(filter(rows, { text: 'weather be', toggles: noToggles }))).toEqual(['b']);
  });
});
