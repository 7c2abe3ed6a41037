import { describe, expect, it } from 'vitest';
import { decodeExchange } from '../../decode/index';
import { chatExchange } from '../../testing/exchanges';
import { readFixture } from '../../testing/fixtureFiles';
import { createPanelStore } from './panelStore';

describe('the selected exchange', () => {
  it('is decoded whole, its stream with its events, and held while it stays selected', () => {
    const store = createPanelStore({ decode: decodeExchange });
    // groq-stream-toolcall-1.sse: three `data:` events.
    store.actions.addExchange(chatExchange({ id: 's', stream: true, body: readFixture('groq-stream-toolcall-1.sse') }));
    store.actions.select('s');
    const shown = store.selected.value;
    const stream = shown?.outcome.ok ? shown.outcome.decoded.stream : null;
    expect(stream?.eventList).toHaveLength(3);
    expect(stream?.events).toBe(3);
    // The same selection is not decoded again on every change of the log.
    store.actions.addExchange(chatExchange({ id: 'other', body: readFixture('openai-chat-text-1.json') }));
    expect(store.selected.value).toBe(shown);
  });
});
