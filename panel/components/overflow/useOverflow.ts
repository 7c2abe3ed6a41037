import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { fitItems } from './fitItems';

type Options = {
  readonly count: number;
  /** Pixels kept for the » button when some items do not fit. */
  readonly reserve: number;
  /** An index that stays shown whatever the width (the selected tab). */
  readonly mustShow?: number | null;
};

/**
 * Which of a bar's items fit on its one line, as DevTools' toolbars and tab strips decide: the bar
 * (the returned ref, which also holds the » button) holds the items, marked `data-overflow-index`; a ResizeObserver on
 * the bar and on them re-measures when the panel or an item changes size. An item's width is read
 * while it is in the bar and remembered, so one moved into the » menu is still known when the bar
 * grows. A child marked `data-overflow-flexible` (a spacer) counts as 0. Without layout (happy-dom)
 * everything shows.
 */
export function useOverflow({ count, reserve, mustShow = null }: Options) {
  const bar = useRef<HTMLDivElement>(null);
  const widths = useRef<number[]>([]);
  const [shown, setShown] = useState<readonly number[]>(() => Array.from({ length: count }, (_, index) => index));

  useLayoutEffect(() => {
    const element = bar.current;
    if (element === null) return undefined;
    const measure = () => {
      const style = getComputedStyle(element);
      const gap = Number.parseFloat(style.columnGap) || 0;
      const available = element.clientWidth - (Number.parseFloat(style.paddingLeft) || 0) - (Number.parseFloat(style.paddingRight) || 0);
      for (const item of element.querySelectorAll<HTMLElement>('[data-overflow-index]')) {
        const index = Number(item.dataset.overflowIndex);
        widths.current[index] = item.dataset.overflowFlexible === undefined ? Math.ceil(item.getBoundingClientRect().width) : 0;
      }
      const known = Array.from({ length: count }, (_, index) => widths.current[index] ?? 0);
      const next = fitItems(known, available, reserve, gap, mustShow);
      setShown((current) => (current.length === next.length && current.every((index, at) => index === next[at]) ? current : next));
    };
    measure();
    if (typeof ResizeObserver !== 'function') return undefined;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    element.querySelectorAll('[data-overflow-index]').forEach((item) => {
      observer.observe(item);
    });
    return () => {
      observer.disconnect();
    };
  });

  return { bar, shown, hidden: Array.from({ length: count }, (_, index) => index).filter((index) => !shown.includes(index)) };
}
