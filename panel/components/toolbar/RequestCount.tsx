import { tokenCountText } from '../../format/tokens';
import { useStore } from '../../store/storeContext';

/** "7 requests", or "3 of 7 requests" while the filter or a toggle hides some. */
export function RequestCount() {
  const store = useStore();
  const total = store.exchanges.value.length;
  const shown = store.list.visible.value.length;
  const noun = total === 1 ? 'request' : 'requests';
  return (
    <span class="toolbar__text" data-testid="exchange-count">
      {shown === total ? `${tokenCountText(total, '0')} ${noun}` : `${tokenCountText(shown, '0')} of ${tokenCountText(total, '0')} ${noun}`}
    </span>
  );
}
