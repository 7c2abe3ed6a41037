import { describe, expect, it } from 'vitest';
import type { CapturedExchange } from '../../decode/index';
import { decodeExchange } from '../../decode/index';
import { chatExchange } from '../../testing/exchanges';
import { readFixture } from '../../testing/fixtureFiles';
import { createFakeLiveSource } from '../testing/fakeLiveSource';
import { memoryStorage } from '../testing/memoryStorage';
import { createPanelStore } from './panelStore';

const START = Date.UTC(2024, 8, 26, 10, 22, 21, 500);
const chunk = (text: string) =>
  `data: ${JSON.stringify({ id: 'c1', object: 'chat.completion.chunk', created: 1, model: 'gpt-4o', choices: [{ index: 0, delta: { content: text }, finish_reason: null }] })}\n\n`;
const FIRST = chunk('Hello');
const SECOND = chunk(' world');
const WHOLE = `${FIRST}${SECOND}data: [DONE]\n\n`;

/** What the tap reports of the request: the browser's exchange shape, with the page's facts. */
const liveReport = (body: string, outcome: 'in-flight' | 'complete' | 'aborted', arrivals: [number, number][]): CapturedExchange => ({
  ...chatExchange({ id: 'live-t1-1', stream: true, body, startedAt: START + 3 }),
  durationMs: null,
  timings: { wait: 100 },
  tapped: { arrivals, responseAt: START + 103, outcome, endedAt: outcome === 'in-flight' ? null : START + 900, confirmed: false },
});

function liveStore() {
  const { storage } = memoryStorage();
  const store = createPanelStore({ decode: (exchange) => decodeExchange(exchange), storage });
  const live = createFakeLiveSource();
  store.live.actions.connect(live.source);
  return { store, live, storage };
}

const rowTexts = (store: ReturnType<typeof liveStore>['store']) =>
  store.list.visible.value.map(
    (row) => `${row.entry.id} ${row.entry.captured.tapped?.outcome ?? '-'} ${String(row.entry.captured.tapped?.confirmed ?? '-')}`,
  );

describe('live exchanges in the store', () => {
  it('lists a request when the tap reports its start and updates the same row as chunks arrive', () => {
    const { store, live } = liveStore();
    live.report(liveReport('', 'in-flight', []));
    expect(rowTexts(store)).toEqual(['live-t1-1 in-flight false']);
    store.actions.select('live-t1-1');
    live.report(liveReport(FIRST, 'in-flight', [[START + 200, FIRST.length]]));
    expect(rowTexts(store)).toEqual(['live-t1-1 in-flight false']);
    expect(store.selectedId.value).toBe('live-t1-1');
    const selected = store.selected.value;
    const text = selected?.outcome.ok ? selected.outcome.decoded.completion?.choices[0]?.message.content : null;
    expect(text).toBe('Hello');
  });

  it('lets the browser entry replace the live one in place, keeping the page arrival times, confirmed', () => {
    const { store, live } = liveStore();
    store.actions.addExchange(
      chatExchange({ id: 'earlier', body: '{"id":"x","object":"chat.completion","created":1,"model":"m","choices":[]}' }),
    );
    live.report(liveReport(FIRST, 'in-flight', [[START + 200, FIRST.length]]));
    store.actions.select('live-t1-1');
    // The list says how many rows are in flight (data-in-flight): what counts them need not find them in the DOM.
    expect(store.list.inFlightRows.value).toBe(1);
    const browser = chatExchange({ id: 'har-7', stream: true, body: WHOLE, startedAt: START });
    expect(store.actions.addExchange(browser)).toBe(true);
    expect(store.list.visible.value.map((row) => row.entry.id)).toEqual(['earlier', 'live-t1-1']);
    expect(store.list.inFlightRows.value).toBe(0);
    const entry = store.exchanges.value[1];
    expect(entry?.captured.body).toBe(WHOLE);
    expect(entry?.captured.durationMs).toBe(812);
    expect(entry?.captured.tapped).toMatchObject({ arrivals: [[START + 200, FIRST.length]], confirmed: true, outcome: 'complete' });
    expect(store.selectedId.value).toBe('live-t1-1');
    // The tap's last drain comes after: it brings the real end time, the browser's body stays.
    live.report(
      liveReport(WHOLE, 'complete', [
        [START + 200, FIRST.length],
        [START + 600, WHOLE.length],
      ]),
    );
    expect(rowTexts(store)).toEqual(['earlier - -', 'live-t1-1 complete true']);
    expect(store.exchanges.value[1]?.captured.body).toBe(WHOLE);
    expect(store.exchanges.value[1]?.captured.tapped?.arrivals).toHaveLength(2);
  });

  it('pairs them when the browser reports a short request before the tap does', () => {
    const { store, live } = liveStore();
    store.actions.addExchange(chatExchange({ id: 'har-8', stream: true, body: WHOLE, startedAt: START }));
    live.report(liveReport(WHOLE, 'complete', [[START + 600, WHOLE.length]]));
    expect(rowTexts(store)).toEqual(['har-8 complete true']);
  });

  it('does not pair a browser entry for another URL or one that started long before', () => {
    const { store, live } = liveStore();
    live.report(liveReport(FIRST, 'in-flight', []));
    store.actions.addExchange(
      chatExchange({ id: 'other', stream: true, body: WHOLE, url: 'https://api.openai.com/v1/chat/completions?x=1', startedAt: START }),
    );
    store.actions.addExchange(chatExchange({ id: 'old', stream: true, body: WHOLE, startedAt: START - 60_000 }));
    // Listed by start time: the other URL started 3 ms before the live one.
    expect(rowTexts(store)).toEqual(['old - -', 'other - -', 'live-t1-1 in-flight false']);
  });

  it('keeps a request the page aborted, which the browser never finishes, as aborted', () => {
    const { store, live } = liveStore();
    live.report(liveReport(FIRST, 'in-flight', []));
    live.report({
      ...liveReport(FIRST, 'aborted', []),
      tapped: { arrivals: [], responseAt: null, outcome: 'aborted', endedAt: START + 300, confirmed: false, message: 'AbortError' },
    });
    expect(rowTexts(store)).toEqual(['live-t1-1 aborted false']);
  });

  it('is off by default and remembered per inspected origin', () => {
    const { store, live, storage } = liveStore();
    live.origin('https://app.example');
    expect(store.live.enabled.value).toBe(false);
    store.live.actions.setEnabled(true);
    expect(live.calls.at(-1)).toBe('on');
    live.origin('https://other.example');
    expect(store.live.enabled.value).toBe(false);
    expect(live.calls.at(-1)).toBe('off');
    live.origin('https://app.example');
    expect(store.live.enabled.value).toBe(true);
    const again = createPanelStore({ decode: (exchange) => decodeExchange(exchange), storage });
    const other = createFakeLiveSource();
    again.live.actions.connect(other.source);
    other.origin('https://app.example');
    expect(again.live.enabled.value).toBe(true);
  });
});

describe('a stream still in flight', () => {
  it('is not reported as cut while the tap says it is arriving, and is once it has ended without its end', () => {
    const { store, live } = liveStore();
    live.report(liveReport(FIRST, 'in-flight', [[START + 200, FIRST.length]]));
    const issuesOf = () => {
      const entry = store.exchanges.value[0];
      return entry?.outcome.ok ? entry.outcome.decoded.issues.map((issue) => issue.message) : null;
    };
    expect(issuesOf()).toEqual([]);
    expect(store.list.visible.value[0]?.conforms).toBe(true);
    live.report(liveReport(FIRST, 'aborted', [[START + 200, FIRST.length]]));
    expect(issuesOf()).toEqual(['the stream ended without [DONE] (cut or truncated)']);
  });
});

describe('the Live switch before the page origin is known', () => {
  it('keeps a choice made before the origin arrives, and remembers it for that origin', () => {
    const { store, live, storage } = liveStore();
    store.live.actions.setEnabled(true);
    live.origin('https://app.example');
    expect(store.live.enabled.value).toBe(true);
    expect(live.calls).toEqual(['on']);
    expect(storage.getItem('llm-inspector.live:https://app.example')).toBe('on');
  });
});

describe('an aborted request the browser reports without its body', () => {
  it('keeps what the page saw arrive, still marked as the page report', () => {
    const { store, live } = liveStore();
    live.report(liveReport(FIRST, 'aborted', [[START + 200, FIRST.length]]));
    store.actions.addExchange({
      ...chatExchange({ id: 'har-9', stream: true, body: '', startedAt: START }),
      body: null,
      bodyUnavailableReason: 'aborted',
    });
    const entry = store.exchanges.value[0];
    expect(store.exchanges.value).toHaveLength(1);
    expect(entry?.captured.body).toBe(FIRST);
    expect(entry?.captured.bodyUnavailableReason).toBeUndefined();
    expect(entry?.captured.tapped).toMatchObject({ outcome: 'aborted', confirmed: false, browserBodyMissing: true });
  });

  it('a finished stream the browser reports without its body (Chromium, now and then) stays the page report', () => {
    const { store, live } = liveStore();
    live.report(liveReport(FIRST, 'complete', [[START + 200, FIRST.length]]));
    store.actions.addExchange({ ...chatExchange({ id: 'har-10', stream: true, body: '', startedAt: START + 1 }), body: null });
    const entry = store.exchanges.value[0];
    expect(store.exchanges.value).toHaveLength(1);
    expect(entry?.captured.body).toBe(FIRST);
    expect(entry?.captured.tapped).toMatchObject({ outcome: 'complete', confirmed: false, browserBodyMissing: true });
  });

  it('a later drain of the page keeps the browser record and the mark, with the page body grown', () => {
    const { store, live } = liveStore();
    live.report(liveReport(FIRST, 'in-flight', [[START + 200, FIRST.length]]));
    store.actions.addExchange({
      ...chatExchange({ id: 'har-11', stream: true, body: '', startedAt: START + 1 }),
      body: null,
      durationMs: 950,
    });
    live.report(
      liveReport(FIRST + FIRST, 'complete', [
        [START + 200, FIRST.length],
        [START + 900, 2 * FIRST.length],
      ]),
    );
    const entry = store.exchanges.value[0];
    expect(store.exchanges.value).toHaveLength(1);
    expect(entry?.captured.body).toBe(FIRST + FIRST);
    expect(entry?.captured.durationMs).toBe(950);
    expect(entry?.captured.tapped).toMatchObject({ outcome: 'complete', confirmed: false, browserBodyMissing: true });
  });
});

describe('session totals while a live row grows', () => {
  it('count the call once, with the usage the browser record brings (14 → 30 in openai-stream-text-1.sse)', () => {
    const { store, live } = liveStore();
    const whole = readFixture('openai-stream-text-1.sse');
    const events = whole.split('\n\n');
    const first = `${events[0] ?? ''}\n\n`;
    const two = `${first}${events[1] ?? ''}\n\n`;
    live.report(liveReport(first, 'in-flight', [[START + 200, first.length]]));
    live.report(
      liveReport(two, 'in-flight', [
        [START + 200, first.length],
        [START + 500, two.length],
      ]),
    );
    expect(store.list.totals.value.all).toMatchObject({ calls: 1, callsWithoutUsage: 1 });
    store.actions.addExchange(chatExchange({ id: 'har-10', stream: true, body: whole, startedAt: START }));
    expect(store.exchanges.value.map((entry) => entry.id)).toEqual(['live-t1-1']);
    expect(store.list.totals.value.all).toMatchObject({ calls: 1, callsWithoutUsage: 0, promptTokens: 14, completionTokens: 30 });
  });
});
