import type { ComponentChildren } from 'preact';
import type { ColumnId } from '../../list/columns';

type CellProps = {
  readonly id: ColumnId;
  readonly class?: string;
  /** The full value, shown as the native tooltip when the cell is too narrow for it (text only). */
  readonly title?: string | undefined;
  readonly numeric?: boolean;
  readonly children?: ComponentChildren;
};

/** One cell of a list row. */
export function GridCell({ id, class: extra, title, numeric = false, children }: CellProps) {
  const classes = ['log-cell', `col--${id}`, numeric ? 'cell--number' : '', extra ?? ''].filter((name) => name !== '').join(' ');
  return (
    <span class={classes} role="gridcell" data-testid={`row-${id}`} title={title}>
      {children}
    </span>
  );
}
