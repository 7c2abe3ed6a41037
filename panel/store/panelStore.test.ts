import { effect } from '@preact/signals';
import { describe, expect, it } from 'vitest';
import { decodeExchange } from '../../decode/index';
import { chatExchange, nonChatExchange } from '../../testing/exchanges';
import { createFakeNetworkSource } from '../testing/fakeNetworkSource';
import { readFixture } from '../../testing/fixtureFiles';
import { slowFirstDecode } from '../testing/slowFirstDecode';
import { bufferedBytesOf } from './compactCapture';
import { createPanelStore } from './panelStore';

const newStore = () => createPanelStore({ decode: (exchange) => decodeExchange(exchange) });
const textReply = (id: string) => chatExchange({ id, body: readFixture('openai-chat-text-1.json') });
const ids = (store: ReturnType<typeof newStore>) => store.exchanges.value.map((entry) => entry.id);

/**
 * A store whose commits and idle work wait in lists the test runs by hand, connected to a fake
 * source; its first decoding outlasts the per-frame budget (8 ms), so the rest of a burst waits.
 */
function burstStore() {
  const turns: (() => void)[] = [];
  const idle: (() => void)[] = [];
  const store = createPanelStore({
    decode: slowFirstDecode(),
    scheduleCommit: (commit) => turns.push(commit),
    scheduleWork: (work) => idle.push(work),
  });
  const fake = createFakeNetworkSource();
  store.actions.connect(fake.source);
  return { store, fake, turns, idle };
}

describe('panel store', () => {
  it('adds chat exchanges decoded once, skips traffic that is not chat, ignores a replayed id', () => {
    const store = newStore();
    store.actions.addExchange(textReply('a'));
    store.actions.addExchange(nonChatExchange('b'));
    store.actions.addExchange(textReply('a'));
    expect(ids(store)).toEqual(['a']);
    const entry = store.exchanges.value[0];
    expect(entry?.outcome.ok && entry.outcome.decoded.completion?.id).toBe('chatcmpl-ABfvaueLEMLNYbT8YzpJxsmiQ6HSY');
  });

  it('selects by id, moves the selection with the arrow keys and stops at both ends', () => {
    const store = newStore();
    for (const id of ['a', 'b', 'c']) store.actions.addExchange(textReply(id));
    store.list.actions.moveSelection(1);
    expect(store.selectedId.value).toBe('a');
    store.actions.select('c');
    expect(store.selected.value?.id).toBe('c');
    store.list.actions.moveSelection(1);
    expect(store.selectedId.value).toBe('c');
    store.list.actions.moveSelection(-1);
    store.list.actions.moveSelection(-1);
    store.list.actions.moveSelection(-1);
    expect(store.selectedId.value).toBe('a');
    store.actions.select('no-such-id');
    expect(store.selectedId.value).toBeNull();
    store.list.actions.moveSelection(-1);
    expect(store.selectedId.value).toBe('c');
  });

  it('clear empties the log and the selection', () => {
    const store = newStore();
    store.actions.addExchange(textReply('a'));
    store.actions.select('a');
    store.actions.clear();
    expect(store.exchanges.value).toEqual([]);
    expect(store.selected.value).toBeNull();
  });

  it('connect replays what was captured, listens for more, and its disposer stops listening', () => {
    const fake = createFakeNetworkSource([textReply('early')]);
    const store = newStore();
    expect(store.listening.value).toBe(false);
    const disconnect = store.actions.connect(fake.source);
    expect(store.listening.value).toBe(true);
    expect(ids(store)).toEqual(['early']);
    fake.emit(textReply('later'));
    expect(ids(store)).toEqual(['early', 'later']);
    disconnect();
    expect(store.listening.value).toBe(false);
    expect(fake.listenerCount()).toBe(0);
    fake.emit(textReply('after'));
    expect(ids(store)).toEqual(['early', 'later']);
  });

  it('keeps the log across navigations unless "Preserve log" is off', () => {
    const fake = createFakeNetworkSource([textReply('a')]);
    const store = newStore();
    store.actions.connect(fake.source);
    store.actions.setPreserveLog(true);
    fake.navigate('http://localhost:5173/');
    expect(ids(store)).toEqual(['a']);
    store.actions.setPreserveLog(false);
    fake.navigate('http://localhost:5173/chat');
    expect(ids(store)).toEqual([]);
    expect(store.pageUrl.value).toBe('http://localhost:5173/chat');
  });

  it('keeps at most the set number of exchanges: the oldest go, are counted, and a dropped selection deselects', () => {
    const store = newStore();
    expect(store.actions.setLogLimits({ maxExchanges: 2, maxBodyMegabytes: 256 })).toBe(true);
    for (const id of ['a', 'b']) store.actions.addExchange(textReply(id));
    store.actions.select('a');
    store.actions.addExchange(textReply('c'));
    expect(ids(store)).toEqual(['b', 'c']);
    expect(store.dropped.value).toBe(1);
    expect(store.selectedId.value).toBeNull();
    expect(store.selected.value).toBeNull();
    store.actions.select('a');
    expect(store.selectedId.value).toBeNull();
    store.actions.select('c');
    store.actions.addExchange(textReply('d'));
    expect(store.selected.value?.id).toBe('c');
    expect(store.dropped.value).toBe(2);
    store.actions.clear();
    expect(store.dropped.value).toBe(0);
  });

  it('keeps at most the set MB of body text, counting response and request bodies', () => {
    const store = newStore();
    store.actions.setLogLimits({ maxExchanges: 5_000, maxBodyMegabytes: 1 });
    // Each counts 400,000 + 100 characters; two fit in 1,000,000, a third does not.
    const big = (id: string) => ({ ...chatExchange({ id, body: 'x'.repeat(400_000) }), requestBody: 'y'.repeat(100) });
    for (const id of ['a', 'b', 'c']) store.actions.addExchange(big(id));
    expect(ids(store)).toEqual(['b', 'c']);
    expect(store.dropped.value).toBe(1);
  });

  it('applies lower limits at once and refuses values out of range', () => {
    const store = newStore();
    for (const id of ['a', 'b', 'c', 'd']) store.actions.addExchange(textReply(id));
    expect(store.actions.setLogLimits({ maxExchanges: 0, maxBodyMegabytes: 256 })).toBe(false);
    expect(store.actions.setLogLimits({ maxExchanges: 3, maxBodyMegabytes: 1.5 })).toBe(false);
    expect(ids(store)).toEqual(['a', 'b', 'c', 'd']);
    expect(store.actions.setLogLimits({ maxExchanges: 3, maxBodyMegabytes: 256 })).toBe(true);
    expect(ids(store)).toEqual(['b', 'c', 'd']);
    expect(store.settings.limits.value).toEqual({ maxExchanges: 3, maxBodyMegabytes: 256 });
  });

  it('does not bring a dropped exchange back when the URL patterns are applied again', () => {
    const store = newStore();
    store.actions.setLogLimits({ maxExchanges: 2, maxBodyMegabytes: 256 });
    for (const id of ['a', 'b', 'c']) store.actions.addExchange(textReply(id));
    store.actions.setExtraUrlPatterns(['gateway.internal/llm/*']);
    expect(ids(store)).toEqual(['b', 'c']);
    expect(store.dropped.value).toBe(1);
  });

  it('keeps the rows of the exchanges left in their arrival order numbers when older ones are dropped', () => {
    const store = newStore();
    store.actions.setLogLimits({ maxExchanges: 2, maxBodyMegabytes: 256 });
    for (const id of ['a', 'b', 'c']) store.actions.addExchange(textReply(id));
    expect(store.list.rows.value.map((row) => [row.entry.id, row.arrival])).toEqual([
      ['b', 1],
      ['c', 2],
    ]);
  });

  it('keeps an exchange whose decoding threw, as a failure with the raw body', () => {
    const store = createPanelStore({
      decode: () => {
        throw new RangeError('boom');
      },
    });
    store.actions.addExchange(textReply('a'));
    expect(store.exchanges.value.map((entry) => entry.outcome)).toEqual([{ ok: false, failure: 'RangeError: boom' }]);
  });

  it('shows a burst from the source in one commit per scheduled turn, and a direct add at once', () => {
    const turns: (() => void)[] = [];
    const store = createPanelStore({ decode: (exchange) => decodeExchange(exchange), scheduleCommit: (commit) => turns.push(commit) });
    store.actions.setLogLimits({ maxExchanges: 3, maxBodyMegabytes: 256 });
    /** How many exchanges each change of the signal showed: one entry per render it would cause. */
    const shown: number[] = [];
    const stop = effect(() => {
      shown.push(store.exchanges.value.length);
    });
    const fake = createFakeNetworkSource([textReply('a')]);
    store.actions.connect(fake.source);
    for (const id of ['b', 'c', 'd']) fake.emit(textReply(id));
    // Logged as they came, shown at the next turn: one turn asked for, nothing on screen yet.
    expect(turns).toHaveLength(1);
    expect(ids(store)).toEqual([]);
    turns.shift()?.();
    expect(ids(store)).toEqual(['b', 'c', 'd']);
    expect(store.dropped.value).toBe(1);
    // The empty log first, then the one commit.
    expect(shown).toEqual([0, 3]);

    fake.emit(textReply('e'));
    store.actions.addExchange(textReply('f'));
    expect(ids(store)).toEqual(['d', 'e', 'f']);
    // The turn the source asked for finds nothing left to show.
    turns.shift()?.();
    expect(shown).toEqual([0, 3, 3]);
    expect(store.dropped.value).toBe(3);
    stop();
  });

  it("lists the rest of a burst before decoding it once a frame's worth of decoding is spent, and decodes it when the page has time", () => {
    const { store, fake, turns, idle } = burstStore();
    for (const id of ['a', 'b', 'c']) fake.emit(textReply(id));
    turns.shift()?.();
    const pendingOf = () => store.list.rows.value.map((row) => [row.entry.id, row.pending, row.model]);
    expect(pendingOf()).toEqual([
      ['a', false, 'gpt-4o-2024-08-06'],
      ['b', true, ''],
      ['c', true, ''],
    ]);
    expect(store.decoding.value).toBe(2);
    // Only decoded calls count in the totals until the rest are decoded.
    expect(store.list.totals.value.all.calls).toBe(1);
    // Selecting one that waits decodes it at once for the detail.
    store.actions.select('c');
    expect(store.selected.value?.outcome.ok).toBe(true);
    while (idle.length > 0) idle.shift()?.();
    turns.shift()?.();
    expect(pendingOf()).toEqual([
      ['a', false, 'gpt-4o-2024-08-06'],
      ['b', false, 'gpt-4o-2024-08-06'],
      ['c', false, 'gpt-4o-2024-08-06'],
    ]);
    expect(store.decoding.value).toBe(0);
    // openai-chat-text-1.json: 14 prompt and 37 completion tokens, three times.
    expect(store.list.totals.value.all).toMatchObject({ calls: 3, promptTokens: 42, completionTokens: 111 });
  });

  it("holds a burst's waiting bodies as received until they are decoded in idle time, then as UTF-8 bytes with the same text", () => {
    const { store, fake, turns, idle } = burstStore();
    // Over 1 KiB, so that the log holds it as bytes (bodyBytes.ts MIN_STORED_BYTES); trailing spaces keep it one JSON text.
    const body = `${readFixture('openai-chat-text-1.json')}${' '.repeat(2_000)}`;
    for (const id of ['a', 'b']) fake.emit(chatExchange({ id, body }));
    turns.shift()?.();
    const held = () => store.exchanges.value.map((entry) => [entry.id, bufferedBytesOf(entry.captured) > 0]);
    // a was decoded at once and compacted; b waits, its body still the string it came as.
    expect(held()).toEqual([
      ['a', true],
      ['b', false],
    ]);
    while (idle.length > 0) idle.shift()?.();
    turns.shift()?.();
    expect(held()).toEqual([
      ['a', true],
      ['b', true],
    ]);
    expect(store.exchanges.value.map((entry) => entry.captured.body)).toEqual([body, body]);
    // ASCII text: a byte a character.
    expect(store.exchanges.value.map((entry) => bufferedBytesOf(entry.captured))).toEqual([body.length, body.length]);
  });
});
