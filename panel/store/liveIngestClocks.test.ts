import { describe, expect, it } from 'vitest';
import type { CapturedExchange } from '../../decode/index';
import { decodeExchange } from '../../decode/index';
import { chatExchange } from '../../testing/exchanges';
import { createFakeLiveSource } from '../testing/fakeLiveSource';
import { memoryStorage } from '../testing/memoryStorage';
import { liveTiming } from '../timing/liveTiming';
import { createPanelStore } from './panelStore';

const START = Date.UTC(2024, 8, 26, 10, 22, 21, 500);
const chunk = (text: string) =>
  `data: ${JSON.stringify({ id: 'c1', object: 'chat.completion.chunk', created: 1, model: 'gpt-4o', choices: [{ index: 0, delta: { content: text }, finish_reason: null }] })}\n\n`;
const FIRST = chunk('Hello');
const WHOLE = `${FIRST}${chunk(' world')}data: [DONE]\n\n`;
/** The page clock is 40 ms behind the browser clock: the tap puts the start 40 ms earlier. */
const PAGE_START = START - 40;

/** What the tap reports (extension/live/liveExchanges.ts): every time on the page's clock, its start included. */
const liveReport = (body: string, outcome: 'in-flight' | 'stopped', arrivals: [number, number][]): CapturedExchange => ({
  ...chatExchange({ id: 'live-t1-1', stream: true, body, startedAt: PAGE_START }),
  durationMs: null,
  timings: { wait: 100 },
  tapped: { arrivals, responseAt: PAGE_START + 100, outcome, endedAt: null, confirmed: false, startedAt: PAGE_START },
});

function liveStore() {
  const store = createPanelStore({ decode: (exchange) => decodeExchange(exchange), storage: memoryStorage().storage });
  const live = createFakeLiveSource();
  store.live.actions.connect(live.source);
  return { store, live };
}

describe('the page clock once the browser record replaces a live exchange', () => {
  it('keeps the page start for the times per event, and puts the browser end on the page clock', () => {
    const { store, live } = liveStore();
    live.report(liveReport(FIRST, 'in-flight', [[PAGE_START + 300, FIRST.length]]));
    // The browser's HAR entry: started at START on its own clock, 812 ms long (chatExchange's duration).
    store.actions.addExchange(chatExchange({ id: 'har-1', stream: true, body: WHOLE, startedAt: START }));
    const entry = store.exchanges.value[0];
    expect(entry?.captured.startedAt).toBe(START);
    expect(entry?.captured.durationMs).toBe(812);
    expect(entry?.captured.tapped).toMatchObject({
      confirmed: true,
      outcome: 'complete',
      startedAt: PAGE_START,
      endedAt: PAGE_START + 812,
    });
    const decoded = entry?.outcome.ok ? entry.outcome.decoded : null;
    if (entry === undefined || decoded === null) throw new Error('decoded');
    const timing = liveTiming(entry.captured, decoded);
    // As the page measured: headers 100 ms and the first chunk 300 ms after its own start (not 60 and 260).
    expect(timing?.ttfbMs).toBe(100);
    expect(timing?.ttftMs).toBe(300);
    expect(timing?.spanMs).toBe(812);
  });
});

describe('a live row whose report stopped with Live turned off', () => {
  it('is not busy, and becomes complete when the browser reports the finished request', () => {
    const { store, live } = liveStore();
    live.report(liveReport(FIRST, 'in-flight', [[PAGE_START + 300, FIRST.length]]));
    live.report(liveReport(FIRST, 'stopped', [[PAGE_START + 300, FIRST.length]]));
    const row = () => store.list.visible.value[0]?.entry.captured;
    expect(row()?.tapped?.outcome).toBe('stopped');
    expect(row()?.body).toBe(FIRST);
    store.actions.addExchange(chatExchange({ id: 'har-2', stream: true, body: WHOLE, startedAt: START }));
    expect(store.exchanges.value).toHaveLength(1);
    expect(row()?.tapped).toMatchObject({ outcome: 'complete', confirmed: true });
    expect(row()?.body).toBe(WHOLE);
  });
});
