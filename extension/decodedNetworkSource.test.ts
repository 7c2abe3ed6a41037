import { describe, expect, it } from 'vitest';
import { startCapture } from './capture';
import { CaptureBuffer } from './captureBuffer';
import { decodedNetworkSource, type CaptureSlicing } from './decodedNetworkSource';
import { FakeDevtoolsNetwork, chromeRequest } from './fakeDevtoolsNetwork';
import { settle } from '../testing/settle';

const urlOf = (index: number) => `https://api.openai.com/v1/chat/completions?call=${index}`;

/** A devtools page that captured `count` requests before the panel was shown, as extension/devtools.ts wires it. */
async function capturedBefore(count: number) {
  const network = new FakeDevtoolsNetwork();
  const buffer = new CaptureBuffer();
  startCapture(network, buffer);
  for (let index = 0; index < count; index += 1) network.onRequestFinished.fire(chromeRequest({ url: urlOf(index), body: '{}' }));
  await settle();
  return { network, buffer };
}

/** A clock where each reading costs 1 ms, and tasks that run only when the test says. */
function fakeSlicing(sliceMs: number) {
  let time = 0;
  const tasks: (() => void)[] = [];
  const slicing: CaptureSlicing = {
    now: () => (time += 1),
    nextTask: (work) => tasks.push(work),
    sliceMs,
  };
  const runNextTask = async () => {
    tasks.shift()?.();
    // The task's microtasks run before the next task, as in a browser.
    await Promise.resolve();
  };
  return { slicing, tasks, runNextTask };
}

describe('the captures handed over when the panel is first shown', () => {
  it('lists all at once without slicing, as the tests and the shell use it', async () => {
    const { buffer } = await capturedBefore(50);
    const listed: string[] = [];
    decodedNetworkSource(buffer).onExchange((exchange) => listed.push(exchange.url));
    expect(listed).toHaveLength(50);
  });

  it('validates a slice in the showing task and the rest in later tasks, oldest first', async () => {
    const { buffer } = await capturedBefore(50);
    const { slicing, tasks, runNextTask } = fakeSlicing(8);
    const listed: string[] = [];
    decodedNetworkSource(buffer, slicing).onExchange((exchange) => listed.push(exchange.url));
    const firstTask = listed.length;
    expect(firstTask).toBeGreaterThan(0);
    expect(firstTask).toBeLessThan(50);
    await Promise.resolve();
    for (let task = 0; task < 100 && tasks.length > 0; task += 1) await runNextTask();
    expect(listed).toEqual(Array.from({ length: 50 }, (_, index) => urlOf(index)));
  });

  it('lists a capture that arrives behind the backlog after it, and one that arrives alone at once', async () => {
    const { network, buffer } = await capturedBefore(30);
    const { slicing, tasks, runNextTask } = fakeSlicing(4);
    const listed: string[] = [];
    decodedNetworkSource(buffer, slicing).onExchange((exchange) => listed.push(exchange.url));
    await Promise.resolve();
    network.onRequestFinished.fire(chromeRequest({ url: urlOf(30), body: '{}' }));
    await settle();
    expect(listed).not.toContain(urlOf(30));
    for (let task = 0; task < 100 && tasks.length > 0; task += 1) await runNextTask();
    expect(listed).toEqual(Array.from({ length: 31 }, (_, index) => urlOf(index)));
    network.onRequestFinished.fire(chromeRequest({ url: urlOf(31), body: '{}' }));
    await settle();
    expect(listed.at(-1)).toBe(urlOf(31));
    expect(tasks).toEqual([]);
  });

  it('validates captures arriving after the replay as they come, even many in one task', async () => {
    const { network, buffer } = await capturedBefore(0);
    const { slicing, tasks } = fakeSlicing(4);
    const listed: string[] = [];
    decodedNetworkSource(buffer, slicing).onExchange((exchange) => listed.push(exchange.url));
    // 100 in one task: a sliced source would keep most of them waiting for later tasks.
    for (let index = 0; index < 100; index += 1) network.onRequestFinished.fire(chromeRequest({ url: urlOf(index), body: '{}' }));
    await settle();
    expect(listed).toEqual(Array.from({ length: 100 }, (_, index) => urlOf(index)));
    expect(tasks).toEqual([]);
  });

  it('validates nothing more once the panel unsubscribed', async () => {
    const { buffer } = await capturedBefore(40);
    const { slicing, tasks, runNextTask } = fakeSlicing(4);
    const listed: string[] = [];
    const stop = decodedNetworkSource(buffer, slicing).onExchange((exchange) => listed.push(exchange.url));
    const before = listed.length;
    stop();
    for (let task = 0; task < 100 && tasks.length > 0; task += 1) await runNextTask();
    expect(listed).toHaveLength(before);
  });
});
