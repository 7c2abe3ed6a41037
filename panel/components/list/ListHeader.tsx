import type { RefObject, TargetedKeyboardEvent, TargetedMouseEvent } from 'preact';
import { useRef, useState } from 'preact/hooks';
import type { Column, ColumnId } from '../../list/columns';
import { useStore } from '../../store/storeContext';
import { ColumnMenu } from './ColumnMenu';
import type { MenuPlace } from './ColumnMenu';
import { ColumnResizer } from './ColumnResizer';

type Props = {
  /** The header row's viewport: the list scrolls it sideways with the rows when the columns need more than the width. */
  readonly viewport: RefObject<HTMLDivElement | null>;
  readonly shown: readonly Column[];
  /** Widths while a column edge is dragged (null when the drag ends): the rows follow at once. */
  readonly onDraft: (widths: Partial<Record<ColumnId, number>> | null) => void;
};

/**
 * The column headers. A click (or Enter/Space) sorts by that column, a second reverses it
 * (aria-sort says which). The headers are one Tab stop with roving focus, as DevTools' own data
 * grids: ←/→ (Home/End) move between them. A header's right edge resizes its column (drag, or the
 * separator's arrow keys), and the context menu (right-click, Shift+F10 or the ContextMenu key)
 * hides and shows columns.
 */
export function ListHeader({ viewport, shown, onDraft }: Props) {
  const list = useStore().list;
  const sort = list.sort.value;
  const row = useRef<HTMLDivElement>(null);
  const [focusedId, setFocusedId] = useState<ColumnId | null>(null);
  const [menu, setMenu] = useState<MenuPlace | null>(null);
  // The roving tab stop: the header last focused, while it is still shown; else the first.
  const active = shown.find((column) => column.id === focusedId) ?? shown[0];

  const buttonOf = (id: ColumnId) => row.current?.querySelector<HTMLElement>(`[data-testid="column-${id}"] .exchange-list__sort`) ?? null;
  const focusColumn = (id: ColumnId) => {
    setFocusedId(id);
    buttonOf(id)?.focus();
  };
  const measured = () =>
    Array.from(row.current?.querySelectorAll<HTMLElement>('[role="columnheader"]') ?? [], (cell) => cell.getBoundingClientRect().width);

  const openMenuAt = (id: ColumnId) => {
    const box = buttonOf(id)?.getBoundingClientRect();
    setMenu({ x: box?.left ?? 0, y: box?.bottom ?? 0, returnTo: id });
  };
  const onKeyDown = (event: TargetedKeyboardEvent<HTMLDivElement>, column: Column) => {
    const index = shown.indexOf(column);
    const target = { ArrowLeft: shown[index - 1], ArrowRight: shown[index + 1], Home: shown[0], End: shown[shown.length - 1] }[event.key];
    if (event.key === 'ContextMenu' || (event.key === 'F10' && event.shiftKey)) {
      event.preventDefault();
      event.stopPropagation();
      openMenuAt(column.id);
      return;
    }
    if (!['ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(event.key)) return;
    // The keys belong to the header row here, not to the list's row selection around it.
    event.preventDefault();
    event.stopPropagation();
    if (target !== undefined) focusColumn(target.id);
  };
  const onContextMenu = (event: TargetedMouseEvent<HTMLDivElement>, column: Column) => {
    event.preventDefault();
    setMenu({ x: event.clientX, y: event.clientY, returnTo: column.id });
  };

  return (
    <>
      <div class="exchange-list__header-viewport" ref={viewport}>
        <div class="exchange-list__header log-grid" role="row" aria-rowindex={1} ref={row}>
          {shown.map((column, index) => {
            const sorted = sort.column === column.id;
            const last = index === shown.length - 1;
            return (
              <div
                key={column.id}
                class={`log-cell col--${column.id}${column.numeric ? ' cell--number' : ''}`}
                role="columnheader"
                aria-sort={sorted ? sort.direction : 'none'}
                data-testid={`column-${column.id}`}
                onKeyDown={(event) => {
                  onKeyDown(event, column);
                }}
                onContextMenu={(event) => {
                  onContextMenu(event, column);
                }}
              >
                <button
                  type="button"
                  class="exchange-list__sort"
                  title={`${column.title}. Click to sort; right-click for columns.`}
                  tabIndex={column === active ? 0 : -1}
                  onFocus={() => {
                    setFocusedId(column.id);
                  }}
                  onClick={() => {
                    list.actions.sortBy(column.id);
                  }}
                >
                  <span class="exchange-list__label">{column.label}</span>
                  {sorted ? (
                    <span class="exchange-list__arrow" aria-hidden="true">
                      {sort.direction === 'ascending' ? '▲' : '▼'}
                    </span>
                  ) : null}
                </button>
                {last ? null : (
                  <ColumnResizer column={column} shown={shown} focusable={column === active} measured={measured} onDraft={onDraft} />
                )}
              </div>
            );
          })}
        </div>
      </div>
      {menu === null ? null : (
        <ColumnMenu
          place={menu}
          shown={shown}
          onClose={() => {
            const returnTo = shown.some((column) => column.id === menu.returnTo) ? menu.returnTo : shown[0]?.id;
            setMenu(null);
            if (returnTo !== undefined) focusColumn(returnTo);
          }}
        />
      )}
    </>
  );
}
