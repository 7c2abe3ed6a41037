import { describe, expect, it } from 'vitest';
import { beforeNextPaint } from './nextPaint';
import type { FrameClock } from './nextPaint';

/** A window whose frames and timers run only when the test says so. */
const fakeWindow = () => {
  const frames = new Map<number, () => void>();
  const timers = new Map<number, () => void>();
  let next = 0;
  const page: FrameClock = {
    requestAnimationFrame: (callback: () => void) => {
      next += 1;
      frames.set(next, callback);
      return next;
    },
    cancelAnimationFrame: (id: number) => {
      frames.delete(id);
    },
    setTimeout: (callback: () => void) => {
      next += 1;
      timers.set(next, callback);
      return next;
    },
    clearTimeout: (id: number) => {
      timers.delete(id);
    },
  };
  const runAll = (queue: Map<number, () => void>) => {
    for (const [id, callback] of [...queue]) {
      queue.delete(id);
      callback();
    }
  };
  return {
    page,
    frames,
    timers,
    runFrames: () => {
      runAll(frames);
    },
    runTimers: () => {
      runAll(timers);
    },
  };
};

describe('before the next paint', () => {
  it('commits at the next frame, once, and forgets its fallback timer', () => {
    const fake = fakeWindow();
    const schedule = beforeNextPaint(fake.page);
    let commits = 0;
    schedule(() => (commits += 1));
    fake.runFrames();
    expect(commits).toBe(1);
    expect(fake.timers.size).toBe(0);
  });

  it('commits after the fallback time when no frame comes (a panel DevTools is not showing)', () => {
    const fake = fakeWindow();
    const schedule = beforeNextPaint(fake.page);
    let commits = 0;
    schedule(() => (commits += 1));
    fake.runTimers();
    expect(commits).toBe(1);
    expect(fake.frames.size).toBe(0);
  });
});
