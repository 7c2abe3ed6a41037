import { describe, expect, it } from 'vitest';
import type { CapturedExchange } from '../../decode/index';
import type { LiveStatus } from '../../panel/source';
import { extensionLiveSource } from './extensionLiveSource';
import { fakeInspectedPage, manualTimers, settle } from './fakeInspectedPage';

const expressions = { install: 'INSTALL', drain: 'DRAIN', injectedScript: 'INJECT' };
const drained = JSON.stringify({
  tap: 'llm-network-inspector',
  version: 1,
  installId: 'i1',
  dropped: { chunks: 0, bytes: 0 },
  requests: [
    {
      id: 'i1-1',
      api: 'fetch',
      method: 'POST',
      url: 'https://api.openai.com/v1/chat/completions',
      requestHeaders: [],
      requestBody: null,
      startedAt: 1_000,
      response: { status: 200, statusText: 'OK', headers: [['content-type', 'text/event-stream']], at: 1_050 },
      chunks: [{ at: 1_100, text: 'data: {}\n\n' }],
      end: null,
    },
  ],
});

function source(answer: (expression: string) => unknown) {
  const fake = fakeInspectedPage(answer);
  const clock = manualTimers();
  const navigations = new Set<(url: string) => void>();
  const live = extensionLiveSource({
    page: fake.page,
    expressions,
    timers: clock.timers,
    onNavigated: (listener) => {
      navigations.add(listener);
      return () => navigations.delete(listener);
    },
    now: () => 5_000,
  });
  return {
    live,
    fake,
    clock,
    navigate: (url: string) => {
      navigations.forEach((listener) => {
        listener(url);
      });
    },
  };
}

describe('the extension LiveSource', () => {
  it('reports the inspected origin from the page location, then from navigations', async () => {
    const { live, navigate } = source((expression) => (expression === 'location.href' ? 'https://app.example/chat?x=1' : null));
    const origins: string[] = [];
    live.onOrigin((origin) => origins.push(origin));
    await settle();
    navigate('https://other.example/');
    expect(origins).toEqual(['https://app.example', 'https://other.example']);
  });

  it('polls nothing until switched on, then hands drained requests on as live exchanges', async () => {
    const { live, fake } = source((expression) => (expression === 'DRAIN' ? drained : null));
    const exchanges: CapturedExchange[] = [];
    live.onExchange((exchange) => exchanges.push(exchange));
    await settle();
    expect(fake.evaluated).toEqual(['location.href']);
    live.setEnabled(true);
    await settle();
    expect(exchanges.map((exchange) => [exchange.id, exchange.body, exchange.tapped?.outcome])).toEqual([
      ['live-i1-1', 'data: {}\n\n', 'in-flight'],
    ]);
    live.dispose();
  });

  it('shows a forged drain as a count in its status, and delivers nothing', async () => {
    const { live } = source((expression) => (expression === 'DRAIN' ? '{"tap":"llm-network-inspector","version":1}' : null));
    const statuses: LiveStatus[] = [];
    const exchanges: CapturedExchange[] = [];
    live.onStatus((status) => statuses.push(status));
    live.onExchange((exchange) => exchanges.push(exchange));
    live.setEnabled(true);
    await settle();
    expect(statuses.at(-1)?.rejectedDrains).toBe(1);
    expect(exchanges).toEqual([]);
    live.dispose();
  });

  it('turned off mid-stream, hands the open request on as stopped at once, and polls no more', async () => {
    const { live, fake, clock } = source((expression) => (expression === 'DRAIN' ? drained : null));
    const exchanges: CapturedExchange[] = [];
    live.onExchange((exchange) => exchanges.push(exchange));
    live.setEnabled(true);
    await settle();
    const polls = fake.evaluated.length;
    live.setEnabled(false);
    expect(exchanges.map((exchange) => [exchange.id, exchange.tapped?.outcome])).toEqual([
      ['live-i1-1', 'in-flight'],
      ['live-i1-1', 'stopped'],
    ]);
    clock.runAll();
    await settle();
    expect(fake.evaluated).toHaveLength(polls);
    live.dispose();
  });
});
