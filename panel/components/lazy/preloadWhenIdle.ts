/**
 * Starts `preload` when the page is next idle, after what it is painting (or on the next task
 * where the page has no idle callbacks, as under happy-dom). A failure is left to the view that
 * needs the code: it says so then. Returns the cancel.
 */
export function preloadWhenIdle(preload: () => Promise<unknown>): () => void {
  const run = () => {
    preload().catch(() => undefined);
  };
  if ('requestIdleCallback' in globalThis) {
    const id = requestIdleCallback(run, { timeout: 2_000 });
    return () => {
      cancelIdleCallback(id);
    };
  }
  const id = setTimeout(run, 0);
  return () => {
    clearTimeout(id);
  };
}
