import { Virtualizer, elementScroll, observeElementOffset, observeElementRect } from '@tanstack/virtual-core';
import type { Rect } from '@tanstack/virtual-core';
import { useLayoutEffect, useReducer, useState } from 'preact/hooks';

type Options = {
  readonly count: number;
  /** Every row has this height in CSS pixels (rows are one line; no measuring needed). */
  readonly rowHeight: number;
  readonly getScrollElement: () => HTMLElement | null;
  /**
   * The viewport height to assume while the scroll element measures 0 (not laid out yet, or
   * happy-dom in tests, which has no layout): enough rows for a first screen still render.
   */
  readonly fallbackHeight: number;
  /** Rows rendered beyond each edge of the viewport (8 unless told). */
  readonly overscan?: number;
};

/**
 * @tanstack/virtual-core bound to Preact, the way @tanstack/react-virtual binds it to React: one
 * Virtualizer per component, options refreshed on every render, a re-render whenever the
 * visible range changes. Only the rows in view (plus a few) are ever in the DOM, so a stream of
 * 200,000 events costs the same to show as one of 20.
 */
export function useVirtualizer({
  count,
  rowHeight,
  getScrollElement,
  fallbackHeight,
  overscan = 8,
}: Options): Virtualizer<HTMLElement, HTMLElement> {
  const [, rerender] = useReducer((tick: number) => tick + 1, 0);
  const options = {
    count,
    getScrollElement,
    estimateSize: () => rowHeight,
    overscan,
    initialRect: { width: 0, height: fallbackHeight },
    scrollToFn: elementScroll,
    observeElementOffset,
    observeElementRect: (instance: Virtualizer<HTMLElement, HTMLElement>, report: (rect: Rect) => void) =>
      observeElementRect(instance, (rect) => {
        report(rect.height > 0 ? rect : { width: rect.width, height: fallbackHeight });
      }),
    onChange: () => {
      rerender(undefined);
    },
  };
  const [virtualizer] = useState(() => new Virtualizer<HTMLElement, HTMLElement>(options));
  virtualizer.setOptions(options);
  useLayoutEffect(() => virtualizer._didMount(), [virtualizer]);
  useLayoutEffect(() => {
    virtualizer._willUpdate();
  });
  return virtualizer;
}
