import type { ScheduleCommit } from './commitBatcher';

/** What of the page's window the schedule uses. */
export type FrameClock = {
  requestAnimationFrame(callback: () => void): number;
  cancelAnimationFrame(handle: number): void;
  setTimeout(callback: () => void, ms: number): number;
  clearTimeout(handle: number): void;
};

/**
 * The panel page's commit schedule: just before the next frame is painted (an animation frame
 * callback; the render it causes runs in the microtasks right after it, so the frame shows it),
 * or after `fallbackMs` when no frame comes: a panel DevTools is not showing gets no animation
 * frames, and its log must still take in what arrives (and drop what the memory limits drop).
 */
export function beforeNextPaint(window: FrameClock, fallbackMs = 100): ScheduleCommit {
  return (commit) => {
    let done = false;
    const run = (): void => {
      if (done) return;
      done = true;
      window.cancelAnimationFrame(frame);
      window.clearTimeout(timer);
      commit();
    };
    const frame = window.requestAnimationFrame(run);
    const timer = window.setTimeout(run, fallbackMs);
  };
}
