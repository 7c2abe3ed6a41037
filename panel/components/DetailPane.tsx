import { useStore } from '../store/storeContext';
import { ExchangeDetail } from './detail/ExchangeDetail';
import { RawFallback } from './RawFallback';
import { RenderBoundary } from './RenderBoundary';

/** The right-hand side: the selected exchange, each behind its own error boundary. */
export function DetailPane() {
  const entry = useStore().selected.value;
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
