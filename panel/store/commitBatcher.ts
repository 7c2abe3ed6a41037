/** Schedules work to run once, soon (store/nextPaint.ts: before the next frame is painted). */
export type ScheduleCommit = (commit: () => void) => void;

/**
 * Coalesces requests into one call of `commit` per scheduled turn: the first request schedules it,
 * those that follow before it runs ride along. Without a scheduler every request commits at once.
 */
export function createCommitBatcher(schedule: ScheduleCommit | undefined, commit: () => void) {
  let scheduled = false;
  const run = (): void => {
    scheduled = false;
    commit();
  };
  return {
    request(): void {
      if (schedule === undefined) {
        commit();
        return;
      }
      if (scheduled) return;
      scheduled = true;
      schedule(run);
    },
  };
}
