import { describe, expect, it } from 'vitest';
import { decodeExchange } from '../decode/index';
import type { CapturedExchange } from '../decode/index';
import { chatExchange, CHAT_URL } from '../testing/exchanges';
import { settle } from '../testing/settle';
import { createFakeLiveSource } from '../panel/testing/fakeLiveSource';
import { createPanelStore } from '../panel/store/panelStore';
import { startCapture } from './capture';
import { CaptureBuffer } from './captureBuffer';
import { decodedNetworkSource } from './decodedNetworkSource';
import { FakeDevtoolsNetwork, chromeRequest } from './fakeDevtoolsNetwork';
import type { RawCapture } from './rawCapture';

const rawCapture = (id: string): RawCapture => ({ id, source: 'live', capturedAt: 0, entry: {}, content: { via: 'callback', args: [''] } });

/** What a new subscription is handed at once: what the buffer still holds. */
const held = (buffer: CaptureBuffer): string[] => {
  const seen: string[] = [];
  buffer.onCapture((capture) => seen.push(capture.id))();
  return seen;
};

describe('CaptureBuffer hands each capture over once', () => {
  it('to the panel that subscribes: what it held, then each new one, and holds none of them afterwards', () => {
    const buffer = new CaptureBuffer();
    buffer.add(rawCapture('page'));
    buffer.add(rawCapture('favicon'));
    const panel: string[] = [];
    buffer.onCapture((capture) => panel.push(capture.id));
    buffer.add(rawCapture('stream'));
    expect(panel).toEqual(['page', 'favicon', 'stream']);
    expect(held(buffer)).toEqual([]);
  });

  it('across a panel page reload: the new page gets what finished while none listened, not what the old page had', () => {
    const buffer = new CaptureBuffer();
    const first: string[] = [];
    const leave = buffer.onCapture((capture) => first.push(capture.id));
    buffer.add(rawCapture('a1'));
    leave(); // pagehide
    buffer.add(rawCapture('between'));
    const second: string[] = [];
    buffer.onCapture((capture) => second.push(capture.id));
    buffer.add(rawCapture('b1'));
    expect(first).toEqual(['a1']);
    expect(second).toEqual(['between', 'b1']);
  });

  it('a listener that throws neither stops the replay nor throws into capture; its errors are reported', () => {
    const errors: unknown[] = [];
    const buffer = new CaptureBuffer(5_000, 'chrome', (error) => errors.push(error));
    for (const id of ['e1', 'e2', 'e3']) buffer.add(rawCapture(id));
    const seen: string[] = [];
    buffer.onCapture((capture) => {
      seen.push(capture.id);
      if (capture.id !== 'e3') throw new Error(`broken on ${capture.id}`);
    });
    expect(() => {
      buffer.add(rawCapture('e4'));
    }).not.toThrow();
    expect(seen).toEqual(['e1', 'e2', 'e3', 'e4']);
    expect(errors.map((error) => (error instanceof Error ? error.message : ''))).toEqual(['broken on e1', 'broken on e2', 'broken on e4']);
  });
});

/**
 * e2e/live.spec.ts "a 10-second paced stream", step by step with the real devtools page and panel
 * page pieces: the inspected page is navigated to the paced server, its page and favicon finish
 * before the panel is shown, the panel subscribes (its replay sliced), Live lists the stream while
 * in flight, and the browser's record of it arrives ten seconds later while the panel listens.
 */
describe('the paced Live stream and its browser record, from the devtools page to the panel', () => {
  const START = Date.parse('2026-11-25T10:00:00.000Z');
  const chunk = (text: string) =>
    `data: ${JSON.stringify({ object: 'chat.completion.chunk', choices: [{ index: 0, delta: { content: text } }] })}\n\n`;
  const WHOLE = `${chunk('wörd 0 ✓ ')}${chunk('wörd 1 ✓ ')}data: [DONE]\n\n`;

  const liveReport = (outcome: 'in-flight' | 'complete', body: string): CapturedExchange => ({
    ...chatExchange({ id: 'live-p1-1', stream: true, body, startedAt: START + 2 }),
    durationMs: null,
    tapped: {
      arrivals: [[START + 400, body.length]],
      responseAt: START + 10,
      outcome,
      endedAt: outcome === 'complete' ? START + 9_400 : null,
      confirmed: false,
    },
  });

  /** Up to the browser's record: returns the store and a way to finish the request as Chrome would. */
  async function pacedSession() {
    const network = new FakeDevtoolsNetwork();
    const buffer = new CaptureBuffer();
    startCapture(network, buffer);
    network.onNavigated.fire('http://127.0.0.1:4100/');
    network.onRequestFinished.fire(
      chromeRequest({ url: 'http://127.0.0.1:4100/', body: '<!doctype html><p>paced streams</p>', mimeType: 'text/html' }),
    );
    network.onRequestFinished.fire(chromeRequest({ url: 'http://127.0.0.1:4100/favicon.ico', status: 404, body: 'not found' }));
    await settle();

    const store = createPanelStore({ decode: (exchange) => decodeExchange(exchange) });
    const tasks: (() => void)[] = [];
    store.actions.connect(decodedNetworkSource(buffer, { now: () => 0, nextTask: (work) => tasks.push(work), sliceMs: 8 }));
    const live = createFakeLiveSource();
    store.live.actions.connect(live.source);
    live.report(liveReport('in-flight', WHOLE.slice(0, 40)));
    live.report(liveReport('complete', WHOLE));
    const finish = async (body: string | null) => {
      network.onRequestFinished.fire(
        chromeRequest({ url: CHAT_URL, body, mimeType: 'text/event-stream', startedDateTime: new Date(START).toISOString() }),
      );
      await settle();
    };
    return { store, buffer, tasks, finish };
  }

  it('confirms the live row with the browser record, which reaches the panel once and is not held after', async () => {
    const { store, buffer, tasks, finish } = await pacedSession();
    await finish(WHOLE);
    expect(tasks).toEqual([]);
    expect(store.exchanges.value).toHaveLength(1);
    expect(store.exchanges.value[0]?.captured.tapped).toMatchObject({ outcome: 'complete', confirmed: true });
    expect(held(buffer)).toEqual([]);
  });

  it('leaves the row as the page reported it when the browser record comes without a body (Chrome answered null in every failing run)', async () => {
    const { store, finish } = await pacedSession();
    await finish(null);
    expect(store.exchanges.value).toHaveLength(1);
    const captured = store.exchanges.value[0]?.captured;
    expect(captured?.tapped).toMatchObject({ outcome: 'complete', confirmed: false });
    expect(captured?.body).toBe(WHOLE);
  });
});
