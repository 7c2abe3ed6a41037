import type { TargetedKeyboardEvent } from 'preact';
import { useStore } from '../../store/storeContext';
import { ExchangeRow } from './ExchangeRow';

/** The request log: a column header and one row per chat exchange; ↑/↓ move the selection. */
export function ExchangeList() {
  const store = useStore();
  const entries = store.exchanges.value;
  const selectedId = store.selectedId.value;

  const onKeyDown = (event: TargetedKeyboardEvent<HTMLElement>) => {
    const step = event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : 0;
    if (step === 0) return;
    event.preventDefault(); // keep the list from scrolling by itself; the selected row scrolls into view
    store.actions.moveSelection(step);
  };

  return (
    <section class="exchange-list" aria-label="Chat-completion requests">
      <div class="exchange-list__header row-grid" aria-hidden="true">
        <span>Time</span>
        <span>Model</span>
        <span>Kind</span>
        <span class="cell--number">Status</span>
        <span class="cell--number">Tokens</span>
      </div>
      <ul
        class="exchange-list__rows"
        role="listbox"
        aria-label="Requests"
        tabIndex={0}
        data-testid="exchange-list"
        onKeyDown={onKeyDown}
      >
        {entries.map((entry) => (
          <ExchangeRow key={entry.id} entry={entry} selected={entry.id === selectedId} />
        ))}
      </ul>
    </section>
  );
}
