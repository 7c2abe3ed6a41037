import { describe, expect, it } from 'vitest';
import { decodeExchange } from '../../decode/index';
import { anthropicExchange, ollamaExchange } from '../testing/formatExchanges';
import { chatExchange } from '../../testing/exchanges';
import { toExchangeEntry } from '../store/exchangeEntry';
import type { ExchangeEntry } from '../store/exchangeEntry';
import { toPendingEntry } from '../store/loggedEntry';
import type { CapturedExchange } from '../../decode/index';
import { listRowOf } from './listRow';
import { createTotalsAccumulator, sessionTotals } from './sessionTotals';

const entryOf = (captured: CapturedExchange): ExchangeEntry => {
  const entry = toExchangeEntry(captured, decodeExchange);
  if (entry === null) throw new Error(`${captured.url} is chat traffic`);
  return entry;
};

const openAi = chatExchange({
  id: 'openai-1',
  body: '{"id":"c1","object":"chat.completion","created":1,"model":"gpt-4o","choices":[{"index":0,"message":{"role":"assistant","content":"hi"},"finish_reason":"stop"}],"usage":{"prompt_tokens":3,"completion_tokens":1}}',
});

describe('session totals: the formats the list must fit', () => {
  it('lists each format label of the counted rows once, sorted, and none of a row still decoding', () => {
    const rows = [
      listRowOf(entryOf(openAi), 0),
      listRowOf(entryOf(anthropicExchange.captured), 1),
      listRowOf(entryOf({ ...openAi, id: 'openai-2' }), 2),
      listRowOf(toPendingEntry({ ...ollamaExchange.captured, id: 'ollama-pending' }, { list: decodeExchange, full: decodeExchange }), 3),
    ];
    // formatInfo's labels, as the Format column shows them (panel/README.md: "OpenAI", "Anthropic").
    expect(sessionTotals(rows).formats).toEqual(['Anthropic', 'OpenAI']);
  });

  it('forgets a format once its last row is taken out, and keeps one that other rows still show', () => {
    const totals = createTotalsAccumulator();
    const first = listRowOf(entryOf(openAi), 0);
    const second = listRowOf(entryOf({ ...openAi, id: 'openai-2' }), 1);
    const anthropic = listRowOf(entryOf(anthropicExchange.captured), 2);
    for (const row of [first, second, anthropic]) totals.add(row);
    expect(totals.remove(anthropic)).toBe(true);
    expect(totals.remove(first)).toBe(true);
    expect(totals.snapshot().formats).toEqual(['OpenAI']);
    expect(totals.remove(second)).toBe(true);
    expect(totals.snapshot().formats).toEqual([]);
  });
});
