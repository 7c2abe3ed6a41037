import { useStore } from '../../store/storeContext';
import { columns } from './columns';

/** The column headers; a click sorts by that column, a second click reverses it (aria-sort says which). */
export function ListHeader() {
  const list = useStore().list;
  const sort = list.sort.value;
  return (
    <div class="exchange-list__header log-grid" role="row" aria-rowindex={1}>
      {columns.map((column) => {
        const sorted = sort.column === column.id;
        return (
          <div
            key={column.id}
            class={`log-cell col--${column.id}${column.numeric ? ' cell--number' : ''}`}
            role="columnheader"
            aria-sort={sorted ? sort.direction : 'none'}
            data-testid={`column-${column.id}`}
          >
            <button
              type="button"
              class="exchange-list__sort"
              title={`${column.title}. Click to sort.`}
              onClick={() => {
                list.actions.sortBy(column.id);
              }}
            >
              <span class="exchange-list__label">{column.label}</span>
              {sorted ? <span class="exchange-list__arrow" aria-hidden="true">{sort.direction === 'ascending' ? '▲' : '▼'}</span> : null}
            </button>
          </div>
        );
      })}
    </div>
  );
}
