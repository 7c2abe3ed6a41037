import { describe, expect, it } from 'vitest';
import { startCapture } from './capture';
import { CaptureBuffer } from './captureBuffer';
import { exchangeFromCapture } from './exchangeFromCapture';
import { FakeDevtoolsNetwork, chromeRequest } from './fakeDevtoolsNetwork';
import type { CapturedExchange } from '../decode/index';
import type { RawCapture } from './rawCapture';
import { settle } from '../testing/settle';

const URL_CHAT = 'https://api.openai.com/v1/chat/completions';

/**
 * Capture as the user meets it: the devtools page hands over raw captures (`raw`), the panel page
 * decodes each (`added`, what the list shows).
 */
function collect(network: FakeDevtoolsNetwork) {
  const raw: RawCapture[] = [];
  const added: CapturedExchange[] = [];
  const navigations: string[] = [];
  const add = (capture: RawCapture) => {
    raw.push(capture);
    const exchange = exchangeFromCapture(capture);
    if (exchange !== null) added.push(exchange);
  };
  const stop = startCapture(network, { add, navigated: (url) => navigations.push(url) });
  return { raw, added, navigations, stop };
}

describe('startCapture (devtools page) with exchangeFromCapture (panel page)', () => {
  it('turns a finished request into a plain CapturedExchange with body, headers and timings', async () => {
    const network = new FakeDevtoolsNetwork();
    const { added } = collect(network);
    network.onRequestFinished.fire(chromeRequest({ url: URL_CHAT, body: '{"id":"chatcmpl-1"}' }));
    await settle();
    expect(added).toHaveLength(1);
    const [exchange] = added;
    expect(exchange).toMatchObject({
      url: URL_CHAT,
      method: 'POST',
      status: 200,
      mimeType: 'application/json',
      body: '{"id":"chatcmpl-1"}',
      requestBody: '{"model":"gpt-4o-mini","messages":[]}',
      durationMs: 812.5,
      source: 'live',
      startedAt: Date.parse('2026-11-25T10:00:00.000Z'),
    });
    // -1 means "not applicable" in HAR: such timings are left out, not shown as negative.
    expect(exchange?.timings).toEqual({ blocked: 1.5, send: 0.2, wait: 640.1, receive: 170.7 });
    expect(exchange?.requestHeaders).toContainEqual({ name: 'Authorization', value: 'Bearer sk-test-1234' });
  });

  it('keeps an exchange whose body was evicted, marked with the reason', async () => {
    const network = new FakeDevtoolsNetwork();
    const { added } = collect(network);
    network.onRequestFinished.fire(chromeRequest({ url: URL_CHAT, body: null }));
    await settle();
    expect(added[0]?.body).toBeNull();
    expect(added[0]?.bodyUnavailableReason).toMatch(/evicted/);
  });

  it('decodes a base64 body in the panel page; the devtools page keeps what getContent answered', async () => {
    const network = new FakeDevtoolsNetwork();
    const { raw, added } = collect(network);
    // base64 of {"ok":true}
    network.onRequestFinished.fire(chromeRequest({ url: URL_CHAT, body: 'eyJvayI6dHJ1ZX0=', encoding: 'base64' }));
    await settle();
    expect(raw[0]?.content).toEqual({ via: 'callback', args: ['eyJvayI6dHJ1ZX0=', 'base64'] });
    expect(added[0]?.body).toBe('{"ok":true}');
  });

  it('hands over a request the HAR codec refuses, and the panel page leaves it out instead of throwing', async () => {
    const network = new FakeDevtoolsNetwork();
    const { raw, added } = collect(network);
    const request = { ...chromeRequest({ url: URL_CHAT, body: '{}' }), time: 'slow' };
    network.onRequestFinished.fire(request);
    network.onRequestFinished.fire(chromeRequest({ url: URL_CHAT, body: '{"n":2}' }));
    await settle();
    expect(raw.map((capture) => capture.entry)).toEqual([request, expect.objectContaining({ time: 812.5 })]);
    expect(added.map((e) => e.body)).toEqual(['{"n":2}']);
  });

  it('dates a request without a usable start by when its body arrived', async () => {
    const network = new FakeDevtoolsNetwork();
    const added: CapturedExchange[] = [];
    startCapture(
      network,
      {
        add: (capture) => {
          const e = exchangeFromCapture(capture);
          if (e) added.push(e);
        },
        navigated: () => undefined,
      },
      { now: () => 1_700_000_000_000 },
    );
    network.onRequestFinished.fire(chromeRequest({ url: URL_CHAT, body: '{}', startedDateTime: 'yesterday' }));
    await settle();
    expect(added.map((e) => [e.id, e.startedAt])).toEqual([['loyw3v28-0', 1_700_000_000_000]]);
  });

  it('backfills from getHAR what DevTools logged before the devtools page loaded, once', async () => {
    const early = chromeRequest({ url: URL_CHAT, body: '{"early":1}', startedDateTime: '2026-11-25T09:59:00.000Z' });
    const network = new FakeDevtoolsNetwork((callback) => {
      callback({ entries: [early] });
    });
    const { added } = collect(network);
    // The same request also arrives through onRequestFinished (it finished during start-up).
    network.onRequestFinished.fire(early);
    await settle();
    expect(added).toHaveLength(1);
    expect(added[0]?.body).toBe('{"early":1}');
  });

  it('keeps distinct live requests that share a start time and URL (a burst)', async () => {
    const network = new FakeDevtoolsNetwork();
    const { added } = collect(network);
    for (const body of ['{"n":1}', '{"n":2}', '{"n":3}']) network.onRequestFinished.fire(chromeRequest({ url: URL_CHAT, body }));
    await settle();
    expect(added.map((e) => e.body)).toEqual(['{"n":1}', '{"n":2}', '{"n":3}']);
  });

  it("accepts getHAR's Promise answer (Firefox) and an empty log (Network panel never opened)", async () => {
    const early = chromeRequest({ url: URL_CHAT, body: '{"early":2}' });
    const withEntries = collect(new FakeDevtoolsNetwork(() => Promise.resolve({ entries: [early] })));
    const empty = collect(new FakeDevtoolsNetwork(() => Promise.resolve({ entries: [] })));
    await settle();
    await settle();
    expect(withEntries.added.map((e) => e.body)).toEqual(['{"early":2}']);
    expect(withEntries.added[0]?.source).toBe('backfill');
    expect(empty.added).toEqual([]);
  });

  it('ignores a value that is not a request entry instead of throwing', async () => {
    const network = new FakeDevtoolsNetwork();
    const { raw, added } = collect(network);
    network.onRequestFinished.fire({ nonsense: true });
    network.onRequestFinished.fire(null);
    network.onRequestFinished.fire({ request: { url: URL_CHAT } });
    await settle();
    expect(raw).toEqual([]);
    expect(added).toEqual([]);
  });

  it('reports navigations and stops listening when disposed', async () => {
    const network = new FakeDevtoolsNetwork();
    const { added, navigations, stop } = collect(network);
    network.onNavigated.fire('https://app.example/');
    stop();
    network.onNavigated.fire('https://app.example/second');
    network.onRequestFinished.fire(chromeRequest({ url: URL_CHAT, body: '{}' }));
    await settle();
    expect(navigations).toEqual(['https://app.example/']);
    expect(added).toEqual([]);
    expect(network.onRequestFinished.listeners.size).toBe(0);
  });
});

describe('CaptureBuffer', () => {
  const rawCapture = (id: string): RawCapture => ({
    id,
    source: 'live',
    capturedAt: 0,
    entry: chromeRequest({ url: URL_CHAT, body: '{}' }),
    content: { via: 'callback', args: ['{}', ''] },
  });

  it('replays what it holds to a late listener, then delivers new exchanges', () => {
    const buffer = new CaptureBuffer();
    buffer.add(rawCapture('a'));
    const seen: string[] = [];
    const stop = buffer.onCapture((e) => seen.push(e.id));
    buffer.add(rawCapture('b'));
    stop();
    buffer.add(rawCapture('c'));
    expect(seen).toEqual(['a', 'b']);
  });

  it("replays to a late panel only the current document's exchanges, but tells a listening panel of the navigation", () => {
    const buffer = new CaptureBuffer();
    const earlyNavigations: string[] = [];
    buffer.onNavigated((url) => earlyNavigations.push(url));
    buffer.add(rawCapture('old'));
    buffer.navigated('https://app.example/reloaded');
    buffer.add(rawCapture('new'));
    const seen: string[] = [];
    buffer.onCapture((e) => seen.push(e.id));
    expect(seen).toEqual(['new']);
    expect(earlyNavigations).toEqual(['https://app.example/reloaded']);
  });

  it('drops the oldest past its limit', () => {
    const buffer = new CaptureBuffer(2);
    for (const id of ['a', 'b', 'c']) buffer.add(rawCapture(id));
    const seen: string[] = [];
    buffer.onCapture((e) => seen.push(e.id));
    expect(seen).toEqual(['b', 'c']);
  });

  it('keeps exactly the newest `limit`, in order, through many drops, and starts afresh after a navigation', () => {
    const buffer = new CaptureBuffer(3);
    const replay = () => {
      const seen: string[] = [];
      buffer.onCapture((e) => seen.push(e.id))();
      return seen;
    };
    for (let n = 1; n <= 10; n++) buffer.add(rawCapture(`e${n}`));
    expect(replay()).toEqual(['e8', 'e9', 'e10']);
    for (let n = 11; n <= 17; n++) buffer.add(rawCapture(`e${n}`));
    expect(replay()).toEqual(['e15', 'e16', 'e17']);
    buffer.add(rawCapture('old'));
    buffer.navigated('https://app.example/next');
    buffer.add(rawCapture('n1'));
    expect(replay()).toEqual(['n1']);
  });

  it('holds 5,000 captures by default, so hours of traffic cannot exhaust memory', () => {
    const buffer = new CaptureBuffer();
    for (let n = 1; n <= 5_001; n++) buffer.add(rawCapture(`e${n}`));
    const seen: string[] = [];
    buffer.onCapture((e) => seen.push(e.id));
    expect(seen).toHaveLength(5_000);
    expect([seen[0], seen.at(-1)]).toEqual(['e2', 'e5001']);
  });
});
