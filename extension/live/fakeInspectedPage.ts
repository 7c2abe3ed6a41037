import type { InspectedPage, Timers } from './liveDriver';

/**
 * Test support: an inspected page whose eval answers from a script, as the polyfill resolves in
 * Chrome (a bare result, or `[undefined, exceptionInfo]` on failure), and timers run by hand.
 */
export function fakeInspectedPage(answer: (expression: string) => unknown) {
  const evaluated: string[] = [];
  const reloads: { injectedScript: string }[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const page: InspectedPage = {
    eval(expression) {
      evaluated.push(expression);
      inFlight += 1;
      maxInFlight = Math.max(maxInFlight, inFlight);
      return Promise.resolve()
        .then(() => answer(expression))
        .finally(() => {
          inFlight -= 1;
        });
    },
    reload(options) {
      reloads.push(options);
    },
  };
  return { page, evaluated, reloads, maxInFlight: () => maxInFlight };
}

export function manualTimers() {
  const pending = new Map<number, { readonly callback: () => void; readonly ms: number }>();
  let next = 1;
  const timers: Timers = {
    set(callback, ms) {
      const handle = next++;
      pending.set(handle, { callback, ms });
      return handle;
    },
    clear(handle) {
      pending.delete(handle);
    },
  };
  return {
    timers,
    /** The delays of the timers set and not yet run. */
    delays: (): number[] => [...pending.values()].map((timer) => timer.ms),
    /** Runs every timer set so far. */
    runAll(): void {
      const due = [...pending.values()];
      pending.clear();
      for (const timer of due) timer.callback();
    },
  };
}

/** Lets the fake page's Promise chains settle (a macrotask runs after every queued microtask). */
export async function settle(): Promise<void> {
  for (let i = 0; i < 3; i += 1) await new Promise((resolve) => setTimeout(resolve, 0));
}
