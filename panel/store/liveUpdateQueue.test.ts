import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CapturedExchange } from '../../decode/index';
import { createLiveUpdateQueue } from './liveUpdateQueue';

/** A live exchange as the tap hands it on: `chars` of body so far. */
const update = (id: string, body: string): CapturedExchange => ({
  id,
  url: 'https://api.openai.com/v1/chat/completions',
  method: 'POST',
  status: 200,
  startedAt: 1_764_061_200_000,
  durationMs: null,
  requestHeaders: [],
  requestBody: null,
  responseHeaders: [],
  mimeType: 'text/event-stream',
  body,
  timings: {},
  source: 'live',
  tapped: { arrivals: [], responseAt: null, outcome: 'in-flight', endedAt: null, confirmed: false },
});

/** The page's idle callbacks, run by hand. */
const idleTurns = () => {
  const turns: (() => void)[] = [];
  return {
    schedule: (work: () => void) => {
      turns.push(work);
    },
    get waiting() {
      return turns.length;
    },
    runNext: () => {
      turns.shift()?.();
    },
  };
};

afterEach(() => {
  vi.restoreAllMocks();
});

describe('live updates taken in when the panel has time', () => {
  it('without a schedule, receives each update at once and asks for a commit only when the log changed', () => {
    const seen: string[] = [];
    const commits = vi.fn();
    const queue = createLiveUpdateQueue(
      undefined,
      (exchange) => {
        seen.push(`${exchange.id}:${exchange.body ?? ''}`);
        return exchange.id !== 'not-llm';
      },
      commits,
    );
    queue.add(update('live-1', 'a'));
    queue.add(update('not-llm', 'b'));
    expect(seen).toEqual(['live-1:a', 'not-llm:b']);
    expect(commits).toHaveBeenCalledTimes(1);
  });

  it('waits for the idle turn; a newer update of the same request replaces the one still waiting, oldest request first', () => {
    const idle = idleTurns();
    const seen: string[] = [];
    const commits = vi.fn();
    const queue = createLiveUpdateQueue(
      idle.schedule,
      (exchange) => {
        seen.push(`${exchange.id}:${exchange.body ?? ''}`);
        return true;
      },
      commits,
    );
    queue.add(update('live-1', 'The'));
    queue.add(update('live-2', 'A'));
    queue.add(update('live-1', 'The model'));
    expect(seen).toEqual([]);
    expect(idle.waiting).toBe(1);
    idle.runNext();
    expect(seen).toEqual(['live-1:The model', 'live-2:A']);
    expect(commits).toHaveBeenCalledTimes(1);
    expect(idle.waiting).toBe(0);
  });

  it('stops a turn after about 10 ms of work and takes the rest in the next', () => {
    let clock = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => clock);
    const idle = idleTurns();
    const seen: string[] = [];
    const commits = vi.fn();
    // Each update costs 6 ms to decode: two fit in a turn (0 → 6 → 12), the third waits.
    const queue = createLiveUpdateQueue(
      idle.schedule,
      (exchange) => {
        clock += 6;
        seen.push(exchange.id);
        return true;
      },
      commits,
    );
    for (const id of ['live-1', 'live-2', 'live-3']) queue.add(update(id, 'x'));
    idle.runNext();
    expect(seen).toEqual(['live-1', 'live-2']);
    expect(commits).toHaveBeenCalledTimes(1);
    expect(idle.waiting).toBe(1);
    idle.runNext();
    expect(seen).toEqual(['live-1', 'live-2', 'live-3']);
    expect(commits).toHaveBeenCalledTimes(2);
  });

  it('forgets what waits when the log is cleared', () => {
    const idle = idleTurns();
    const receive = vi.fn(() => true);
    const commits = vi.fn();
    const queue = createLiveUpdateQueue(idle.schedule, receive, commits);
    queue.add(update('live-1', 'The'));
    queue.clear();
    idle.runNext();
    expect(receive).not.toHaveBeenCalled();
    expect(commits).not.toHaveBeenCalled();
  });
});
