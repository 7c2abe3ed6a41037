import { useRef } from 'preact/hooks';
import { useStore } from '../../../store/storeContext';
import { RenderBoundary } from '../../RenderBoundary';
import { detailTabs, findDetailTab } from './detailTabs';
import './detailTabs.css';
import { nextTabIndex } from './tabKeys';
import { TabFallback } from './TabFallback';
import type { DetailTabProps } from './tabProps';

/**
 * The detail view's tabs with automatic activation: moving with the keyboard selects. Every tab
 * has its panel element (so each aria-controls points at something); only the selected one is
 * rendered, behind its own error boundary so a tab that throws shows the raw body, not a blank.
 */
export function DetailTabs({ captured, decoded }: DetailTabProps) {
  const store = useStore();
  const active = findDetailTab(store.detailTab.selectedTab.value);
  const listRef = useRef<HTMLDivElement>(null);
  const { selectTab } = store.detailTab.actions;

  const onKeyDown = (event: KeyboardEvent) => {
    const current = detailTabs.indexOf(active);
    const next = nextTabIndex(event.key, current, detailTabs.length);
    const tab = next === null ? undefined : detailTabs[next];
    if (tab === undefined) return;
    event.preventDefault();
    selectTab(tab.id);
    listRef.current?.querySelector<HTMLElement>(`#detail-tab-${tab.id}`)?.focus();
  };

  const ActiveTab = active.component;
  return (
    <div class="detail-tabs">
      <div class="detail-tabs__list" role="tablist" aria-label="Exchange detail" ref={listRef} onKeyDown={onKeyDown}>
        {detailTabs.map((tab) => (
          <button
            key={tab.id}
            type="button"
            role="tab"
            class="detail-tabs__tab"
            id={`detail-tab-${tab.id}`}
            data-testid={`detail-tab-${tab.id}`}
            aria-selected={tab === active}
            aria-controls={`detail-tabpanel-${tab.id}`}
            tabIndex={tab === active ? 0 : -1}
            onClick={() => {
              selectTab(tab.id);
            }}
          >
            {tab.label}
          </button>
        ))}
      </div>
      {detailTabs.map((tab) => (
        <div
          key={tab.id}
          role="tabpanel"
          class="detail-tabs__panel"
          id={`detail-tabpanel-${tab.id}`}
          data-testid={`detail-tabpanel-${tab.id}`}
          aria-labelledby={`detail-tab-${tab.id}`}
          tabIndex={0}
          hidden={tab !== active}
        >
          {tab === active ? (
            <RenderBoundary key={`${captured.id}:${tab.id}`} fallback={(error) => <TabFallback tab={tab.label} captured={captured} error={error} />}>
              <ActiveTab captured={captured} decoded={decoded} />
            </RenderBoundary>
          ) : null}
        </div>
      ))}
    </div>
  );
}
