/** Bounded waiting for the browser driver (and e2e, bench, npm start): every wait ends, with a message saying what never happened. */

/** Polls every 100 ms until `check` is truthy; a check that throws counts as not yet. */
export async function pollUntil(check: () => Promise<unknown>, timeoutMs: number, description: string | (() => string)): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      // At least 1 s per check, so a check started just before the deadline reports its own error.
      if (await withTimeout(check(), Math.max(deadline - Date.now(), 1_000), 'one check')) return;
      lastError = undefined;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() >= deadline) {
      const message = typeof description === 'string' ? description : description();
      throw new Error(lastError instanceof Error ? `${message} (last error: ${lastError.message})` : message);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      reject(new Error(`${what} took longer than ${ms / 1000} s`));
    }, ms);
  });
  return Promise.race([promise, timeout]).finally(() => {
    clearTimeout(timer);
  });
}
