import type { FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { describeError } from '../../store/exchangeEntry';
import { LoadingNote } from './LoadingNote';

/**
 * A view whose code is in a chunk of its own (issue 16, item 4): what the first paint does not
 * need is not fetched and evaluated before it. `View` renders at once when the code is in (so a
 * second use, or one after `preload`, is synchronous); until then a "Loading…" note, never a blank.
 * A chunk that cannot load is thrown while rendering, so the caller's RenderBoundary shows its
 * fallback (the raw body), and the next render tries again.
 */
export type LazyView<P> = {
  readonly View: FunctionComponent<P>;
  /** Starts the load (once); resolves with the view, rejects when its chunk cannot load. */
  readonly preload: () => Promise<FunctionComponent<P>>;
};

type ViewState<P> = { readonly view: FunctionComponent<P> } | { readonly failed: unknown } | null;

/** `what` names the view in the loading note and in the error: "the Raw tab". */
export function lazyView<P extends object>(load: () => Promise<FunctionComponent<P>>, what: string): LazyView<P> {
  let loaded: FunctionComponent<P> | null = null;
  let loading: Promise<FunctionComponent<P>> | null = null;
  const preload = (): Promise<FunctionComponent<P>> =>
    (loading ??= load().then(
      (view) => (loaded = view),
      (error: unknown) => {
        loading = null;
        throw error;
      },
    ));

  function View(props: P) {
    const [state, setState] = useState<ViewState<P>>(() => (loaded === null ? null : { view: loaded }));
    useEffect(() => {
      if (state !== null) return undefined;
      let mounted = true;
      preload().then(
        (view) => {
          if (mounted) setState({ view });
        },
        (failed: unknown) => {
          if (mounted) setState({ failed });
        },
      );
      return () => {
        mounted = false;
      };
    }, [state]);
    if (state === null) return <LoadingNote what={what} />;
    if ('failed' in state) throw new Error(`${what} could not be loaded: ${describeError(state.failed)}`);
    const Loaded = state.view;
    return <Loaded {...props} />;
  }
  return { View, preload };
}
