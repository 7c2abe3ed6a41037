import { describe, expect, it } from 'vitest';
import { fakeInspectedPage, manualTimers, settle } from './fakeInspectedPage';
import { createLiveDriver, IDLE_INTERVAL_MS, OPEN_INTERVAL_MS, REFUSED_INTERVAL_MS } from './liveDriver';
import type { LiveDriverStatus } from './liveDriver';
import type { TapDrain } from './tapDrain';
import { MAX_DRAIN_CHARS } from './drainAnswer';

const expressions = { install: 'INSTALL', drain: 'DRAIN', injectedScript: 'INJECT' };

const drainWith = (open: boolean): TapDrain => ({
  tap: 'llm-network-inspector',
  version: 1,
  installId: 'i1',
  dropped: { chunks: 3, bytes: 90 },
  requests: [
    {
      id: 'i1-1',
      api: 'fetch',
      method: 'POST',
      url: 'https://api.openai.com/v1/chat/completions',
      requestHeaders: [],
      requestBody: null,
      startedAt: 1000,
      response: null,
      chunks: [],
      end: open ? null : { at: 2000, outcome: 'complete' },
    },
  ],
});

function driverFor(answer: (expression: string) => unknown) {
  const fake = fakeInspectedPage(answer);
  const clock = manualTimers();
  const drains: TapDrain[] = [];
  const statuses: LiveDriverStatus[] = [];
  const driver = createLiveDriver({
    page: fake.page,
    expressions,
    timers: clock.timers,
    onDrain: (drain) => drains.push(drain),
    onStatus: (status) => statuses.push(status),
  });
  return { driver, fake, clock, drains, statuses };
}

describe('the Live polling driver', () => {
  it('installs the tap when the drain says there is none, then drains what it reports', async () => {
    let installed = false;
    const { driver, fake, clock, drains } = driverFor((expression) => {
      if (expression === 'INSTALL') installed = true;
      return expression === 'DRAIN' && installed ? JSON.stringify(drainWith(true)) : null;
    });
    driver.start();
    await settle();
    expect(fake.evaluated).toEqual(['DRAIN', 'INSTALL']);
    clock.runAll();
    await settle();
    expect(drains).toHaveLength(1);
    expect(drains[0]?.requests[0]?.url).toBe('https://api.openai.com/v1/chat/completions');
    expect(driver.status().droppedChunks).toBe(3);
  });

  it('polls every 150 ms while a request is open and every 500 ms otherwise', async () => {
    let open = true;
    const { driver, clock } = driverFor(() => JSON.stringify(drainWith(open)));
    driver.start();
    await settle();
    expect(clock.delays()).toEqual([OPEN_INTERVAL_MS]);
    open = false;
    clock.runAll();
    await settle();
    expect(clock.delays()).toEqual([IDLE_INTERVAL_MS]);
  });

  it('never has two evals in flight, and stop() ends polling at once', async () => {
    const { driver, fake, clock } = driverFor(() => JSON.stringify(drainWith(true)));
    driver.start();
    driver.start();
    await settle();
    clock.runAll();
    clock.runAll();
    await settle();
    expect(fake.maxInFlight()).toBe(1);
    driver.stop();
    expect(clock.delays()).toEqual([]);
    const before = fake.evaluated.length;
    clock.runAll();
    await settle();
    expect(fake.evaluated.length).toBe(before);
    expect(driver.status().polling).toBe(false);
  });

  it('says Live cannot run on a page that refuses eval, and keeps asking slowly', async () => {
    const { driver, clock } = driverFor(() => [
      undefined,
      { isError: true, code: 'E_FAILED', description: 'Cannot access a chrome:// URL' },
    ]);
    driver.start();
    await settle();
    expect(driver.status().unavailable).toContain('Cannot access a chrome:// URL');
    expect(clock.delays()).toEqual([REFUSED_INTERVAL_MS]);
  });

  it('retries quietly while the page navigates ("no execution context")', async () => {
    const { driver, clock } = driverFor(() => [
      undefined,
      { isError: true, code: 'E_PROTOCOLERROR', description: 'Cannot find default execution context' },
    ]);
    driver.start();
    await settle();
    expect(driver.status().unavailable).toBeNull();
    expect(clock.delays()).toEqual([IDLE_INTERVAL_MS]);
  });

  it.each([
    ['a string beyond 8 MiB', 'x'.repeat(MAX_DRAIN_CHARS + 1)],
    ['a number instead of a JSON string', 42],
    ['text that is not JSON', '{"tap":'],
    ['JSON that is not a drain', JSON.stringify({ tap: 'llm-network-inspector', version: 1, installId: 7 })],
    [
      'a drain with a chunk of the wrong type',
      JSON.stringify({ ...drainWith(true), requests: [{ ...drainWith(true).requests[0], chunks: [{ at: '1', text: 2 }] }] }),
    ],
  ])('rejects and counts %s, delivering nothing', async (_name, answer) => {
    const { driver, drains, clock } = driverFor(() => answer);
    driver.start();
    await settle();
    clock.runAll();
    await settle();
    expect(drains).toEqual([]);
    expect(driver.status().rejectedDrains).toBe(2);
    expect(driver.status().lastRejection).not.toBeNull();
  });

  it('keeps polling when a listener throws', async () => {
    const fake = fakeInspectedPage(() => JSON.stringify(drainWith(true)));
    const clock = manualTimers();
    const driver = createLiveDriver({
      page: fake.page,
      expressions,
      timers: clock.timers,
      onDrain: () => {
        throw new Error('listener bug');
      },
      onStatus: () => undefined,
    });
    driver.start();
    await settle();
    expect(clock.delays()).toEqual([IDLE_INTERVAL_MS]);
  });

  it('reloads with the injected script for "Reload and capture"', () => {
    const { driver, fake } = driverFor(() => null);
    driver.reloadAndCapture();
    expect(fake.reloads).toEqual([{ injectedScript: 'INJECT' }]);
  });
});
