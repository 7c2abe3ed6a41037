import { menuKeyTarget } from '../menuKeyTarget';
import type { TargetedKeyboardEvent } from 'preact';
import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import { columns } from '../../list/columns';
import type { Column, ColumnId } from '../../list/columns';
import { useStore } from '../../store/storeContext';

/** Where the menu opens (viewport pixels) and the header that gets focus back when it closes. */
export type MenuPlace = { readonly x: number; readonly y: number; readonly returnTo: ColumnId };

type Props = {
  readonly place: MenuPlace;
  /** The columns on screen now: a column checked but not among them has no room at this width. */
  readonly shown: readonly Column[];
  readonly onClose: () => void;
};

/**
 * The header's context menu, as DevTools' Network panel has: every column with a check; choosing
 * one hides or shows it (remembered). The last shown column cannot be hidden. ↑/↓ (Home/End) move,
 * Enter/Space choose, Esc or a click elsewhere closes. Esc is kept from DevTools, which would
 * otherwise toggle its Console drawer.
 */
export function ColumnMenu({ place, shown, onClose }: Props) {
  const settings = useStore().settings;
  const hidden = settings.columnLayout.value.hidden;
  const menu = useRef<HTMLDivElement>(null);
  const onlyOneShown = hidden.length + 1 >= columns.length;

  useLayoutEffect(() => {
    const element = menu.current;
    if (element === null) return;
    // Kept inside the panel: opened near the right or bottom edge, it moves left or up.
    const box = element.getBoundingClientRect();
    const view = element.ownerDocument.documentElement;
    element.style.left = `${Math.max(0, Math.min(place.x, view.clientWidth - box.width))}px`;
    element.style.top = `${Math.max(0, Math.min(place.y, view.clientHeight - box.height))}px`;
    element.querySelector<HTMLElement>('[role="menuitemcheckbox"]')?.focus();
  }, [place]);

  useEffect(() => {
    const element = menu.current;
    if (element === null) return undefined;
    const document = element.ownerDocument;
    const onPointerDown = (event: PointerEvent) => {
      if (event.target instanceof Node && !element.contains(event.target)) onClose();
    };
    document.addEventListener('pointerdown', onPointerDown, true);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown, true);
    };
  }, [onClose]);

  const items = () => Array.from(menu.current?.querySelectorAll<HTMLElement>('[role="menuitemcheckbox"]') ?? []);
  const onKeyDown = (event: TargetedKeyboardEvent<HTMLDivElement>) => {
    const target = menuKeyTarget(items(), event.currentTarget.ownerDocument.activeElement, event.key);
    if (event.key === 'Escape' || event.key === 'Tab') {
      // Esc must not reach DevTools (it would open or close the Console drawer).
      event.preventDefault();
      event.stopPropagation();
      onClose();
      return;
    }
    if (target === undefined) return;
    event.preventDefault();
    event.stopPropagation();
    target.focus();
  };

  return (
    <div class="column-menu" role="menu" aria-label="Columns" ref={menu} data-testid="column-menu" onKeyDown={onKeyDown}>
      {columns.map((column) => {
        const checked = !hidden.includes(column.id);
        const disabled = checked && onlyOneShown;
        const noRoom = checked && !shown.some((on) => on.id === column.id);
        return (
          <div
            key={column.id}
            class="column-menu__item"
            role="menuitemcheckbox"
            aria-checked={checked}
            aria-disabled={disabled}
            tabIndex={-1}
            title={disabled ? 'At least one column stays shown' : noRoom ? 'Shown when the list is wider' : undefined}
            data-testid={`column-menu-${column.id}`}
            onClick={() => {
              if (disabled) return;
              settings.actions.setColumnHidden(column.id, checked);
              onClose();
            }}
            onKeyDown={(event) => {
              if (event.key !== 'Enter' && event.key !== ' ') return;
              event.preventDefault();
              event.stopPropagation();
              event.currentTarget.click();
            }}
          >
            <span class="column-menu__check" aria-hidden="true">
              {checked ? '✓' : ''}
            </span>
            {column.label}
            {noRoom ? <span class="column-menu__note"> (no room)</span> : null}
          </div>
        );
      })}
    </div>
  );
}
