import { useStore } from '../store/storeContext';
import { TransferActions } from './actions/TransferActions';

/** DevTools-style toolbar: clear, preserve log across navigations, request count, connection state. */
export function Toolbar() {
  const store = useStore();
  const count = store.exchanges.value.length;
  const listening = store.listening.value;
  return (
    <div class="toolbar" role="toolbar" aria-label="Panel actions">
      <button
        type="button"
        class="toolbar__button"
        title="Clear"
        aria-label="Clear"
        data-testid="clear-button"
        onClick={() => {
          store.actions.clear();
        }}
      >
        <svg class="toolbar__icon" viewBox="0 0 16 16" aria-hidden="true">
          <circle cx="8" cy="8" r="5.5" fill="none" stroke="currentColor" stroke-width="1.5" />
          <line x1="4.2" y1="11.8" x2="11.8" y2="4.2" stroke="currentColor" stroke-width="1.5" />
        </svg>
      </button>
      <span class="toolbar__divider" />
      <label class="toolbar__check">
        <input
          type="checkbox"
          checked={store.preserveLog.value}
          data-testid="preserve-log"
          onChange={(event) => {
            store.actions.setPreserveLog(event.currentTarget.checked);
          }}
        />
        Preserve log
      </label>
      <span class="toolbar__divider" />
      <TransferActions />
      <span class="toolbar__spacer" />
      <span class="toolbar__text" data-testid="exchange-count">
        {count} {count === 1 ? 'request' : 'requests'}
      </span>
      <span class="toolbar__divider" />
      <span class={listening ? 'toolbar__status toolbar__status--on' : 'toolbar__status'}>
        {listening ? 'Listening' : 'Connecting…'}
      </span>
    </div>
  );
}
