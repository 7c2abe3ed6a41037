import { menuKeyTarget } from '../menuKeyTarget';
import type { ComponentChildren, TargetedKeyboardEvent } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import './overflow.css';

type Props = {
  /** What the button's label says the menu holds ("More toolbar items"). */
  readonly label: string;
  /** data-testid of the » button; the popup is `<testid>-menu`. */
  readonly testid: string;
  /** `menu` when the children are menu items; `group` when they are ordinary controls (the toolbar's). */
  readonly popupRole: 'menu' | 'group';
  /** Renders the popup's content; `close` closes it and gives focus back to the button. */
  readonly children: (close: () => void) => ComponentChildren;
};

const FOCUSABLE =
  'button:not([disabled]), [href], input:not([disabled]), select, textarea, summary, [role="menuitem"], [tabindex]:not([tabindex="-1"])';

/**
 * The » button of a bar whose items do not all fit (useOverflow), as DevTools shows at the end of a
 * narrow toolbar or tab strip. Enter, Space or ↓ opens it onto its first item; ↑/↓ (Home/End) move
 * through its items; Esc, Tab or a click elsewhere closes it. Esc is stopped here: reaching DevTools,
 * it would toggle the Console drawer.
 */
export function OverflowMenu({ label, testid, popupRole, children }: Props) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const popup = useRef<HTMLDivElement>(null);
  const focusables = () => Array.from(popup.current?.querySelectorAll<HTMLElement>(FOCUSABLE) ?? []);
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };

  // In the same frame as the menu shows, so a key typed right after lands inside it.
  useLayoutEffect(() => {
    if (open) focusables()[0]?.focus();
  }, [open]);
  useEffect(() => {
    if (!open) return undefined;
    const document = popup.current?.ownerDocument;
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target;
      if (!(target instanceof Node) || popup.current?.contains(target) === true || button.current?.contains(target) === true) return;
      setOpen(false);
    };
    document?.addEventListener('pointerdown', onPointerDown, true);
    return () => {
      document?.removeEventListener('pointerdown', onPointerDown, true);
    };
  }, [open]);

  const onButtonKeyDown = (event: TargetedKeyboardEvent<HTMLButtonElement>) => {
    if (event.key !== 'ArrowDown' && event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    event.stopPropagation();
    // Already open: Enter/Space/↓ go into it.
    if (open) focusables()[0]?.focus();
    else setOpen(true);
  };
  const onPopupKeyDown = (event: TargetedKeyboardEvent<HTMLDivElement>) => {
    // A popover inside that handled its own Esc (and marked it) keeps this menu open.
    if (event.defaultPrevented) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      close();
      return;
    }
    if (event.key === 'Tab') {
      setOpen(false);
      return;
    }
    const target = menuKeyTarget(focusables(), event.currentTarget.ownerDocument.activeElement, event.key);
    // Inside a text field ↑/↓ are the field's own, Home/End move its caret.
    if (target === undefined || event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement) return;
    event.preventDefault();
    event.stopPropagation();
    target.focus();
  };

  return (
    <div class="overflow">
      <button
        ref={button}
        type="button"
        class="overflow__button"
        aria-label={label}
        title={label}
        aria-haspopup={popupRole === 'menu' ? 'menu' : 'true'}
        aria-expanded={open}
        data-testid={testid}
        onClick={() => {
          setOpen(!open);
        }}
        onKeyDown={onButtonKeyDown}
      >
        »
      </button>
      {/* Kept in the document while closed (hidden): what moved in here keeps its state, and stays where scripts and tests look for it. */}
      <div
        ref={popup}
        class="overflow__popup"
        role={popupRole}
        aria-label={label}
        data-testid={`${testid}-menu`}
        hidden={!open}
        onKeyDown={onPopupKeyDown}
      >
        {children(close)}
      </div>
    </div>
  );
}
