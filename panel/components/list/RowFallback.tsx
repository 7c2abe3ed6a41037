import type { ExchangeEntry } from '../../store/exchangeEntry';
import { describeError } from '../../store/exchangeEntry';

type Props = { readonly entry: ExchangeEntry; readonly error: unknown };

/** What a row shows when its cells could not render: the error and the start of the raw body. */
export function RowFallback({ entry, error }: Props) {
  const body = entry.captured.body ?? '(body unavailable)';
  return (
    <span class="log-cell row-fallback" role="gridcell" data-testid="row-fallback">
      <span class="row-fallback__error">{describeError(error)}</span> <span class="row-fallback__body">{body.slice(0, 300)}</span>
    </span>
  );
}
