/**
 * Timeouts for the browser's answers, on one timer for all of them. Every getContent of a burst
 * waits under a 10 s timeout that almost never fires: a `setTimeout` and a `clearTimeout` each cost
 * the devtools page ~2.6 and ~4.9 µs (75 ms of a 10,000-exchange burst's listing in the CPU
 * profile, round s9 delivery in bench/README.md), while a Set add and delete cost a fraction of it.
 * The one timer is armed for the earliest deadline and re-armed when it fires; cancelling only
 * forgets the entry. The timer is left armed when nothing waits: in a burst the answers come one by
 * one, so clearing it at each would cost the clearTimeout and setTimeout this saves; firing with
 * nothing to do costs nothing.
 */
export interface Deadlines {
  /** Runs `expired` `ms` from now unless the returned cancel runs first. */
  after(ms: number, expired: () => void): () => void;
}

interface Waiting {
  readonly at: number;
  readonly expired: () => void;
}

export function sharedDeadlines(now: () => number = () => performance.now()): Deadlines {
  const waiting = new Set<Waiting>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let armedAt = Number.POSITIVE_INFINITY;

  // Re-armed only for a deadline earlier than the armed one (a shorter timeout), or when it fired.
  const arm = (at: number): void => {
    if (timer !== undefined) clearTimeout(timer);
    armedAt = at;
    timer = setTimeout(fire, Math.max(0, at - now()));
  };

  function fire(): void {
    timer = undefined;
    armedAt = Number.POSITIVE_INFINITY;
    const time = now();
    let next = Number.POSITIVE_INFINITY;
    for (const entry of [...waiting]) {
      if (entry.at <= time) {
        waiting.delete(entry);
        entry.expired();
      } else next = Math.min(next, entry.at);
    }
    // An expiry may have added a deadline (and armed the timer) already.
    if (next < armedAt) arm(next);
  }

  return {
    after(ms, expired) {
      const entry: Waiting = { at: now() + ms, expired };
      waiting.add(entry);
      if (entry.at < armedAt) arm(entry.at);
      return () => {
        waiting.delete(entry);
      };
    },
  };
}
