import { chromium, test as base, expect, type Browser, type Page } from '@playwright/test';
import { CHROMIUM } from '../browser/chromium';
import { DEFAULT_TAP_CONFIG, tapDrainExpression, tapInstallExpression, type TapConfig } from '../extension/live/pageTap';
import { TapDrain, type TapRequest } from '../extension/live/tapDrain';
import { pacedWord, startPacedStreamServer, type PacedStreamServer } from '../testing/pacedStreamServer';
import { renderEveryWay } from './liveTapRendering';

/**
 * The Live tap in a plain Chromium page (no DevTools: the expressions the panel evals are run with
 * page.evaluate): the page cannot tell it is there, cancel still closes the connection, drains
 * carry the server's pacing, the buffer is bounded.
 */
const test = base.extend<{ server: PacedStreamServer; browser: Browser; page: Page }>({
  // eslint-disable-next-line no-empty-pattern
  server: async ({}, use) => {
    const server = await startPacedStreamServer();
    try {
      await use(server);
    } finally {
      await server.close();
    }
  },
  // eslint-disable-next-line no-empty-pattern
  browser: async ({}, use) => {
    const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true });
    try {
      await use(browser);
    } finally {
      await browser.close();
    }
  },
  page: async ({ browser, server }, use) => {
    const page = await browser.newPage();
    await page.goto(server.url);
    await use(page);
  },
});

const install = (page: Page, config: TapConfig = DEFAULT_TAP_CONFIG) => page.evaluate<unknown>(tapInstallExpression(config));

/** One drain, decoded as the panel will: the JSON string through the TapDrain codec. */
async function drain(page: Page): Promise<TapDrain> {
  const raw = await page.evaluate<unknown>(tapDrainExpression());
  expect(typeof raw, 'the drain answers a JSON string').toBe('string');
  const parsed: unknown = JSON.parse(raw as string);
  if (!TapDrain.is(parsed)) throw new Error(`the drain does not match TapDrain: ${String(raw)}`);
  return parsed;
}

const byPath = (requests: readonly TapRequest[], path: string) => requests.filter((request) => new URL(request.url).pathname === path);
const idOf = (request: TapRequest) => new URL(request.url).searchParams.get('id');

test('a page renders every stream, body and error the same with the tap as without it', async ({ page, server }) => {
  const without = await page.evaluate(renderEveryWay, server.url);
  await page.reload();
  expect(typeof (await install(page))).toBe('string');
  const withTap = await page.evaluate(renderEveryWay, server.url);
  expect(withTap).toEqual(without);
  // The rendering really is a stream read in pieces, with the split character whole.
  expect((without['reader'] as { text: string }).text).toContain(pacedWord(1));
  expect(without['byob']).toBe((without['reader'] as { text: string }).text);

  const drained = await drain(page);
  const recorded = new Map(drained.requests.map((request) => [idOf(request), request]));
  const text = (id: string) => (recorded.get(id)?.chunks ?? []).map((chunk) => chunk.text).join('');
  expect(text('reader')).toBe((without['reader'] as { text: string }).text);
  expect(text('text')).toBe(text('reader'));
  expect(text('byob')).toBe(text('reader'));
  expect(text('xhr')).toBe(text('reader'));
  expect(recorded.get('xhr')?.api).toBe('xhr');
  expect(recorded.get('eventsource')?.api).toBe('eventsource');
  expect(text('eventsource')).toContain(`event: delta\nid: 1\ndata: ${pacedWord(1)}\ndata: second line\n\n`);
  expect(recorded.get('reader')?.requestBody).toContain('"messages"');
  expect(recorded.get('reader')?.requestHeaders).toContainEqual(['content-type', 'application/json']);
  expect(recorded.get('reader')?.response?.headers).toContainEqual(['x-paced', 'reader']);
  expect(recorded.get('xhr')?.requestHeaders).toEqual([['content-type', 'application/json']]);
  expect(recorded.get('reader')?.end?.outcome).toBe('complete');
  expect(recorded.get('abort-late')?.end?.outcome).toBe('aborted');
  expect(recorded.get('abort-early')?.end?.outcome).toBe('aborted');
  expect(byPath(drained.requests, '/plain.json')).toEqual([]);
  // Ended requests are forgotten once a drain reported their end.
  expect((await drain(page)).requests.filter((request) => request.end !== null)).toEqual([]);
});

test('installing twice keeps one tap; a page without the tap drains null', async ({ page }) => {
  expect(await page.evaluate<unknown>(tapDrainExpression())).toBeNull();
  const first = await install(page);
  expect(await install(page)).toBe(first);
  expect(await page.evaluate(() => Object.keys(window).some((key) => key.includes('llm')))).toBe(false);
  await page.reload();
  expect(await page.evaluate<unknown>(tapDrainExpression())).toBeNull();
});

test("drains show a stream while it is sent, with arrival times matching the server's pacing", async ({ page, server }) => {
  await install(page);
  const url = `${server.url}/v1/chat/completions?id=paced&events=6&pace=300`;
  await page.evaluate((target) => {
    void fetch(target, { method: 'POST', body: '{"messages":[]}' }).then(async (response) => {
      const reader = (response.body as ReadableStream<Uint8Array>).getReader();
      while (!(await reader.read()).done);
    });
  }, url);
  const requests = new Map<string, TapRequest[]>();
  let seenWhileSending = false;
  for (let round = 0; round < 60; round += 1) {
    const drained = await drain(page);
    for (const request of drained.requests) requests.set(request.id, [...(requests.get(request.id) ?? []), request]);
    const paced = drained.requests.find((request) => idOf(request) === 'paced');
    if (paced !== undefined && paced.chunks.length > 0 && server.log('paced')?.closedAt === null) seenWhileSending = true;
    if (paced?.end !== null && paced !== undefined) break;
    await page.waitForTimeout(100);
  }
  expect(seenWhileSending, 'a drain carried events before the server finished').toBe(true);
  const [history] = [...requests.values()];
  const chunks = (history ?? []).flatMap((request) => request.chunks);
  const body = chunks.map((chunk) => chunk.text).join('');
  const writes = server.log('paced')?.writes ?? [];
  expect(writes).toHaveLength(7);
  // The chunk holding the start of event i arrived when the server wrote it (same machine clock).
  const starts = [...body.matchAll(/data: /g)].map((match) => match.index);
  expect(starts).toHaveLength(7);
  const arrivals = starts.map((offset) => {
    let end = 0;
    return chunks.find((chunk) => (end += chunk.text.length) > offset)?.at ?? Number.NaN;
  });
  for (const [index, at] of arrivals.entries()) expect(Math.abs(at - (writes[index] ?? 0))).toBeLessThan(100);
  for (let index = 1; index < arrivals.length; index += 1) {
    const gap = (arrivals[index] ?? 0) - (arrivals[index - 1] ?? 0);
    expect(Math.abs(gap - ((writes[index] ?? 0) - (writes[index - 1] ?? 0)))).toBeLessThan(100);
  }
});

for (const live of [false, true]) {
  for (const how of ['reader.cancel()', 'AbortController.abort()'] as const) {
    test(`${how} closes the server's connection ${live ? 'with' : 'without'} the tap`, async ({ page, server }) => {
      if (live) await install(page);
      const id = `${how}-${live}`;
      const url = `${server.url}/v1/chat/completions?id=${encodeURIComponent(id)}&events=100&pace=100`;
      const stoppedAt = await page.evaluate(
        async ([target, cancel]) => {
          const controller = new AbortController();
          const response = await fetch(target, { method: 'POST', body: '{"messages":[]}', signal: controller.signal });
          const reader = (response.body as ReadableStream<Uint8Array>).getReader();
          await reader.read();
          await reader.read();
          if (cancel) await reader.cancel();
          else controller.abort();
          return Date.now();
        },
        [url, how === 'reader.cancel()'] as const,
      );
      await expect.poll(() => server.log(id)?.closedAt ?? null, { timeout: 5000 }).not.toBeNull();
      const log = server.log(id);
      // Closed while the server still had seconds of events to write: the cancel reached the network.
      expect(log?.finished).toBe(false);
      expect(log?.writes.length ?? 100).toBeLessThan(50);
      const closeLatency = (log?.closedAt ?? Number.POSITIVE_INFINITY) - stoppedAt;
      test.info().annotations.push({ type: 'close latency (ms)', description: String(closeLatency) });
      // Issue 14: the connection closes within 1 s of the page's cancel, as the server saw it (seen: 1-22 ms).
      expect(closeLatency).toBeLessThan(1000);
      if (live) {
        const [request] = (await drain(page)).requests;
        expect(request?.end?.outcome).toBe('aborted');
      }
    });
  }
}

test('a full buffer drops the newest chunks and counts them', async ({ page, server }) => {
  await install(page, { ...DEFAULT_TAP_CONFIG, maxBufferedChunks: 4, maxBufferedBytes: 1_000_000 });
  const text = await page.evaluate(async (target) => {
    const response = await fetch(target, { method: 'POST', body: '{"messages":[]}' });
    return response.text();
  }, `${server.url}/v1/chat/completions?id=overflow&events=12&pace=10`);
  const drained = await drain(page);
  const [request] = drained.requests;
  expect(request?.chunks).toHaveLength(4);
  expect(drained.dropped.chunks).toBeGreaterThan(0);
  expect(request?.droppedChunks).toBe(drained.dropped.chunks);
  expect(text.startsWith((request?.chunks ?? []).map((chunk) => chunk.text).join(''))).toBe(true);

  await page.reload();
  await install(page, { ...DEFAULT_TAP_CONFIG, maxBufferedBytes: 2000 });
  const big = await page.evaluate(async (target) => {
    const response = await fetch(target, { method: 'POST', body: '{"messages":[]}' });
    return (await response.text()).length;
  }, `${server.url}/v1/chat/completions?id=big&events=3&pace=10&padding=3000`);
  const bytesDrained = await drain(page);
  const kept = (bytesDrained.requests[0]?.chunks ?? []).map((chunk) => chunk.text).join('');
  expect(big).toBeGreaterThan(9000);
  expect(kept.length).toBeLessThanOrEqual(2000);
  expect(bytesDrained.dropped.bytes).toBeGreaterThanOrEqual(9000);
});
