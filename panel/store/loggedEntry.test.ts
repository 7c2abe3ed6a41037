import { describe, expect, it } from 'vitest';
import type { CapturedExchange } from '../../decode/index';
import { decodeExchange } from '../../decode/index';
import { listRowOf } from '../list/listRow';
import { chatExchange, nonChatExchange } from '../../testing/exchanges';
import { readFixture } from '../../testing/fixtureFiles';
import { toLoggedEntry, toPendingEntry } from './loggedEntry';

/** decode/ for the list and whole, each counting its calls. */
const countingDecoders = () => {
  const calls = { list: 0, full: 0 };
  return {
    calls,
    decoders: {
      list: (exchange: CapturedExchange) => {
        calls.list += 1;
        return decodeExchange(exchange, { streamEvents: false });
      },
      full: (exchange: CapturedExchange) => {
        calls.full += 1;
        return decodeExchange(exchange);
      },
    },
  };
};

describe('logged entry', () => {
  it('makes its list row from one decoding for the list, and gives whoever reads its outcome the whole decoding', () => {
    const { calls, decoders } = countingDecoders();
    // groq-stream-toolcall-1.sse: a stream of three `data:` events, 210 prompt and 15 completion tokens.
    const captured = chatExchange({ id: 'a', stream: true, body: readFixture('groq-stream-toolcall-1.sse') });
    const entry = toLoggedEntry(captured, decoders, 7);
    if (entry === null) throw new Error('chat traffic is logged');
    const row = listRowOf(entry, 7);
    expect(calls).toEqual({ list: 1, full: 0 });
    expect([row.pending, row.promptTokens, row.completionTokens, row.finishReason]).toEqual([false, 210, 15, 'tool_calls']);
    const { outcome } = entry;
    expect(outcome).toEqual({ ok: true, decoded: decodeExchange(captured) });
    expect(outcome.ok ? outcome.decoded.stream?.eventList : null).toHaveLength(3);
    expect(calls.full).toBe(1);
  });

  it('listed before it is decoded: a row from the capture alone, then its own once settled', () => {
    const { calls, decoders } = countingDecoders();
    const entry = toPendingEntry(chatExchange({ id: 'p', body: readFixture('openai-chat-text-1.json') }), decoders);
    const waiting = listRowOf(entry, 0);
    expect([waiting.pending, waiting.provider, waiting.model, waiting.promptTokens]).toEqual([true, 'OpenAI', '', null]);
    entry.settle(0);
    // openai-chat-text-1.json: 14 prompt and 37 completion tokens.
    const settled = listRowOf(entry, 0);
    expect([settled.pending, settled.model, settled.promptTokens, settled.completionTokens]).toEqual([false, 'gpt-4o-2024-08-06', 14, 37]);
    expect(calls).toEqual({ list: 1, full: 0 });
  });

  it('logs nothing for traffic that is not chat, and keeps a decoder that threw as a failure', () => {
    const { decoders } = countingDecoders();
    expect(toLoggedEntry(nonChatExchange('b'), decoders, 0)).toBeNull();
    const thrower = () => {
      throw new TypeError('bug');
    };
    const failed = toLoggedEntry(chatExchange({ id: 'c', body: '{}' }), { list: thrower, full: thrower }, 0);
    expect(failed?.outcome).toEqual({ ok: false, failure: 'TypeError: bug' });
    expect(failed === null ? null : listRowOf(failed, 0).failed).toBe(true);
  });
});
