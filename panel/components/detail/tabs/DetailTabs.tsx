import { useStore } from '../../../store/storeContext';
import { useOverflow } from '../../overflow/useOverflow';
import { RenderBoundary } from '../../RenderBoundary';
import { detailTabs, findDetailTab } from './detailTabs';
import './detailTabs.css';
import { nextTabIndex } from './tabKeys';
import { TabFallback } from './TabFallback';
import { TabOverflowMenu } from './TabOverflowMenu';
import type { DetailTabProps } from './tabProps';

/**
 * The detail view's tabs with automatic activation: moving with the keyboard selects. Every tab
 * has its panel element (so each aria-controls points at something); only the selected one is
 * rendered, behind its own error boundary so a tab that throws shows the raw body, not a blank.
 * The strip is one line: tabs that do not fit go into a » menu (the open tab always stays in the
 * strip), as DevTools' own tab strips do in a narrow panel; ←/→ still reach every tab.
 */
/** Room for the » button (its 20 px and a little). */
const OVERFLOW_BUTTON_WIDTH = 24;

export function DetailTabs({ captured, decoded }: DetailTabProps) {
  const store = useStore();
  const active = findDetailTab(store.detailTab.selectedTab.value);
  const { selectTab } = store.detailTab.actions;
  const {
    bar: strip,
    shown,
    hidden,
  } = useOverflow({ count: detailTabs.length, reserve: OVERFLOW_BUTTON_WIDTH, mustShow: detailTabs.indexOf(active) });

  const onKeyDown = (event: KeyboardEvent) => {
    const current = detailTabs.indexOf(active);
    const next = nextTabIndex(event.key, current, detailTabs.length);
    const tab = next === null ? undefined : detailTabs[next];
    if (tab === undefined) return;
    event.preventDefault();
    selectTab(tab.id);
    focusTab(tab.id);
  };
  /** A tab that was in the » menu joins the strip on the next render: focus it then too. */
  const focusTab = (id: string) => {
    const focus = () => strip.current?.querySelector<HTMLElement>(`#detail-tab-${id}`)?.focus();
    focus();
    requestAnimationFrame(focus);
  };

  const ActiveTab = active.component;
  return (
    <div class="detail-tabs">
      <div class="detail-tabs__strip" ref={strip}>
        <div class="detail-tabs__list" role="tablist" aria-label="Exchange detail" onKeyDown={onKeyDown}>
          {shown
            .flatMap((index) => detailTabs[index] ?? [])
            .map((tab) => (
              <button
                key={tab.id}
                data-overflow-index={detailTabs.indexOf(tab)}
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
        {hidden.length === 0 ? null : (
          <TabOverflowMenu
            tabs={hidden.flatMap((index) => detailTabs[index] ?? [])}
            onChoose={(tab) => {
              selectTab(tab.id);
              focusTab(tab.id);
            }}
          />
        )}
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
            <RenderBoundary
              key={`${captured.id}:${tab.id}`}
              fallback={(error) => <TabFallback tab={tab.label} captured={captured} error={error} />}
            >
              <ActiveTab captured={captured} decoded={decoded} />
            </RenderBoundary>
          ) : null}
        </div>
      ))}
    </div>
  );
}
