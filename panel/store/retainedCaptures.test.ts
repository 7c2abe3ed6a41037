import { describe, expect, it } from 'vitest';
import type { CapturedExchange, DecodeOptions, ExtraUrlPattern } from '../../decode/index';
import { decodeExchange } from '../../decode/index';
import { chatExchange } from '../../testing/exchanges';
import { readFixture } from '../../testing/fixtureFiles';
import type { EntryDecoders } from './loggedEntry';
import { toLoggedEntry } from './loggedEntry';
import { createRetainedCaptures } from './retainedCaptures';

/** decode/ bound to `patterns`, counting the captures it decodes (by id). */
const countingDecoders = (patterns: readonly ExtraUrlPattern[]) => {
  const decodedIds: string[] = [];
  const decode = (exchange: CapturedExchange, options: DecodeOptions = {}) => {
    decodedIds.push(exchange.id);
    return decodeExchange(exchange, { ...options, extraUrlPatterns: patterns });
  };
  const decoders: EntryDecoders = { list: decode, full: decode };
  return { decoders, decodedIds };
};

const chat = chatExchange({ id: 'chat', body: readFixture('openai-chat-text-1.json') });

describe('re-detection after the URL patterns change', () => {
  it('keeps the decoding of an exchange a format claims by its URL when no pattern names a format for it', () => {
    const retained = createRetainedCaptures();
    const before = countingDecoders([]);
    const entry = toLoggedEntry(chat, before.decoders, 0);
    if (entry === null) throw new Error('chat is listed');
    retained.keep(chat, true);
    const after = countingDecoders([/gateway/]);
    const entries = retained.redetect([entry], after.decoders, [/gateway/]);
    expect(entries).toEqual([entry]);
    expect(after.decodedIds).toEqual([]);
  });

  it('decodes it again when a pattern naming a format matches it: that pattern now picks the format', () => {
    const retained = createRetainedCaptures();
    const entry = toLoggedEntry(chat, countingDecoders([]).decoders, 0);
    if (entry === null) throw new Error('chat is listed');
    retained.keep(chat, true);
    const named: ExtraUrlPattern[] = [{ pattern: /api\.openai\.com/, format: 'openai-chat' }];
    const after = countingDecoders(named);
    const entries = retained.redetect([entry], after.decoders, named);
    expect(entries.map((listed) => listed.id)).toEqual(['chat']);
    expect(entries[0]).not.toBe(entry);
    expect(after.decodedIds).toContain('chat');
  });
});
