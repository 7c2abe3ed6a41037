import type { CapturedExchange } from '../../decode/exchange';
import { redactUrl } from '../secrets/redactUrl';
import { describeError } from '../store/exchangeEntry';

type Props = { readonly captured: CapturedExchange; readonly error: unknown };

/** The detail view's last resort: the error and the raw body, as text. */
export function RawFallback({ captured, error }: Props) {
  const message = typeof error === 'string' ? error : describeError(error);
  return (
    <div class="raw-fallback" data-testid="detail-fallback" role="alert">
      <p class="raw-fallback__error">
        This exchange could not be shown: <span data-testid="detail-fallback-error">{message}</span>
      </p>
      <p class="raw-fallback__meta">
        {captured.method} {redactUrl(captured.url)} → {captured.status}
      </p>
      {captured.body === null ? (
        <p>Body unavailable{captured.bodyUnavailableReason === undefined ? '' : `: ${captured.bodyUnavailableReason}`}</p>
      ) : (
        <pre class="raw-fallback__body" data-testid="detail-fallback-body">{captured.body}</pre>
      )}
    </div>
  );
}
