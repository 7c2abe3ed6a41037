/**
 * A module in a chunk of its own (issue 16, item 4), for code a click needs rather than a view:
 * `loaded()` is the module once it is in (so a handler can run at once, as it did before), `load()`
 * fetches it once; a failed load is forgotten, so the next try fetches again.
 */
export type LazyModule<M> = {
  readonly load: () => Promise<M>;
  readonly loaded: () => M | null;
};

export function lazyModule<M>(importModule: () => Promise<M>): LazyModule<M> {
  let module: M | null = null;
  let loading: Promise<M> | null = null;
  const load = (): Promise<M> =>
    (loading ??= importModule().then(
      (value) => (module = value),
      (error: unknown) => {
        loading = null;
        throw error;
      },
    ));
  return { load, loaded: () => module };
}
