import { describe, expect, it } from 'vitest';
import type { CapturedExchange } from '../../decode/index';
import { createLiveExchanges, LIVE_UPDATE_INTERVAL_MS, MAX_TRACKED_REQUESTS } from './liveExchanges';
import type { TapDrain, TapRequest } from './tapDrain';

const URL = 'https://api.openai.com/v1/chat/completions';

const request = (change: Partial<TapRequest> = {}): TapRequest => ({
  id: 'i1-1',
  api: 'fetch',
  method: 'POST',
  url: URL,
  requestHeaders: [['content-type', 'application/json']],
  requestBody: '{"model":"gpt-4o","stream":true}',
  startedAt: 1_000,
  response: { status: 200, statusText: 'OK', headers: [['Content-Type', 'text/event-stream; charset=utf-8']], at: 1_100 },
  chunks: [],
  end: null,
  ...change,
});

const drain = (requests: TapRequest[], installId = 'i1'): TapDrain => ({
  tap: 'llm-network-inspector',
  version: 1,
  installId,
  dropped: { chunks: 0, bytes: 0 },
  requests,
});

function collect() {
  const emitted: CapturedExchange[] = [];
  const live = createLiveExchanges((exchange) => emitted.push(exchange));
  return { live, emitted };
}

describe('drained tap data as the panel exchanges', () => {
  it('hands a request on when it starts, as a live in-flight exchange reported by the page', () => {
    const { live, emitted } = collect();
    live.take(drain([request()]), 10_000);
    expect(emitted).toHaveLength(1);
    const [first] = emitted;
    expect(first?.id).toBe('live-i1-1');
    expect(first?.status).toBe(200);
    expect(first?.mimeType).toBe('text/event-stream');
    expect(first?.source).toBe('live');
    expect(first?.durationMs).toBeNull();
    expect(first?.tapped).toEqual({
      arrivals: [],
      responseAt: 1_100,
      outcome: 'in-flight',
      endedAt: null,
      confirmed: false,
      startedAt: 1_000,
    });
  });

  it('accumulates the chunks of successive drains with each arrival time and the body length after it', () => {
    const { live, emitted } = collect();
    live.take(drain([request({ chunks: [{ at: 1_200, text: 'data: a\n\n' }] })]), 10_000);
    live.take(drain([request({ chunks: [{ at: 1_400, text: 'data: bc\n\n' }] })]), 10_000 + LIVE_UPDATE_INTERVAL_MS);
    const last = emitted.at(-1);
    expect(last?.body).toBe('data: a\n\ndata: bc\n\n');
    expect(last?.tapped?.arrivals).toEqual([
      [1_200, 9],
      [1_400, 19],
    ]);
  });

  it('hands an exchange in flight on at most every 250 ms, but its end at once', () => {
    const { live, emitted } = collect();
    live.take(drain([request()]), 10_000);
    live.take(drain([request({ chunks: [{ at: 1_200, text: 'data: a\n\n' }] })]), 10_100);
    live.take(drain([request({ chunks: [{ at: 1_300, text: 'data: b\n\n' }] })]), 10_200);
    expect(emitted).toHaveLength(1);
    live.take(drain([request()]), 10_260);
    expect(emitted).toHaveLength(2);
    expect(emitted[1]?.body).toBe('data: a\n\ndata: b\n\n');
    live.take(drain([request({ chunks: [{ at: 1_500, text: 'data: [DONE]\n\n' }], end: { at: 1_510, outcome: 'complete' } })]), 10_300);
    expect(emitted).toHaveLength(3);
    expect(emitted[2]?.tapped?.outcome).toBe('complete');
    expect(emitted[2]?.tapped?.endedAt).toBe(1_510);
    expect(emitted[2]?.durationMs).toBe(510);
    expect(live.size).toBe(0);
  });

  it('marks an aborted request with the page error message', () => {
    const { live, emitted } = collect();
    live.take(drain([request({ end: { at: 1_300, outcome: 'aborted', message: 'The user aborted a request.' } })]), 10_000);
    expect(emitted[0]?.tapped).toMatchObject({ outcome: 'aborted', message: 'The user aborted a request.' });
  });

  it('hands what was open on as aborted when the page navigated (a new install)', () => {
    const { live, emitted } = collect();
    live.take(drain([request()]), 10_000);
    live.take(drain([], 'i2'), 11_000);
    expect(emitted.at(-1)?.tapped?.outcome).toBe('aborted');
    expect(live.size).toBe(0);
  });

  it('follows at most a bounded number of requests, whatever ids a page invents', () => {
    const { live } = collect();
    const many = Array.from({ length: MAX_TRACKED_REQUESTS + 50 }, (_, index) => request({ id: `forged-${index}` }));
    live.take(drain(many), 10_000);
    expect(live.size).toBe(MAX_TRACKED_REQUESTS);
  });

  it('counts the chunks the tap dropped for a request', () => {
    const { live, emitted } = collect();
    live.take(drain([request({ droppedChunks: 4 })]), 10_000);
    expect(emitted[0]?.tapped?.droppedChunks).toBe(4);
  });
});

describe('20 streams at once', () => {
  it('are each handed on (so decoded again) at most every 250 ms, whatever the drain rate', () => {
    const { live, emitted } = collect();
    const ids = Array.from({ length: 20 }, (_, index) => `i1-${index}`);
    // 3 s of drains every 150 ms, each bringing one new chunk for every stream.
    for (let tick = 0; tick <= 20; tick += 1) {
      const now = 10_000 + tick * 150;
      live.take(drain(ids.map((id) => request({ id, chunks: [{ at: 1_000 + tick * 150, text: `data: ${tick}\n\n` }] }))), now);
    }
    const perStream = ids.map((id) => emitted.filter((exchange) => exchange.id === `live-${id}`).length);
    // Start, then one hand-on per 300 ms (two drains) at most: 1 + 3000 / 300 = 11; never one per drain (21).
    for (const count of perStream) expect(count).toBeLessThanOrEqual(11);
    const last = emitted.filter((exchange) => exchange.id === 'live-i1-7').at(-1);
    expect(last?.tapped?.arrivals).toHaveLength(21);
  });

  it('keeps the request body of the first drain that listed it; later drains send null', () => {
    const { live, emitted } = collect();
    live.take(drain([request()]), 10_000);
    live.take(drain([request({ requestBody: null, chunks: [{ at: 1_200, text: 'data: a\n\n' }] })]), 10_000 + LIVE_UPDATE_INTERVAL_MS);
    live.take(drain([request({ requestBody: null, end: { at: 1_300, outcome: 'complete' } })]), 10_000 + 2 * LIVE_UPDATE_INTERVAL_MS);
    expect(emitted).toHaveLength(3);
    expect(emitted.map((exchange) => exchange.requestBody)).toEqual(Array(3).fill('{"model":"gpt-4o","stream":true}'));
  });

  it('keeps the page start in the tap facts, for times per event once the browser record replaces the exchange', () => {
    const { live, emitted } = collect();
    live.take(drain([request({ startedAt: 1_234.5 })]), 10_000);
    expect(emitted[0]?.startedAt).toBe(1_234.5);
    expect(emitted[0]?.tapped?.startedAt).toBe(1_234.5);
  });

  it('hands what is open on as stopped when Live is turned off, and as in flight again when it is back on', () => {
    const { live, emitted } = collect();
    live.take(drain([request({ id: 'i1-1' }), request({ id: 'i1-2', end: { at: 1_050, outcome: 'complete' } })]), 10_000);
    expect(emitted.map((exchange) => [exchange.id, exchange.tapped?.outcome])).toEqual([
      ['live-i1-1', 'in-flight'],
      ['live-i1-2', 'complete'],
    ]);
    live.stop(10_100);
    // Only the open one: the ended one was forgotten once its end was handed on.
    expect(emitted.slice(2).map((exchange) => [exchange.id, exchange.tapped?.outcome, exchange.durationMs])).toEqual([
      ['live-i1-1', 'stopped', null],
    ]);
    // A drain that was already in flight when Live was turned off adds its chunks, still stopped.
    live.take(drain([request({ chunks: [{ at: 1_200, text: 'data: a\n\n' }] })]), 10_100 + LIVE_UPDATE_INTERVAL_MS);
    expect(emitted.at(-1)?.tapped?.outcome).toBe('stopped');
    expect(emitted.at(-1)?.body).toBe('data: a\n\n');
    live.resume();
    live.take(drain([request()]), 10_100 + 2 * LIVE_UPDATE_INTERVAL_MS);
    expect(emitted.at(-1)?.tapped?.outcome).toBe('in-flight');
    expect(emitted.at(-1)?.body).toBe('data: a\n\n');
  });
});
