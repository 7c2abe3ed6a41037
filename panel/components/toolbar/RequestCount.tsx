import { useStore } from '../../store/storeContext';

/** "7 requests", or "3 of 7 requests" while the filter or a toggle hides some. */
export function RequestCount() {
  const store = useStore();
  const total = store.exchanges.value.length;
  const shown = store.list.visible.value.length;
  const noun = total === 1 ? 'request' : 'requests';
  return (
    <span class="toolbar__text" data-testid="exchange-count">
      {shown === total ? `${total} ${noun}` : `${shown} of ${total} ${noun}`}
    </span>
  );
}
