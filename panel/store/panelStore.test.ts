import { describe, expect, it } from 'vitest';
import { decodeExchange } from '../../decode/index';
import { chatExchange, nonChatExchange } from '../testing/capturedExchange';
import { createFakeNetworkSource } from '../testing/fakeNetworkSource';
import { fixtureBody } from '../testing/fixtureBody';
import { createPanelStore } from './panelStore';

const newStore = () => createPanelStore({ decode: (exchange) => decodeExchange(exchange) });
const textReply = (id: string) => chatExchange({ id, body: fixtureBody('openai-chat-text-1.json') });
const ids = (store: ReturnType<typeof newStore>) => store.exchanges.value.map((entry) => entry.id);

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
    store.actions.moveSelection(1);
    expect(store.selectedId.value).toBe('a');
    store.actions.select('c');
    expect(store.selected.value?.id).toBe('c');
    store.actions.moveSelection(1);
    expect(store.selectedId.value).toBe('c');
    store.actions.moveSelection(-1);
    store.actions.moveSelection(-1);
    store.actions.moveSelection(-1);
    expect(store.selectedId.value).toBe('a');
    store.actions.select('no-such-id');
    expect(store.selectedId.value).toBeNull();
    store.actions.moveSelection(-1);
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

  it('keeps an exchange whose decoding threw, as a failure with the raw body', () => {
    const store = createPanelStore({
      decode: () => {
        throw new RangeError('boom');
      },
    });
    store.actions.addExchange(textReply('a'));
    expect(store.exchanges.value.map((entry) => entry.outcome)).toEqual([{ ok: false, failure: 'RangeError: boom' }]);
  });
});
