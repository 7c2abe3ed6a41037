import type { RefObject } from 'preact';
import { useLayoutEffect, useState } from 'preact/hooks';

/**
 * An element's inner width (clientWidth: without a scroll bar), kept current with a ResizeObserver (the panel's width changes when
 * DevTools is resized or re-docked, and the list's when the split moves). 0 until measured, and where
 * there is no layout (happy-dom in tests): callers treat 0 as "unknown".
 */
export function useElementWidth(ref: RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const element = ref.current;
    if (element === null || typeof ResizeObserver !== 'function') return undefined;
    const measure = () => {
      setWidth(element.clientWidth);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => {
      observer.disconnect();
    };
  }, [ref]);
  return width;
}
