import { Component } from 'preact';
import type { Column } from '../../list/columns';
import type { ListRow } from '../../list/listRow';
import { urlCellsOf } from '../../list/urlCells';
import { useStore } from '../../store/storeContext';
import { RowCells } from './RowCells';
import { RowBoundary } from './RowBoundary';
import { RowFallback } from './RowFallback';

type Props = {
  readonly row: ListRow;
  /** Position in the shown list, from 0 (zebra striping and aria-rowindex; rows are virtualized, so no :nth-child). */
  readonly index: number;
  readonly selected: boolean;
  /** Offset from the top of the list, from the virtualizer (the row's `top`). */
  readonly top: number;
  /** The columns on screen, in order. */
  readonly shown: readonly Column[];
};

/**
 * One exchange in the log, drawn again only when what it shows changed: a keystroke that leaves a
 * row where it was, or a scroll that keeps it in the window, leaves it alone (a list row is made
 * once per entry, so the same row object means the same cells).
 */
export class ExchangeRow extends Component<Props> {
  override shouldComponentUpdate(next: Props): boolean {
    const now = this.props;
    return (
      now.row !== next.row || now.index !== next.index || now.selected !== next.selected || now.top !== next.top || now.shown !== next.shown
    );
  }

  override render() {
    return <RowElement {...this.props} />;
  }
}

/** The row element itself always renders, so it stays selectable even if its cells fail. */
function RowElement({ row, index, selected, top, shown }: Props) {
  const store = useStore();
  const { entry } = row;
  const imported = entry.captured.source === 'imported';
  const liveOutcome = entry.captured.tapped?.outcome;
  // Joined as it goes, not an array filtered and joined: drawn for a screenful of rows at each scroll frame.
  let classes = index % 2 === 1 ? 'exchange-row log-grid exchange-row--odd' : 'exchange-row log-grid';
  if (selected) classes += ' exchange-row--selected';
  if (imported) classes += ' exchange-row--imported';
  if (liveOutcome === 'in-flight') classes += ' exchange-row--in-flight';
  return (
    <div
      id={rowElementId(entry.id)}
      class={classes}
      role="row"
      aria-rowindex={index + 2}
      aria-selected={selected}
      aria-busy={liveOutcome === 'in-flight' ? 'true' : undefined}
      data-live={liveOutcome}
      data-testid="exchange-row"
      data-exchange-id={entry.id}
      data-source={entry.captured.source ?? 'live'}
      title={`${entry.captured.method} ${urlCellsOf(entry.captured.url).maskedUrl}${imported ? ' (imported from a HAR file)' : ''}`}
      // Placed by `top`, not a translateY transform: a scroll frame moves every row of the window, and a transform
      // gives each row a paint-property node of its own to update. Measured, the scroll's longest tasks were
      // shorter with `top` (round s11-scroll, bench/README.md).
      style={{ top: `${top}px` }}
      onClick={() => {
        store.actions.select(entry.id);
      }}
    >
      <RowBoundary exchangeId={entry.id} fallback={(error) => <RowFallback entry={entry} error={error} />}>
        <RowCells row={row} shown={shown} />
      </RowBoundary>
    </div>
  );
}

/** The DOM id of a row, for the grid's aria-activedescendant. */
export function rowElementId(exchangeId: string): string {
  // An IDREF cannot hold spaces; imported HAR entries may bring any id.
  return `exchange-row-${exchangeId.replace(/[^\w-]/g, '_')}`;
}
