import { Component } from 'preact';
import type { ComponentChildren, VNode } from 'preact';

type Props = {
  /** The exchange the row shows now: the list reuses a row's elements for another exchange as it scrolls. */
  readonly exchangeId: string;
  readonly fallback: (error: unknown) => VNode;
  readonly children: ComponentChildren;
};
type State = { readonly error: { readonly thrown: unknown } | null; readonly exchangeId: string };

/**
 * components/RenderBoundary for a list row, whose elements are kept while the row shows another
 * exchange (ExchangeList keys rows by their slot in the window, not by exchange): the fallback of
 * one exchange whose cells threw must not stay on the next, so the error is forgotten when the
 * exchange changes. Keying the boundary by exchange instead would remake every cell at each scroll.
 */
export class RowBoundary extends Component<Props, State> {
  override state: State = { error: null, exchangeId: this.props.exchangeId };

  static override getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.exchangeId === state.exchangeId ? null : { error: null, exchangeId: props.exchangeId };
  }

  static override getDerivedStateFromError(thrown: unknown): Partial<State> {
    return { error: { thrown } };
  }

  override render() {
    const { error } = this.state;
    return error === null ? this.props.children : this.props.fallback(error.thrown);
  }
}
