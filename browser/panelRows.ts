import * as t from 'io-ts';

/**
 * Reading the LLM panel's request log from inside its page, for both browsers' drivers (devtools.ts,
 * firefox/firefoxSession.ts). The log is a virtualized grid: only the rows in view, and a few beyond
 * each edge, are in the DOM, so the rows in the DOM are not the rows listed. The grid says how many
 * rows it has (`aria-rowcount`, its header row included) and where each row is (`aria-rowindex`);
 * reading every row scrolls the list a screenful at a time, reads each row once where it is, and
 * puts the scroll back. A list that holds every row already (a few exchanges) is read without
 * scrolling. The cells come back in display order, each row as its cells' texts then its whole text.
 *
 * These are the texts of async functions to call in the panel page (both drivers await them).
 */

/** One row of the request log as the user reads it (the panel's row-* cells). */
export interface PanelRow {
  time: string;
  model: string;
  kind: string;
  status: string;
  tokens: string;
  /** The whole row's visible text, whichever cell or badge holds it (e.g. the wire format's name). */
  text: string;
}

/** The cells a PanelRow reads, by their `row-<cell>` test ids, in READ_EVERY_ROW's order. */
export const ROW_CELLS = ['time', 'model', 'kind', 'status', 'tokens'] as const;

/** What READ_EVERY_ROW answers: each row's cells, then its whole text. */
const RowTexts = t.array(t.array(t.string));

/** READ_EVERY_ROW's answer (called with ROW_CELLS) as rows; throws, saying what came, on anything else. */
export function panelRowsOf(value: unknown): PanelRow[] {
  if (!RowTexts.is(value) || value.some((row) => row.length !== ROW_CELLS.length + 1))
    throw new Error(`expected each row's ${ROW_CELLS.length} cells and its text, got ${JSON.stringify(value).slice(0, 300)}`);
  return value.map(([time = '', model = '', kind = '', status = '', tokens = '', text = '']) => ({
    time,
    model,
    kind,
    status,
    tokens,
    text,
  }));
}

/** An expression: how many rows the list shows (the filter applied), by the grid's own count; 0 without a list. */
export const LISTED_ROWS = `Math.max(0, Number(document.querySelector('[data-testid="exchange-list"]')?.getAttribute('aria-rowcount') ?? '1') - 1)`;

/** An expression: how many listed exchanges the Live tap says are in flight, as the list says it (`data-in-flight`); 0 without a list. */
export const ROWS_IN_FLIGHT = `Number(document.querySelector('[data-testid="exchange-list"]')?.dataset.inFlight ?? '0')`;

/** What the functions below share: finding the grid, its scroller and its rows, and waiting for a frame. */
const GRID_HELPERS = `
  const list = document.querySelector('[data-testid="exchange-list"]');
  const ROW = '[data-testid="exchange-row"]';
  /** The rows the grid lists (the filter applied), by its own count. */
  const listed = () => ${LISTED_ROWS};
  const positionOf = (row) => Number(row.getAttribute('aria-rowindex')) - 2;
  /** The element the rows scroll in: the nearest ancestor of a row that scrolls. */
  const scrollerOf = (row) => {
    for (let at = row.parentElement; at !== null && at !== list; at = at.parentElement) {
      if (['auto', 'scroll'].includes(getComputedStyle(at).overflowY)) return at;
    }
    return null;
  };
  /** A frame and the task after it: the list re-renders on the scroll event, which comes before the frame. */
  const frame = () =>
    new Promise((resolve) => {
      const timer = setTimeout(resolve, 200);
      requestAnimationFrame(() => setTimeout(() => { clearTimeout(timer); resolve(); }, 0));
    });
  /** Scrolls to \`top\` and waits (a few frames at most) until the row at the view's top is in the DOM. */
  const scrollTo = async (scroller, top, rowHeight) => {
    scroller.scrollTop = top;
    const first = Math.floor(scroller.scrollTop / rowHeight);
    for (let tries = 0; tries < 5; tries += 1) {
      await frame();
      if (Array.from(list.querySelectorAll(ROW)).some((row) => positionOf(row) === first)) return;
    }
  };
`;

/**
 * Every row the grid lists, in display order, as `[...cells, row text]` for the `cells` given (the
 * `row-<cell>` test ids); [] without a list. A row not rendered in time even after a second read is
 * left out, so the answer is shorter than the list (the specs poll until it is whole).
 */
export const READ_EVERY_ROW = `async (cells) => {
  ${GRID_HELPERS}
  if (list === null) return [];
  const read = new Map();
  const take = () => {
    for (const row of list.querySelectorAll(ROW)) {
      const texts = cells.map((cell) => row.querySelector('[data-testid="row-' + cell + '"]')?.innerText ?? '');
      read.set(positionOf(row), [...texts, row.innerText]);
    }
  };
  const inOrder = () => Array.from({ length: listed() }, (_, position) => read.get(position)).filter((row) => row !== undefined);
  take();
  const someRow = list.querySelector(ROW);
  const scroller = someRow === null ? null : scrollerOf(someRow);
  if (read.size >= listed() || scroller === null) return inOrder();
  const rowHeight = Math.max(1, someRow.offsetHeight);
  const start = scroller.scrollTop;
  const missing = () => Array.from({ length: listed() }, (_, position) => position).filter((position) => !read.has(position));
  const readAll = async () => {
    read.clear();
    await scrollTo(scroller, 0, rowHeight);
    take();
    // A screenful a step: every row passes through the view, so through the DOM.
    while (read.size < listed()) {
      const before = scroller.scrollTop;
      await scrollTo(scroller, before + Math.max(rowHeight, scroller.clientHeight), rowHeight);
      take();
      if (scroller.scrollTop === before) break;
    }
    // A window that had not rendered when its step read it (scrollTo gives up after a few frames):
    // each row still missing is scrolled to on its own, so no later row moves up into its place.
    for (const position of missing()) {
      await scrollTo(scroller, position * rowHeight, rowHeight);
      take();
    }
  };
  try {
    const count = listed();
    await readAll();
    // Rows added or filtered away during the read shift the positions already read: read again, once.
    if (listed() !== count || missing().length > 0) await readAll();
  } finally {
    await scrollTo(scroller, start, rowHeight);
  }
  return inOrder();
}`;

/**
 * Clicks the row at `position` in display order (from 0), scrolling it into view first when it is
 * not in the DOM; false when the grid lists no such row.
 */
export const CLICK_ROW_AT = `async (position) => {
  ${GRID_HELPERS}
  if (list === null || position < 0 || position >= listed()) return false;
  const find = () => Array.from(list.querySelectorAll(ROW)).find((row) => positionOf(row) === position);
  const someRow = list.querySelector(ROW);
  const scroller = someRow === null ? null : scrollerOf(someRow);
  if (find() === undefined && scroller !== null) {
    const rowHeight = Math.max(1, someRow.offsetHeight);
    await scrollTo(scroller, position * rowHeight, rowHeight);
  }
  const row = find();
  if (row === undefined) return false;
  row.click();
  return true;
}`;
