import type { SortColumn } from './sortRows';

/** A column of the list; every column sorts. */
export type ColumnId = SortColumn;

/**
 * The list's columns, in order. A column of short, fixed-size values (times, counts) is as wide as
 * its width says; the text columns (`flexible`) share what is left in proportion to their widths,
 * as in DevTools' own data grids, so a column is never cut off at the right edge whatever the
 * width or layout (columnGrid.ts). A resize moves width between a column and its right-hand
 * neighbour. `narrowDrop` says which columns give way, first the lowest, when even their minimum
 * widths do not fit (never time, model, kind, status or tokens).
 */
export type Column = {
  readonly id: ColumnId;
  readonly label: string;
  /** The header's tooltip: what the column holds. */
  readonly title: string;
  readonly numeric: boolean;
  /** Its width in pixels; for a flexible column, its share of what the fixed ones leave. */
  readonly width: number;
  readonly flexible: boolean;
  /** Below this it is not squeezed further (pixels). */
  readonly minWidth: number;
  readonly shownByDefault: boolean;
  readonly narrowDrop: number | null;
};

export const columns: readonly Column[] = [
  {
    id: 'time',
    label: 'Time',
    title: 'When the request started (local time)',
    numeric: false,
    width: 96,
    flexible: false,
    minWidth: 60,
    shownByDefault: true,
    narrowDrop: null,
  },
  {
    id: 'provider',
    label: 'Provider',
    title: 'The API, named from the request host',
    numeric: false,
    width: 80,
    flexible: true,
    minWidth: 48,
    shownByDefault: true,
    narrowDrop: 4,
  },
  // The wire format, by formatInfo's label ("Anthropic", "AI SDK"): the provider column names the
  // host, which for an app's own route (`localhost/api/chat`) says nothing of what it speaks.
  {
    id: 'format',
    label: 'Format',
    title: 'The wire format the exchange spoke (OpenAI Chat Completions, OpenAI Responses, Anthropic Messages, Gemini, AI SDK, Ollama)',
    numeric: false,
    width: 96,
    flexible: true,
    // Room for "Anthropic" and "AI SDK" whole: a label cut to "Ant…" names no format.
    minWidth: 72,
    shownByDefault: true,
    narrowDrop: 2,
  },
  {
    id: 'url',
    label: 'Name',
    title: 'The request URL: path and query',
    numeric: false,
    width: 200,
    flexible: true,
    minWidth: 60,
    shownByDefault: false,
    narrowDrop: 7,
  },
  // At least 100 px: in a narrow list a name matters more than the issue mark (which then gives way); also
  // given the room its longest name needs, when the list has it (columnGrid.ts).
  {
    id: 'model',
    label: 'Model',
    title: 'The model the response names, else the one requested',
    numeric: false,
    width: 190,
    flexible: true,
    minWidth: 100,
    shownByDefault: true,
    narrowDrop: null,
  },
  {
    id: 'kind',
    label: 'Kind',
    title: 'JSON response, stream (server-sent events) or error body',
    numeric: false,
    width: 56,
    flexible: false,
    minWidth: 36,
    shownByDefault: true,
    narrowDrop: null,
  },
  {
    id: 'status',
    label: 'Status',
    title: 'HTTP status',
    numeric: true,
    width: 54,
    flexible: false,
    minWidth: 36,
    shownByDefault: true,
    narrowDrop: null,
  },
  {
    id: 'duration',
    label: 'Duration',
    title: 'Total duration, as the browser measured it',
    numeric: true,
    width: 70,
    flexible: false,
    minWidth: 40,
    shownByDefault: true,
    narrowDrop: 5,
  },
  {
    id: 'ttfb',
    label: 'TTFB',
    title: 'Time to first byte (HAR: blocked + dns + connect + send + wait)',
    numeric: true,
    width: 60,
    flexible: false,
    minWidth: 36,
    shownByDefault: true,
    narrowDrop: 1,
  },
  {
    id: 'tokens',
    label: 'Tokens',
    title: 'Prompt → completion tokens, as the response reported them',
    numeric: true,
    width: 92,
    flexible: false,
    minWidth: 48,
    shownByDefault: true,
    narrowDrop: null,
  },
  {
    id: 'finish',
    label: 'Finish',
    title: 'finish_reason of the choices',
    numeric: false,
    width: 72,
    flexible: true,
    minWidth: 44,
    shownByDefault: true,
    narrowDrop: 3,
  },
  {
    id: 'issues',
    label: 'Issues',
    title: "Departures from the format's contract",
    numeric: true,
    width: 52,
    flexible: false,
    minWidth: 32,
    shownByDefault: true,
    narrowDrop: 6,
  },
];

export const columnIds: readonly ColumnId[] = columns.map((column) => column.id);

export function columnById(id: ColumnId): Column {
  const found = columns.find((column) => column.id === id);
  if (found === undefined) throw new Error(`no column ${id}`);
  return found;
}
