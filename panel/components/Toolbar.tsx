import type { ComponentChildren } from 'preact';
import { useStore } from '../store/storeContext';
import { ImportExportButtons } from './transfer/ImportExportButtons';
import { OverflowMenu } from './overflow/OverflowMenu';
import { useOverflow } from './overflow/useOverflow';
import { DroppedCount } from './toolbar/DroppedCount';
import { FilterBox } from './toolbar/FilterBox';
import { LiveSwitch } from './toolbar/LiveSwitch';
import { PreserveLog } from './toolbar/PreserveLog';
import { QuickToggles } from './toolbar/QuickToggles';
import { RequestCount } from './toolbar/RequestCount';
import { SessionTotals } from './toolbar/SessionTotals';
import { SettingsMenu } from './toolbar/SettingsMenu';
import './toolbar/toolbar.css';

/** One thing on the toolbar; dividers and the spacer only make sense on the bar, never in the » menu. */
type ToolbarItem = { readonly key: string; readonly kind?: 'divider' | 'spacer'; readonly content: ComponentChildren };

/** Room for the » button (its 20 px and a gap). */
const OVERFLOW_BUTTON_WIDTH = 24;

/**
 * DevTools-style toolbar, left to right: clear, filter and quick toggles, preserve log, import and
 * export (components/transfer/), then session totals, request count (and how many the memory limits dropped), settings and
 * connection state. Each part is its own component in toolbar/ so this stays a list. It is always
 * one line: what does not fit, from the end, moves into a » menu (overflow/), as DevTools' own
 * toolbars do in a narrow panel.
 */
export function Toolbar() {
  const store = useStore();
  const listening = store.listening.value;
  const items: readonly ToolbarItem[] = [
    {
      key: 'clear',
      content: (
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
      ),
    },
    { key: 'divider-filter', kind: 'divider', content: <span class="toolbar__divider" /> },
    { key: 'filter', content: <FilterBox /> },
    { key: 'toggles', content: <QuickToggles /> },
    { key: 'divider-preserve', kind: 'divider', content: <span class="toolbar__divider" /> },
    { key: 'preserve', content: <PreserveLog /> },
    { key: 'live', content: <LiveSwitch /> },
    { key: 'divider-actions', kind: 'divider', content: <span class="toolbar__divider" /> },
    // Actions area: copy, export and import buttons go here.
    { key: 'transfer', content: <ImportExportButtons /> },
    { key: 'spacer', kind: 'spacer', content: null },
    { key: 'totals', content: <SessionTotals /> },
    { key: 'count', content: <RequestCount /> },
    { key: 'dropped', content: <DroppedCount /> },
    { key: 'divider-settings', kind: 'divider', content: <span class="toolbar__divider" /> },
    { key: 'settings', content: <SettingsMenu /> },
    {
      key: 'status',
      content: (
        <span class={listening ? 'toolbar__status toolbar__status--on' : 'toolbar__status'}>{listening ? 'Listening' : 'Connecting…'}</span>
      ),
    },
  ];
  const { bar, shown, hidden } = useOverflow({ count: items.length, reserve: OVERFLOW_BUTTON_WIDTH });
  const inMenu = hidden.flatMap((index) => {
    const item = items[index];
    return item === undefined || item.kind !== undefined ? [] : [item];
  });
  return (
    <div class="toolbar" role="toolbar" aria-label="Panel actions" ref={bar} data-testid="toolbar">
      {shown.map((index) => {
        const item = items[index];
        if (item === undefined) return null;
        return (
          <div
            key={item.key}
            class={`toolbar__item${item.kind === 'spacer' ? ' toolbar__spacer' : ''}`}
            data-overflow-index={index}
            data-overflow-flexible={item.kind === 'spacer' ? '' : undefined}
          >
            {item.content}
          </div>
        );
      })}
      {inMenu.length === 0 ? null : (
        <OverflowMenu label="More toolbar items" testid="toolbar-overflow" popupRole="group">
          {() =>
            inMenu.map((item) => (
              <div key={item.key} class="toolbar__item" data-testid="toolbar-overflow-item" data-item={item.key}>
                {item.content}
              </div>
            ))
          }
        </OverflowMenu>
      )}
    </div>
  );
}
