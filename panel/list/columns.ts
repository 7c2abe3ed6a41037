import type { SortColumn } from './sortRows';

/** A column of the list; every column sorts. */
export type ColumnId = SortColumn;

/**
 * The list's columns, in order. Widths are weights, as in DevTools' own data grids: the shown
 * columns share the list's width in proportion to them, so a column is never cut off at the right
 * edge whatever the width or layout (columnGrid.ts); a resize moves width between a column and
 * its right-hand neighbour. `narrowDrop` says which columns give way, first the lowest, when even
 * their minimum widths do not fit (never time, model, kind, status or tokens).
 */
export type Column = {
  readonly id: ColumnId;
  readonly label: string;
  /** The header's tooltip: what the column holds. */
  readonly title: string;
  readonly numeric: boolean;
  /** Its share of the width, in pixels of a list about 850 px wide. */
  readonly width: number;
  /** Below this it is not squeezed further (pixels). */
  readonly minWidth: number;
  readonly shownByDefault: boolean;
  readonly narrowDrop: number | null;
};

export const columns: readonly Column[] = [
  { id: 'time', label: 'Time', title: 'When the request started (local time)', numeric: false, width: 100, minWidth: 88, shownByDefault: true, narrowDrop: null },
  { id: 'provider', label: 'Provider', title: 'The API, named from the request host', numeric: false, width: 80, minWidth: 48, shownByDefault: true, narrowDrop: 3 },
  { id: 'url', label: 'Name', title: 'The request URL: path and query', numeric: false, width: 200, minWidth: 60, shownByDefault: false, narrowDrop: 6 },
  // Wide enough for claude-haiku-4-5-20251001 or gpt-4o-2024-08-06 whole in a list of about 750 px.
  { id: 'model', label: 'Model', title: 'The model the response names, else the one requested', numeric: false, width: 190, minWidth: 64, shownByDefault: true, narrowDrop: null },
  { id: 'kind', label: 'Kind', title: 'JSON response, stream (server-sent events) or error body', numeric: false, width: 56, minWidth: 44, shownByDefault: true, narrowDrop: null },
  { id: 'status', label: 'Status', title: 'HTTP status', numeric: true, width: 52, minWidth: 40, shownByDefault: true, narrowDrop: null },
  { id: 'duration', label: 'Duration', title: 'Total duration, as the browser measured it', numeric: true, width: 70, minWidth: 52, shownByDefault: true, narrowDrop: 4 },
  { id: 'ttfb', label: 'TTFB', title: 'Time to first byte (HAR: blocked + dns + connect + send + wait)', numeric: true, width: 62, minWidth: 48, shownByDefault: true, narrowDrop: 1 },
  { id: 'tokens', label: 'Tokens', title: 'Prompt → completion tokens, as the response reported them', numeric: true, width: 100, minWidth: 64, shownByDefault: true, narrowDrop: null },
  { id: 'finish', label: 'Finish', title: 'finish_reason of the choices', numeric: false, width: 72, minWidth: 44, shownByDefault: true, narrowDrop: 2 },
  { id: 'issues', label: 'Issues', title: 'Departures from the chat-completion contract', numeric: true, width: 54, minWidth: 40, shownByDefault: true, narrowDrop: 5 },
];

export const columnIds: readonly ColumnId[] = columns.map((column) => column.id);

export function columnById(id: ColumnId): Column {
  const found = columns.find((column) => column.id === id);
  if (found === undefined) throw new Error(`no column ${id}`);
  return found;
}
