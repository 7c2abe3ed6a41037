import { describe, expect, it } from 'vitest';
import { decodeExchange } from '../../decode/index';
import type { CapturedExchange } from '../../decode/exchange';
import { listRowOf } from '../list/listRow';
import { chatExchange, nonChatExchange } from '../testing/capturedExchange';
import { fixtureBody } from '../testing/fixtureBody';
import { toLoggedEntry } from './loggedEntry';

describe('logged entry', () => {
  it('derives its list row while decoding once, and reads back the same decoding', () => {
    let decodes = 0;
    const decode = (exchange: CapturedExchange) => {
      decodes += 1;
      return decodeExchange(exchange);
    };
    const captured = chatExchange({ id: 'a', body: fixtureBody('openai-chat-text-1.json') });
    const entry = toLoggedEntry(captured, decode, 7);
    if (entry === null) throw new Error('chat traffic is logged');
    // The row was made with the first decoding: asking for it again decodes nothing.
    const row = listRowOf(entry, 7);
    expect(decodes).toBe(1);
    // openai-chat-text-1.json reports 14 prompt and 37 completion tokens.
    expect([row.model, row.promptTokens, row.completionTokens]).toEqual(['gpt-4o-2024-08-06', 14, 37]);
    expect(entry.outcome).toEqual({ ok: true, decoded: decodeExchange(captured) });
  });

  it('logs nothing for traffic that is not chat, and keeps a decoder that threw as a failure', () => {
    expect(toLoggedEntry(nonChatExchange('b'), decodeExchange, 0)).toBeNull();
    const failed = toLoggedEntry(chatExchange({ id: 'c', body: '{}' }), () => {
      throw new TypeError('bug');
    }, 0);
    expect(failed?.outcome).toEqual({ ok: false, failure: 'TypeError: bug' });
  });
});
