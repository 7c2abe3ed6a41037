import { useEffect } from 'preact/hooks';
import { useStore } from '../store/storeContext';
import { ExchangeDetail } from './detail/ExchangeDetail';
import { preloadDetailTabs } from './detail/tabs/detailTabs';
import { preloadWhenIdle } from './lazy/preloadWhenIdle';
import { RawFallback } from './RawFallback';
import { RenderBoundary } from './RenderBoundary';

/** The right-hand side: the selected exchange, each behind its own error boundary. */
export function DetailPane() {
  const entry = useStore().selected.value;
  // Shown once the list has rows: the tabs' code is fetched when the page is next idle, after the
  // rows are painted, so the first selection finds it in and shows its tab at once.
  useEffect(() => preloadWhenIdle(preloadDetailTabs), []);
  if (entry === null) {
    return (
      <section class="detail-pane detail-pane--placeholder" data-testid="detail-placeholder">
        <p class="muted">Select a request to see its response.</p>
      </section>
    );
  }
  return (
    <section class="detail-pane" data-testid="exchange-detail" data-exchange-id={entry.id} aria-label="Request details">
      <RenderBoundary key={entry.id} fallback={(error) => <RawFallback captured={entry.captured} error={error} />}>
        <ExchangeDetail entry={entry} />
      </RenderBoundary>
    </section>
  );
}
