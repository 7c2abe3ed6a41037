// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_TAP_CONFIG, pageTap, type TapConfig } from './pageTap';
import { TapDrain } from './tapDrain';

/**
 * The tap's bookkeeping, run in a DOM stand-in over a fake `fetch` that answers a stream of the
 * given chunks: what a drain lists, what the bounds drop. The real browser checks (same rendering,
 * cancel, pacing) are e2e/liveTap.spec.ts.
 */
const KEY = Symbol.for('llm-network-inspector.tap');
const host = window as unknown as Record<symbol, unknown>;
const realFetch: unknown = Reflect.get(window, 'fetch');
const currentFetch = (): unknown => Reflect.get(window, 'fetch');

const answerWith = (chunks: readonly string[]) => {
  window.fetch = () => {
    const encoder = new TextEncoder();
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const chunk of chunks) controller.enqueue(encoder.encode(chunk));
        controller.close();
      },
    });
    return Promise.resolve(new Response(body, { headers: { 'content-type': 'text/event-stream' } }));
  };
};

const drain = (): TapDrain => {
  const state = host[KEY] as { drain: () => string };
  const parsed: unknown = JSON.parse(state.drain());
  if (!TapDrain.is(parsed)) throw new Error('not a TapDrain');
  return parsed;
};

const chat = (body = '{"messages":[]}') => fetch('https://api.example/v1/chat/completions', { method: 'POST', body });

beforeEach(() => {
  Reflect.deleteProperty(window, KEY);
});
afterEach(() => {
  Reflect.set(window, 'fetch', realFetch);
  Reflect.deleteProperty(window, KEY);
});

describe('the tap in a page (DOM stand-in)', () => {
  it('lists a request with its chunks once, then its end once, then forgets it', async () => {
    answerWith(['data: a\n\n', 'data: b\n\n']);
    pageTap(DEFAULT_TAP_CONFIG);
    const response = await chat();
    expect(await response.text()).toBe('data: a\n\ndata: b\n\n');
    const first = drain();
    expect(first.requests).toHaveLength(1);
    expect(first.requests[0]?.chunks.map((chunk) => chunk.text)).toEqual(['data: a\n\n', 'data: b\n\n']);
    expect(first.requests[0]?.end?.outcome).toBe('complete');
    expect(first.requests[0]?.requestBody).toBe('{"messages":[]}');
    expect(drain().requests).toEqual([]);
  });

  it('keeps at most maxBufferedChunks undrained and counts the newest it dropped', async () => {
    answerWith(['1', '2', '3', '4', '5']);
    pageTap({ ...DEFAULT_TAP_CONFIG, maxBufferedChunks: 2 });
    await (await chat()).text();
    const drained = drain();
    expect(drained.requests[0]?.chunks.map((chunk) => chunk.text)).toEqual(['1', '2']);
    expect(drained.dropped).toEqual({ chunks: 3, bytes: 3 });
    expect(drained.requests[0]?.droppedChunks).toBe(3);
  });

  it('frees the buffer at each drain', async () => {
    answerWith(['1', '2']);
    pageTap({ ...DEFAULT_TAP_CONFIG, maxBufferedChunks: 2 });
    await (await chat()).text();
    drain();
    await (await chat()).text();
    expect(drain().requests[0]?.chunks.map((chunk) => chunk.text)).toEqual(['1', '2']);
  });

  it('keeps at most maxBufferedBytes undrained', async () => {
    answerWith(['aaaa', 'bbbb', 'cc']);
    pageTap({ ...DEFAULT_TAP_CONFIG, maxBufferedBytes: 6 });
    await (await chat()).text();
    const drained = drain();
    expect(drained.requests[0]?.chunks.map((chunk) => chunk.text)).toEqual(['aaaa', 'cc']);
    expect(drained.dropped).toEqual({ chunks: 1, bytes: 4 });
  });

  it('cuts a long request body and says so', async () => {
    answerWith(['x']);
    pageTap({ ...DEFAULT_TAP_CONFIG, maxRequestBodyChars: 20 });
    const body = JSON.stringify({ messages: [{ role: 'user', content: 'a long question' }] });
    await (await chat(body)).text();
    const [request] = drain().requests;
    expect(request?.requestBody).toBe(body.slice(0, 20));
    expect(request?.requestBodyCut).toBe(true);
  });

  it('sends a request body in the first drain that lists it only, null in the later ones', async () => {
    answerWith(['data: a\n\n']);
    pageTap({ ...DEFAULT_TAP_CONFIG, maxRequestBodyChars: 20 });
    const body = JSON.stringify({ messages: [{ role: 'user', content: 'a long question' }] });
    const response = await chat(body);
    const [first] = drain().requests;
    expect(first?.requestBody).toBe(body.slice(0, 20));
    expect(first?.end).toBeNull();
    const [second] = drain().requests;
    expect(second?.id).toBe(first?.id);
    expect(second?.requestBody).toBeNull();
    expect(second?.requestBodyCut).toBe(true);
    await response.text();
    const [last] = drain().requests;
    expect(last?.chunks.map((chunk) => chunk.text)).toEqual(['data: a\n\n']);
    expect(last?.end?.outcome).toBe('complete');
    expect(last?.requestBody).toBeNull();
  });

  it('tracks at most maxTrackedRequests at once', async () => {
    answerWith(['x']);
    const config: TapConfig = { ...DEFAULT_TAP_CONFIG, maxTrackedRequests: 2 };
    pageTap(config);
    await Promise.all([chat(), chat(), chat()]);
    expect(drain().requests).toHaveLength(2);
  });

  it('installs once: a second install answers the first install id', () => {
    answerWith([]);
    const first = pageTap(DEFAULT_TAP_CONFIG);
    const wrapped = currentFetch();
    expect(pageTap(DEFAULT_TAP_CONFIG)).toBe(first);
    expect(currentFetch()).toBe(wrapped);
    expect(Object.keys(window)).not.toContain(KEY.description);
  });
});
