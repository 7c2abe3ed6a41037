import type { ScheduleWork } from './pendingDecodes';

/** What of the page's window the schedule uses. */
export type IdleClock = {
  requestIdleCallback(callback: () => void, options: { timeout: number }): number;
};

/**
 * The panel page's schedule for decoding a burst: when the page is idle (after it has taken in
 * what arrived and painted), or after `timeoutMs` at the latest, so that decoding goes on while
 * captures keep arriving.
 */
export function whenIdle(window: IdleClock, timeoutMs = 100): ScheduleWork {
  return (work) => {
    window.requestIdleCallback(work, { timeout: timeoutMs });
  };
}
