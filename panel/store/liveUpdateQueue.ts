import type { CapturedExchange } from '../../decode/index';
import type { ScheduleWork } from './pendingDecodes';

/** Live updates taken in one go before the page gets its turn again: well within a 50 ms long task. */
const SLICE_MS = 10;

/**
 * What the Live tap reports (issue 14), taken into the log when the page has time. Each update of
 * a request in flight carries its whole body so far, decoded again for its row; one drain hands on
 * every open request at once, and 20 streams decoded in that one task made tasks of 100–300 ms in
 * the panel (bench/liveLoad.ts). Here updates wait by exchange id, a newer one replacing the one
 * still waiting (it holds everything the older did, so nothing is lost, and a panel short of time
 * decodes less often), and are received oldest first in slices of about 10 ms, `received` told
 * after each slice that listed or changed something (the store commits then). Without a schedule
 * (tests, the shell) each is received at once.
 */
export function createLiveUpdateQueue(
  schedule: ScheduleWork | undefined,
  receive: (exchange: CapturedExchange) => boolean,
  received: () => void,
) {
  const waiting = new Map<string, CapturedExchange>();
  let scheduled = false;

  const slice = (): void => {
    scheduled = false;
    const started = performance.now();
    let changed = false;
    for (const [id, exchange] of waiting) {
      if (performance.now() - started >= SLICE_MS) break;
      waiting.delete(id);
      if (receive(exchange)) changed = true;
    }
    if (changed) received();
    if (waiting.size > 0) request();
  };
  const request = (): void => {
    if (scheduled || schedule === undefined) return;
    scheduled = true;
    schedule(slice);
  };

  return {
    add(exchange: CapturedExchange): void {
      if (schedule === undefined) {
        if (receive(exchange)) received();
        return;
      }
      waiting.set(exchange.id, exchange);
      request();
    },
    /** Updates still waiting (the log was cleared: they belong to what was cleared). */
    clear(): void {
      waiting.clear();
    },
  };
}
