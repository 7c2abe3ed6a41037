import { describe, expect, it } from 'vitest';
import { decodeExchange } from '../../decode/index';
import { toExchangeEntry } from '../store/exchangeEntry';
import { chatExchange } from '../../testing/exchanges';
import { readFixture } from '../../testing/fixtureFiles';
import { acceptSuggestion, filterSuggestions, wordAtCaret } from './filterSuggestions';
import { listRowOf } from './listRow';
import type { ListRow } from './listRow';

const rowOf = (captured: Parameters<typeof toExchangeEntry>[0], arrival: number): ListRow => {
  const entry = toExchangeEntry(captured, decodeExchange);
  if (entry === null) throw new Error('not chat traffic');
  return listRowOf(entry, arrival);
};

/** gpt-4o-2024-08-06 (stop, length) at OpenAI, llama-3.3-70b-versatile (tool_calls) at Groq, and a 422 from Mistral. */
const rows = [
  rowOf(chatExchange({ id: 'a', body: readFixture('openai-chat-text-1.json') }), 0),
  rowOf(chatExchange({ id: 'b', body: readFixture('openai-chat-length-1.json') }), 1),
  rowOf(
    chatExchange({
      id: 'c',
      body: readFixture('groq-stream-toolcall-1.sse'),
      stream: true,
      url: 'https://api.groq.com/openai/v1/chat/completions',
    }),
    2,
  ),
  rowOf(
    chatExchange({
      id: 'd',
      body: readFixture('mistral-error-422-1.json'),
      status: 422,
      url: 'https://api.mistral.ai/v1/chat/completions',
      model: 'mistral large',
    }),
    3,
  ),
];
const labels = (typed: string) => filterSuggestions(typed, rows).map((suggestion) => suggestion.label);

describe('filter suggestions', () => {
  it('offers the keys a word starts, keeping a leading -', () => {
    expect(labels('')).toEqual(['model:', 'provider:', 'format:', 'status:', 'finish:', 'is:']);
    expect(labels('s')).toEqual(['status:']);
    expect(labels('-PRO')).toEqual(['-provider:']);
    expect(labels('weather')).toEqual([]);
  });

  it('after key: offers the values seen in the log that contain what was typed', () => {
    expect(labels('model:')).toEqual(['gpt-4o-2024-08-06', 'llama-3.3-70b-versatile', 'mistral large']);
    expect(labels('model:70B')).toEqual(['llama-3.3-70b-versatile']);
    expect(labels('provider:')).toEqual(['Groq', 'Mistral', 'OpenAI']);
    expect(labels('finish:')).toEqual(['length', 'stop', 'tool_calls']);
    expect(labels('is:')).toEqual(['stream', 'error', 'nonconforming', 'schema-error']);
    expect(labels('is:s')).toEqual(['stream', 'schema-error']);
    expect(labels('-is:n')).toEqual(['nonconforming']);
    expect(labels('foo:')).toEqual([]);
  });

  it('offers status classes before the codes seen, by their first digits', () => {
    expect(labels('status:')).toEqual(['2xx', '4xx', '200', '422']);
    expect(labels('status:4')).toEqual(['4xx', '422']);
  });

  it('offers nothing once the word is exactly the only fit', () => {
    expect(labels('is:stream')).toEqual([]);
    expect(labels('model:')).toHaveLength(3);
  });

  it('replaces the word at the caret; a value gets a space after it and is quoted when it has one', () => {
    const text = 'rain mod -x';
    const word = wordAtCaret(text, 8);
    expect(word).toEqual({ start: 5, end: 8, text: 'mod' });
    const [key] = filterSuggestions(word.text, rows);
    if (key === undefined) throw new Error('no key suggested');
    expect(acceptSuggestion(text, word, key)).toEqual({ text: 'rain model: -x', caret: 11 });

    const typing = 'model:"mis';
    const [value] = filterSuggestions(wordAtCaret(typing, typing.length).text, rows);
    if (value === undefined) throw new Error('no value suggested');
    expect(acceptSuggestion(typing, wordAtCaret(typing, typing.length), value)).toEqual({ text: 'model:"mistral large" ', caret: 22 });
  });

  it('an empty word between spaces or at the end is where the caret is', () => {
    expect(wordAtCaret('a  b', 2)).toEqual({ start: 2, end: 2, text: '' });
    expect(wordAtCaret('a ', 2)).toEqual({ start: 2, end: 2, text: '' });
  });
});
