import { columns } from './columns';
import type { Column, ColumnId } from './columns';

/**
 * Which columns the list shows at a width and the grid template that lays them out. A fixed column
 * takes its width in pixels; the flexible (text) ones take `minmax(their minimum, their width in fr)`,
 * sharing what is left in proportion, none squeezed below its minimum, so nothing is cut off at the
 * right edge in either layout. The model column's minimum grows to what its longest name needs
 * while the list has the room, so a name is shown whole when it can be; so does the format
 * column's, to its longest label ("OpenAI Responses"), first, since it needs far less. When even the fixed widths
 * and minimums do not fit, the columns with a `narrowDrop` give way, lowest first; if the rest still
 * do not fit, the list scrolls sideways (minWidth).
 */
export type ColumnGrid = {
  readonly shown: readonly Column[];
  /** For `grid-template-columns`. */
  readonly template: string;
  /** The least width the shown columns need (pixels). */
  readonly minWidth: number;
};

/** The "HAR" mark of an imported row sits before its time (actions.css): the time column then needs this much more. */
export const IMPORTED_MARK_WIDTH = 32;

type GridInput = {
  readonly widths: Readonly<Record<ColumnId, number>>;
  readonly hidden: readonly ColumnId[];
  /** The list's width in pixels; 0 while unknown (no layout yet): nothing is dropped then. */
  readonly available: number;
  readonly hasImported: boolean;
  /** Pixels the longest model name in the list needs (0: unknown). */
  readonly modelText?: number;
  /** Pixels the longest format label in the list needs (0: unknown). */
  readonly formatText?: number;
};

/** A text column's minimum grown towards what its text needs, by at most `room` pixels. */
const grownMinimum = (column: Column, text: number, room: number): number =>
  Math.max(column.minWidth, Math.min(Math.ceil(text), column.minWidth + room));

export function columnGrid({ widths, hidden, available, hasImported, modelText = 0, formatText = 0 }: GridInput): ColumnGrid {
  const extra = (column: Column) => (column.id === 'time' && hasImported ? IMPORTED_MARK_WIDTH : 0);
  const needOf = (column: Column) => (column.flexible ? column.minWidth : widths[column.id]) + extra(column);
  const needed = (list: readonly Column[]) => list.reduce((sum, column) => sum + needOf(column), 0);
  let shown = columns.filter((column) => !hidden.includes(column.id));
  while (available > 0 && needed(shown) > available) {
    const droppable = shown.filter((column) => column.narrowDrop !== null);
    const first = droppable.reduce<Column | undefined>(
      (lowest, column) => (lowest === undefined || (column.narrowDrop ?? 0) < (lowest.narrowDrop ?? 0) ? column : lowest),
      undefined,
    );
    if (first === undefined) break;
    shown = shown.filter((column) => column !== first);
  }
  const spare = available > 0 ? Math.max(0, available - needed(shown)) : 0;
  const format = shown.find((column) => column.id === 'format');
  const formatMinimum = format === undefined ? 0 : grownMinimum(format, formatText, spare);
  // What the format column took of the spare room is not the model column's to take as well.
  const modelRoom = spare - (format === undefined ? 0 : formatMinimum - format.minWidth);
  const minOf = (column: Column) =>
    column.id === 'model' ? grownMinimum(column, modelText, modelRoom) : column.id === 'format' ? formatMinimum : needOf(column);
  const template = shown
    .map((column) => (column.flexible ? `minmax(${minOf(column)}px, ${widths[column.id]}fr)` : `${needOf(column)}px`))
    .join(' ');
  return { shown, template, minWidth: needed(shown) };
}

/**
 * A resize of `id`'s right edge by `delta` pixels, DevTools-style: the width moves between the
 * column and its right-hand neighbour, each kept at or above its minimum, the others unchanged.
 * `measured` is every shown column's width on screen now; the result is the new weights of all of
 * them in pixels (so the weights say what the user sees), or null when `id` has no right neighbour.
 */
export function resizedWidths(
  shown: readonly Column[],
  measured: readonly number[],
  id: ColumnId,
  delta: number,
): Partial<Record<ColumnId, number>> | null {
  const minOf = (column: Column) => column.minWidth;
  const index = shown.findIndex((column) => column.id === id);
  const column = shown[index];
  const neighbour = shown[index + 1];
  const own = measured[index];
  const next = measured[index + 1];
  if (column === undefined || neighbour === undefined || own === undefined || next === undefined) return null;
  const pair = own + next;
  const grown = Math.min(pair - minOf(neighbour), Math.max(minOf(column), own + delta));
  const widths: Partial<Record<ColumnId, number>> = {};
  shown.forEach((shownColumn, at) => {
    widths[shownColumn.id] = Math.round(measured[at] ?? shownColumn.width);
  });
  widths[column.id] = Math.round(grown);
  widths[neighbour.id] = Math.round(pair - grown);
  return widths;
}
