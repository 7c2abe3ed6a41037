import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { TargetedKeyboardEvent } from 'preact';
import { columnGrid } from '../../list/columnGrid';
import type { ColumnId } from '../../list/columns';
import { useStore } from '../../store/storeContext';
import { textWidth } from '../layout/textWidth';
import { useElementWidth } from '../layout/useElementWidth';
import { useVirtualizer } from '../virtual/useVirtualizer';
import { ExchangeRow, rowElementId } from './ExchangeRow';
import { focusDetail } from './focusDetail';
import { ListHeader } from './ListHeader';
import './list.css';

/** DevTools' Network rows are 21 px; list.css gives rows the same height. */
export const ROW_HEIGHT = 21;
/** Rows to render while the list has no layout yet (the panel not shown, or happy-dom in tests). */
const FALLBACK_VIEWPORT = 600;
/**
 * Rows rendered beyond each edge of the view (63 px). A scroll frame redraws every row of the window,
 * overscan included: ~42 rows a frame with three a side against ~52 with eight, and the scroll's
 * longest task is such a frame plus a GC pause (rounds s11-scroll and s12-rows, bench/README.md).
 * What counts rows reads the grid's own count (aria-rowcount, data-in-flight) or scrolls through it
 * (browser/panelRows.ts), never the rows in the DOM, which at three a side are fewer than a docked
 * panel's 20 exchanges.
 */
const LIST_OVERSCAN = 3;

/**
 * The request log as a grid: sortable, resizable column headers (the columns shown and their
 * widths remembered), then only the rows in view in the DOM (virtualized), so 10,000 exchanges
 * scroll as smoothly as ten. ↑/↓ move the selection through the rows as shown, Home/End to the
 * first/last, and scroll it into view; Enter moves focus into the detail.
 */
export function ExchangeList() {
  const store = useStore();
  const rows = store.list.visible.value;
  const total = store.exchanges.value.length;
  const selectedId = store.selectedId.value;
  const selectedIndex = store.list.selectedIndex.value;
  const layout = store.settings.columnLayout.value;
  const scrollRef = useRef<HTMLDivElement>(null);
  const headerViewport = useRef<HTMLDivElement>(null);
  const available = useElementWidth(scrollRef);
  const [draft, setDraft] = useState<Partial<Record<ColumnId, number>> | null>(null);
  const importedRows = store.list.importedRows.value;
  // Looked for among the shown rows only when some listed row is imported: a live capture has none,
  // and looking cost a pass over every shown row at each commit of a burst (bench/panelScale.ts).
  const hasImported = useMemo(() => importedRows > 0 && rows.some((row) => row.entry.captured.source === 'imported'), [rows, importedRows]);
  // The models and formats of the shown rows are their totals' (sessionTotals.ts): no pass over the rows,
  // and measured again only when one is new, not at each of a burst's hundreds of commits or each keystroke.
  const shownTotals = store.list.shownTotals.value;
  const models = shownTotals.byModel.map((model) => model.model);
  const hasRows = rows.length > 0;
  const { modelText, formatText } = useMemo(
    () => longestCellTexts(hasRows ? { models, formats: shownTotals.formats } : null, scrollRef.current),
    // Keyed by the texts themselves (JSON keeps them apart whatever they hold), not by the totals' identity.
    [hasRows, JSON.stringify(models), JSON.stringify(shownTotals.formats), available],
  );
  // Kept while its inputs hold, so the rows (ExchangeRow compares `shown` by identity) are not all drawn again at each render.
  const grid = useMemo(
    () => columnGrid({ widths: { ...layout.widths, ...draft }, hidden: layout.hidden, available, hasImported, modelText, formatText }),
    [layout, draft, available, hasImported, modelText, formatText],
  );
  const virtualizer = useVirtualizer({
    count: rows.length,
    rowHeight: ROW_HEIGHT,
    getScrollElement: () => scrollRef.current,
    fallbackHeight: FALLBACK_VIEWPORT,
    overscan: LIST_OVERSCAN,
  });
  const slotOf = useRowSlots(virtualizer.getVirtualItems().length);
  // In slot order, so a reused row element stays where it is in the DOM: moving it would have the
  // browser style and lay it out again from scratch. Rows are placed by their offset (and read in
  // order by aria-rowindex), not by their place among their siblings.
  const items = [...virtualizer.getVirtualItems()].sort((a, b) => slotOf(a.index) - slotOf(b.index));

  useEffect(() => {
    if (selectedIndex !== -1) virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
  }, [selectedIndex, virtualizer]);

  const onKeyDown = (event: TargetedKeyboardEvent<HTMLElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault(); // the selected row scrolls into view; the list must not scroll by itself
      store.list.actions.moveSelection(event.key === 'ArrowDown' ? 1 : -1);
    } else if ((event.key === 'Home' || event.key === 'End') && event.target === event.currentTarget) {
      event.preventDefault();
      const edge = event.key === 'Home' ? rows[0] : rows[rows.length - 1];
      if (edge !== undefined) store.actions.select(edge.entry.id);
    } else if (event.key === 'Enter' && event.target === event.currentTarget && selectedId !== null) {
      event.preventDefault();
      focusDetail(event.currentTarget.ownerDocument);
    }
  };

  const activeRow = selectedIndex === -1 || selectedId === null ? undefined : rowElementId(selectedId);
  return (
    <section
      class="exchange-list"
      role="grid"
      aria-label="Chat-completion requests"
      aria-rowcount={rows.length + 1}
      aria-colcount={grid.shown.length}
      aria-activedescendant={activeRow}
      tabIndex={0}
      data-testid="exchange-list"
      data-decoding={store.decoding.value}
      // What counts rows (the benches, `npm start`'s check, the e2e driver) reads how many are in flight
      // here, and how many there are in aria-rowcount: only the rows in view are in the DOM.
      data-in-flight={store.list.inFlightRows.value}
      style={{ '--log-columns': grid.template, '--log-min-width': `${grid.minWidth}px` }}
      onKeyDown={onKeyDown}
    >
      <ListHeader viewport={headerViewport} shown={grid.shown} onDraft={setDraft} />
      <div
        class="exchange-list__scroller"
        ref={scrollRef}
        role="rowgroup"
        onScroll={(event) => {
          // When the columns need more than the width, the header scrolls sideways with the rows.
          if (headerViewport.current !== null) headerViewport.current.scrollLeft = event.currentTarget.scrollLeft;
        }}
      >
        <div class="exchange-list__spacer" style={{ height: `${virtualizer.getTotalSize()}px` }}>
          {items.map((item) => {
            const row = rows[item.index];
            return row === undefined ? null : (
              <ExchangeRow
                key={slotOf(item.index)}
                row={row}
                index={item.index}
                selected={row.entry.id === selectedId}
                top={item.start}
                shown={grid.shown}
              />
            );
          })}
        </div>
        {rows.length === 0 && total > 0 ? (
          <p class="exchange-list__no-match" data-testid="no-match">
            No request matches the filter ({total} hidden).
          </p>
        ) : null}
      </div>
    </section>
  );
}

/**
 * Rows are keyed by their slot in the window (index modulo the most rows the window has held),
 * not by exchange: when the list scrolls, the rows that leave the window hand their elements to the
 * rows that enter it, so a scroll rewrites the text of a screenful of cells instead of removing and
 * creating them (round s8: creating and removing rows was most of the scroll's script time, and
 * their garbage most of its collections). The slot count only grows, and is even, so a slot keeps
 * its row's parity (the zebra stripe) as it is reused.
 */
function useRowSlots(windowRows: number): (index: number) => number {
  const slots = useRef(2);
  slots.current = Math.max(slots.current, windowRows + (windowRows % 2));
  const count = slots.current;
  return (index) => index % count;
}

/** Cell padding (6 px a side, list.css) and its 1 px border. */
const CELL_CHROME = 13;

/**
 * What the longest model name and format label of the shown rows need to show whole in a cell of
 * the list (0 without layout or rows). A row still decoding shows neither (''), which the texts of
 * an empty list of totals stand for.
 */
function longestCellTexts(
  texts: { readonly models: readonly string[]; readonly formats: readonly string[] } | null,
  list: HTMLElement | null,
) {
  if (list === null || texts === null) return { modelText: 0, formatText: 0 };
  const font = getComputedStyle(list).font;
  return { modelText: longestTextWidth(texts.models, font), formatText: longestTextWidth(texts.formats, font) };
}

/** The widest of the texts in `font`, with the cell's padding and border. */
function longestTextWidth(texts: readonly string[], font: string): number {
  // The longest few by length, measured: widths differ by letter, but not by enough to measure thousands.
  // None (every shown row still decoding) measures as '' did: the cell's chrome alone.
  const longest = [...texts, ''].sort((a, b) => b.length - a.length).slice(0, 8);
  return Math.max(...longest.map((text) => textWidth(text, font))) + CELL_CHROME;
}
