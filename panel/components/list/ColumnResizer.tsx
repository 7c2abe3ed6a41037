import type { TargetedKeyboardEvent, TargetedPointerEvent } from 'preact';
import { useRef } from 'preact/hooks';
import { resizedWidths } from '../../list/columnGrid';
import type { Column, ColumnId } from '../../list/columns';
import { useStore } from '../../store/storeContext';

type Props = {
  readonly column: Column;
  readonly shown: readonly Column[];
  /** The roving tab stop of the header row is on this column: its edge is the next Tab stop. */
  readonly focusable: boolean;
  /** Every shown column's width on screen now, in order. */
  readonly measured: () => number[];
  readonly onDraft: (widths: Partial<Record<ColumnId, number>> | null) => void;
};

/** Pixels an arrow key moves the edge (DevTools' split handles step about as much). */
const KEY_STEP = 10;

/**
 * The right edge of a column header: drag it, or focus it and use ←/→, to move width between the
 * column and its right-hand neighbour. The widths are saved once the drag ends (not on every
 * pointer move, which would write storage sixty times a second), as the split handle does.
 */
export function ColumnResizer({ column, shown, focusable, measured, onDraft }: Props) {
  const settings = useStore().settings;
  const drag = useRef<{ startX: number; widths: number[]; latest: Partial<Record<ColumnId, number>> | null } | null>(null);

  const onPointerDown = (event: TargetedPointerEvent<HTMLDivElement>) => {
    if (event.button !== 0) return;
    event.preventDefault();
    event.stopPropagation();
    event.currentTarget.setPointerCapture(event.pointerId);
    drag.current = { startX: event.clientX, widths: measured(), latest: null };
  };
  const onPointerMove = (event: TargetedPointerEvent<HTMLDivElement>) => {
    const current = drag.current;
    if (current === null) return;
    current.latest = resizedWidths(shown, current.widths, column.id, event.clientX - current.startX);
    onDraft(current.latest);
  };
  const onPointerUp = () => {
    const current = drag.current;
    if (current === null) return;
    drag.current = null;
    if (current.latest !== null) settings.actions.setColumnWidths(current.latest);
    onDraft(null);
  };
  const onKeyDown = (event: TargetedKeyboardEvent<HTMLDivElement>) => {
    const step = { ArrowLeft: -KEY_STEP, ArrowRight: KEY_STEP }[event.key];
    if (!['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End'].includes(event.key)) return;
    // Arrows stay here: ←/→ must not move the header row's focus, ↑/↓ not the list's selection.
    event.stopPropagation();
    event.preventDefault();
    if (step === undefined) return;
    const widths = resizedWidths(shown, measured(), column.id, step);
    if (widths !== null) settings.actions.setColumnWidths(widths);
  };

  // Its weight, which is its width in pixels since the last resize (columnGrid.ts).
  const width = Math.round(settings.columnLayout.value.widths[column.id]);
  return (
    <div
      class="exchange-list__resizer"
      role="separator"
      aria-orientation="vertical"
      aria-label={`Resize the ${column.label} column`}
      aria-valuenow={width}
      tabIndex={focusable ? 0 : -1}
      data-testid={`column-resize-${column.id}`}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
      onKeyDown={onKeyDown}
      onClick={(event) => {
        event.stopPropagation();
      }}
    />
  );
}
