import type { SortColumn } from '../../list/sortRows';

/**
 * The list's columns, in order. The grid template lives in list.css (the CSP allows no inline
 * style sheets); narrow lists drop the columns marked `optional` there, never time, model, kind,
 * status or tokens.
 */
export type Column = {
  readonly id: SortColumn;
  readonly label: string;
  /** The header's tooltip: what the column holds. */
  readonly title: string;
  readonly numeric: boolean;
};

export const columns: readonly Column[] = [
  { id: 'time', label: 'Time', title: 'When the request started (local time)', numeric: false },
  { id: 'provider', label: 'Provider', title: 'The API, named from the request host', numeric: false },
  { id: 'model', label: 'Model', title: 'The model the response names, else the one requested', numeric: false },
  { id: 'kind', label: 'Kind', title: 'JSON response, stream (server-sent events) or error body', numeric: false },
  { id: 'status', label: 'Status', title: 'HTTP status', numeric: true },
  { id: 'duration', label: 'Duration', title: 'Total duration, as the browser measured it', numeric: true },
  { id: 'ttfb', label: 'TTFB', title: 'Time to first byte (HAR: blocked + dns + connect + send + wait)', numeric: true },
  { id: 'tokens', label: 'Tokens', title: 'Prompt → completion tokens, as the response reported them', numeric: true },
  { id: 'finish', label: 'Finish', title: 'finish_reason of the choices', numeric: false },
  { id: 'issues', label: 'Issues', title: 'Departures from the chat-completion contract', numeric: true },
];
