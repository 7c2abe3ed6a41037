import { useLayoutEffect, useRef } from 'preact/hooks';

/**
 * The highlighted line is centred in view when it appears (every scroll box around it moves), and
 * again whenever one of those boxes changes size and leaves it out of view: DevTools made shorter,
 * its drawer opened, the split moved. Without that, a line centred in a tall pane ends up below
 * the window's edge once the pane shrinks, and nothing on screen says where it went.
 *
 * A layout effect, not an effect: it scrolls before the browser paints. As an effect it ran only
 * after a frame (up to 100 ms under load) that showed the spot below the window, and anything
 * looking in that frame (a user, the e2e check in the full suite) found it off screen.
 */
export function useFocusScroll<T extends HTMLElement>(isFocus: boolean) {
  const ref = useRef<T>(null);
  useLayoutEffect(() => {
    const line = ref.current;
    if (!isFocus || line === null) return undefined;
    const reveal = () => {
      line.scrollIntoView({ block: 'center' });
    };
    reveal();
    const view = line.ownerDocument.defaultView;
    if (view === null || typeof view.ResizeObserver === 'undefined') return undefined;
    const boxes = scrollBoxesAround(line, view);
    const observer = new view.ResizeObserver(() => {
      if (!isInView(line, boxes, view)) reveal();
    });
    for (const box of boxes) observer.observe(box);
    return () => {
      observer.disconnect();
    };
  }, [isFocus]);
  return ref;
}

/** The line's scrolling ancestors, and the root element, which stands for the window. */
function scrollBoxesAround(line: HTMLElement, view: Window): HTMLElement[] {
  const boxes: HTMLElement[] = [];
  for (let element = line.parentElement; element !== null; element = element.parentElement) {
    if (/(auto|scroll)/.test(view.getComputedStyle(element).overflowY)) boxes.push(element);
  }
  boxes.push(line.ownerDocument.documentElement);
  return boxes;
}

/** Whether the line's middle is inside the window and inside every box that clips it. */
function isInView(line: HTMLElement, boxes: readonly HTMLElement[], view: Window): boolean {
  const rect = line.getBoundingClientRect();
  const middle = (rect.top + rect.bottom) / 2;
  if (middle < 0 || middle > view.innerHeight) return false;
  return boxes.every((box) => {
    const bounds = box.getBoundingClientRect();
    return middle >= bounds.top && middle <= bounds.bottom;
  });
}
