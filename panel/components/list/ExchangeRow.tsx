import { useEffect, useRef } from 'preact/hooks';
import type { ExchangeEntry } from '../../store/exchangeEntry';
import { useStore } from '../../store/storeContext';
import { RenderBoundary } from '../RenderBoundary';
import { RowCells } from './RowCells';
import { RowFallback } from './RowFallback';

type Props = { readonly entry: ExchangeEntry; readonly selected: boolean };

/** One exchange in the log. The row element itself always renders, so it stays selectable even if its cells fail. */
export function ExchangeRow({ entry, selected }: Props) {
  const store = useStore();
  const ref = useRef<HTMLLIElement>(null);

  useEffect(() => {
    // Keyboard selection can move past the visible rows: bring the selected one into view.
    if (selected) ref.current?.scrollIntoView({ block: 'nearest' });
  }, [selected]);

  return (
    <li
      ref={ref}
      class={selected ? 'exchange-row row-grid exchange-row--selected' : 'exchange-row row-grid'}
      role="option"
      aria-selected={selected}
      data-testid="exchange-row"
      data-exchange-id={entry.id}
      title={`${entry.captured.method} ${entry.captured.url}`}
      onClick={() => {
        store.actions.select(entry.id);
      }}
    >
      <RenderBoundary fallback={(error) => <RowFallback entry={entry} error={error} />}>
        <RowCells entry={entry} />
      </RenderBoundary>
    </li>
  );
}
