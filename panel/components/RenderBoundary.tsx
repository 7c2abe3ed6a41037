import { Component } from 'preact';
import type { ComponentChildren, VNode } from 'preact';

type Props = {
  /** What to show instead of the children once one of them threw while rendering. */
  readonly fallback: (error: unknown) => VNode;
  readonly children: ComponentChildren;
};
type State = { readonly error: { readonly thrown: unknown } | null };

/**
 * Keeps one row or one detail view from blanking the whole panel: a response shaped in a way the
 * components did not foresee shows its fallback (the raw body and the error) instead. Give it a
 * `key` per exchange so a new selection starts clean.
 */
export class RenderBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static override getDerivedStateFromError(thrown: unknown): State {
    return { error: { thrown } };
  }

  override render() {
    const { error } = this.state;
    return error === null ? this.props.children : this.props.fallback(error.thrown);
  }
}
