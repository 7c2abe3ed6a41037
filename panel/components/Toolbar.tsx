import { useStore } from '../store/storeContext';
import { ImportExportButtons } from './transfer/ImportExportButtons';
import { DroppedCount } from './toolbar/DroppedCount';
import { FilterBox } from './toolbar/FilterBox';
import { PreserveLog } from './toolbar/PreserveLog';
import { QuickToggles } from './toolbar/QuickToggles';
import { RequestCount } from './toolbar/RequestCount';
import { SessionTotals } from './toolbar/SessionTotals';
import { SettingsMenu } from './toolbar/SettingsMenu';
import './toolbar/toolbar.css';

/**
 * DevTools-style toolbar, left to right: clear, filter and quick toggles, preserve log, import and
 * export (components/transfer/), then session totals, request count (and how many the memory limits dropped), settings and
 * connection state. Each part is its own component in toolbar/ so this stays a list.
 */
export function Toolbar() {
  const store = useStore();
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
      <FilterBox />
      <QuickToggles />
      <span class="toolbar__divider" />
      <PreserveLog />
      <span class="toolbar__divider" />
      <ImportExportButtons />
      <span class="toolbar__spacer" />
      <SessionTotals />
      <RequestCount />
      <DroppedCount />
      <span class="toolbar__divider" />
      <SettingsMenu />
      <span class={listening ? 'toolbar__status toolbar__status--on' : 'toolbar__status'}>
        {listening ? 'Listening' : 'Connecting…'}
      </span>
    </div>
  );
}
