import { describe, expect, it } from 'vitest';
import { decodeExchange } from '../../decode/index';
import { exportHar } from '../transfer/exportHar';
import { chatExchange, nonChatExchange } from '../../testing/exchanges';
import { readFixture } from '../../testing/fixtureFiles';
import { createPanelStore } from './panelStore';

function newStore() {
  return createPanelStore({ decode: (exchange) => decodeExchange(exchange) });
}

const liveJson = chatExchange({ id: 'live-1', body: readFixture('openai-chat-text-1.json') });
const liveStream = chatExchange({ id: 'live-2', stream: true, body: readFixture('openai-stream-text-1.sse') });
const har = exportHar([liveJson, nonChatExchange('live-x'), liveStream], { includeSecrets: false }, '0.1.0');

describe('transfer state', () => {
  it('starts with secrets excluded', () => {
    expect(newStore().transfer.includeSecrets.value).toBe(false);
  });

  it('imports the chat entries of a HAR, skipping the rest, and says so', () => {
    const store = newStore();
    store.transfer.actions.importHar('session.har', har);
    expect(store.exchanges.value.map((entry) => [entry.id, entry.captured.source])).toEqual([
      ['import-1-har-0', 'imported'],
      ['import-1-har-2', 'imported'],
    ]);
    expect(store.transfer.notice.value).toEqual({
      kind: 'info',
      text: 'Imported 2 LLM requests from session.har (1 other entry skipped)',
    });
  });

  it('imports the same file twice as two sets of rows', () => {
    const store = newStore();
    store.transfer.actions.importHar('a.har', har);
    store.transfer.actions.importHar('a.har', har);
    expect(store.exchanges.value).toHaveLength(4);
  });

  it('keeps the list and explains when the file cannot be read', () => {
    const store = newStore();
    store.actions.addExchange(liveJson);
    store.transfer.actions.importHar('notes.txt', 'hello');
    expect(store.exchanges.value.map((entry) => entry.id)).toEqual(['live-1']);
    expect(store.transfer.notice.value?.kind).toBe('error');
    expect(store.transfer.notice.value?.text).toMatch(/^Could not import notes\.txt: the file is not JSON/);
  });

  it('says when a HAR holds no chat-completion traffic', () => {
    const store = newStore();
    store.transfer.actions.importHar('pages.har', exportHar([nonChatExchange('x')], { includeSecrets: false }, '0.1.0'));
    expect(store.transfer.notice.value).toEqual({ kind: 'error', text: 'pages.har holds no LLM requests (1 entry read)' });
  });
});
