import { useEffect, useRef } from 'preact/hooks';

/**
 * For a toolbar `<details>` popover: opens it towards the side with room (the toolbar wraps, so the
 * summary may sit at either end), closes it on a click outside or on Esc (and then gives focus
 * back to its summary; the Esc goes no further), as DevTools' own menus behave. Returns the ref for the `<details>`.
 * `rendered`: whether the component renders its `<details>` now; one that first renders nothing
 * (the session totals before the first call) passes it, so the listeners attach once it appears.
 */
export function usePopover(rendered = true) {
  const details = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    const element = details.current;
    if (element === null) return undefined;
    const document = element.ownerDocument;
    const onPointerDown = (event: PointerEvent) => {
      if (element.open && event.target instanceof Node && !element.contains(event.target)) element.open = false;
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || !element.open) return;
      // Chrome's DevTools toggles its Console drawer on an Esc that reaches the panel document (its
      // extension API listens there and forwards the key to DevTools): this Esc is the popover's.
      event.preventDefault();
      event.stopPropagation();
      element.open = false;
      element.querySelector('summary')?.focus();
    };
    const onToggle = () => {
      if (!element.open) return;
      const box = element.getBoundingClientRect();
      const viewport = document.documentElement.clientWidth;
      element.dataset.align = box.left + box.width / 2 > viewport / 2 ? 'end' : 'start';
    };
    document.addEventListener('pointerdown', onPointerDown);
    element.addEventListener('keydown', onKeyDown);
    element.addEventListener('toggle', onToggle);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown);
      element.removeEventListener('keydown', onKeyDown);
      element.removeEventListener('toggle', onToggle);
    };
  }, [rendered]);
  return details;
}
