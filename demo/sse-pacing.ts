/**
 * Writes SSE events one by one with a delay between them, so the browser (and the inspector) sees a
 * stream arrive in pieces like a real provider's, yet a 990-event recording still ends quickly.
 */
import type { ServerResponse } from 'node:http';
import { once } from 'node:events';

export const DEFAULT_PACING_MS = 15;
export const DEFAULT_STREAM_CAP_MS = 1500;

/** The delay between two events: `pacingMs`, shrunk so the whole stream fits in `capMs`. */
export function eventDelay(eventCount: number, pacingMs: number, capMs: number): number {
  if (eventCount < 2 || pacingMs <= 0) return 0;
  return Math.min(pacingMs, capMs / (eventCount - 1));
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Waits until the response can take more, or is gone. The listener that loses the race is removed
 * (through the signal), or a long stream would pile up listeners until Node warns of a leak.
 */
async function drainOrClose(res: ServerResponse): Promise<void> {
  const loser = new AbortController();
  const quietly = (waiting: Promise<unknown>) => waiting.catch(() => undefined);
  await Promise.race([quietly(once(res, 'drain', { signal: loser.signal })), quietly(once(res, 'close', { signal: loser.signal }))]);
  loser.abort();
}

/**
 * Writes every event, then ends the response. Event i is due at i × delay from the start; when
 * timers fire late (delays under a millisecond), every event already due goes out at once. Stops
 * quietly if the client goes away.
 */
export async function writePacedEvents(res: ServerResponse, events: readonly Buffer[], delayMs: number): Promise<void> {
  const start = performance.now();
  for (const [i, event] of events.entries()) {
    const wait = start + i * delayMs - performance.now();
    if (wait > 0) await sleep(Math.max(1, wait));
    if (res.destroyed || res.writableEnded) return;
    if (!res.write(event)) await drainOrClose(res);
  }
  if (!res.destroyed) res.end();
}
