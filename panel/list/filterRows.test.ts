import { describe, expect, it } from 'vitest';
import { decodeExchange } from '../../decode/index';
import { chatExchange } from '../../testing/exchanges';
import { readFixture } from '../../testing/fixtureFiles';
import { toExchangeEntry } from '../store/exchangeEntry';
import type { ExchangeEntry } from '../store/exchangeEntry';
import { noToggles } from './filterRows';
import type { RowFilter } from './filterRows';
import { createListDerivation } from './listDerivation';
import { defaultSort } from './sortRows';

const entryFor = (id: string, fixture: string, question: string): ExchangeEntry => {
  const captured = {
    ...chatExchange({ id, body: readFixture(fixture) }),
    requestBody: JSON.stringify({ model: 'm', messages: [{ role: 'user', content: question }] }),
  };
  const entry = toExchangeEntry(captured, decodeExchange);
  if (entry === null) throw new Error(`${fixture} is not chat traffic`);
  return entry;
};

const entryOf = (captured: Parameters<typeof toExchangeEntry>[0]): ExchangeEntry => {
  const entry = toExchangeEntry(captured, decodeExchange);
  if (entry === null) throw new Error(`${captured.url} is not chat traffic`);
  return entry;
};

/** One call of each kind a key tells apart (fixtures read by hand: models, finish reasons, statuses). */
const log = [
  // gpt-4o-2024-08-06, JSON, 200, finish stop
  entryOf(chatExchange({ id: 'openai-stop', body: readFixture('openai-chat-text-1.json') })),
  // gpt-4o-2024-08-06, JSON, 200, finish length
  entryOf(chatExchange({ id: 'openai-length', body: readFixture('openai-chat-length-1.json') })),
  // llama-3.3-70b-versatile, stream, 200, finish tool_calls; ends without [DONE]: does not conform.
  entryOf(
    chatExchange({
      id: 'groq-stream',
      body: readFixture('groq-stream-toolcall-1.sse'),
      stream: true,
      url: 'https://api.groq.com/openai/v1/chat/completions',
    }),
  ),
  // An error body: the request's model, HTTP 422; Mistral's flat error body does not conform.
  entryOf(
    chatExchange({
      id: 'mistral-422',
      body: readFixture('mistral-error-422-1.json'),
      status: 422,
      url: 'https://api.mistral.ai/v1/chat/completions',
      model: 'mistral-large-latest',
    }),
  ),
  // No `object` field, which the contract requires: does not conform. HTTP 503.
  entryOf(
    chatExchange({
      id: 'broken-503',
      status: 503,
      url: 'https://api.mistral.ai/v1/chat/completions',
      body: '{"id":"x","created":1,"model":"mistral-small","choices":[{"index":0,"message":{"role":"assistant","content":"Oslo"},"finish_reason":"stop"}]}',
    }),
  ),
];

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

describe('filter keys', () => {
  const shown = (text: string): string[] => createRowFilter()(log, { text, toggles: noToggles });

  it('model: and provider: look in their column only, case-insensitive', () => {
    expect(shown('model:GPT-4o')).toEqual(['openai-stop', 'openai-length']);
    expect(shown('model:llama')).toEqual(['groq-stream']);
    expect(shown('provider:mistral')).toEqual(['mistral-422', 'broken-503']);
    // "openai" is in the Groq URL (/openai/v1/…), but Groq is its provider.
    expect(shown('provider:openai')).toEqual(['openai-stop', 'openai-length']);
    expect(shown('openai')).toEqual(['openai-stop', 'openai-length', 'groq-stream']);
  });

  it('status: takes a code, a class or its first digits', () => {
    expect(shown('status:4xx')).toEqual(['mistral-422']);
    expect(shown('status:5xx')).toEqual(['broken-503']);
    expect(shown('status:200')).toEqual(['openai-stop', 'openai-length', 'groq-stream']);
    expect(shown('status:5')).toEqual(['broken-503']);
  });

  it('finish: and is: pick calls by how they ended', () => {
    expect(shown('finish:length')).toEqual(['openai-length']);
    expect(shown('finish:tool')).toEqual(['groq-stream']);
    expect(shown('is:stream')).toEqual(['groq-stream']);
    expect(shown('is:error')).toEqual(['mistral-422', 'broken-503']);
    expect(shown('is:nonconforming')).toEqual(['groq-stream', 'mistral-422', 'broken-503']);
  });

  it('ANDs every term and negates one with -', () => {
    expect(shown('is:nonconforming -is:error')).toEqual(['groq-stream']);
    expect(shown('provider:mistral -status:503')).toEqual(['mistral-422']);
    expect(shown('-status:2xx')).toEqual(['mistral-422', 'broken-503']);
    expect(shown('model:gpt -finish:stop')).toEqual(['openai-length']);
    expect(shown('-model:gpt -is:error')).toEqual(['groq-stream']);
  });

  it('typing on after a - shows more rows, not fewer (the incremental filter must not narrow there)', () => {
    const filter = createRowFilter();
    expect(filter(log, { text: '-model:m', toggles: noToggles })).toEqual(['openai-stop', 'openai-length']);
    // llama-3.3-70b-versatile has an m but no "mi"; mistral-* have both.
    expect(filter(log, { text: '-model:mi', toggles: noToggles })).toEqual(['openai-stop', 'openai-length', 'groq-stream']);
  });
});
