import type { ComponentChildren, VNode } from 'preact';
import type { ColumnId } from '../../list/columns';

type CellProps = {
  readonly id: ColumnId;
  readonly class?: string;
  /** The full value, shown as the native tooltip when the cell is too narrow for it (text only). */
  readonly title?: string | undefined;
  readonly numeric?: boolean;
  /** The issues cell's verdict and worst severity (RowCells' issue mark), as data attributes. */
  readonly marks?: { readonly conforms: string; readonly severity: string };
  readonly children?: ComponentChildren;
};

/** A cell's own classes and test id, made once per column: a scroll frame draws ~36 rows of ~10 cells, and their strings were garbage of each frame. */
const cellNames = new Map<ColumnId, { readonly plain: string; readonly numeric: string; readonly testId: string }>();

function namesOf(id: ColumnId): { readonly plain: string; readonly numeric: string; readonly testId: string } {
  let names = cellNames.get(id);
  if (names === undefined) {
    names = { plain: `log-cell col--${id}`, numeric: `log-cell col--${id} cell--number`, testId: `row-${id}` };
    cellNames.set(id, names);
  }
  return names;
}

/**
 * One cell of a list row, keyed by its column. A plain call rather than a component: a scroll frame
 * rewrites every cell of ~40 rows, and a component per cell was as many more things for Preact to
 * render and diff (round s11-scroll, as round s9 did for the cells' own component).
 */
export function gridCell({ id, class: extra, title, numeric = false, marks, children }: CellProps): VNode {
  const names = namesOf(id);
  const base = numeric ? names.numeric : names.plain;
  const classes = extra === undefined || extra === '' ? base : `${base} ${extra}`;
  return (
    <span
      key={id}
      class={classes}
      role="gridcell"
      data-testid={names.testId}
      data-conforms={marks?.conforms}
      data-severity={marks?.severity}
      title={title}
    >
      {children}
    </span>
  );
}
