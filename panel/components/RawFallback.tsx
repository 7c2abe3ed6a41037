import type { CapturedExchange } from '../../decode/index';
import { redactUrl } from '../secrets/redactUrl';
import { describeError } from '../store/exchangeEntry';
import { LongText } from './detail/text/LongText';

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
        <LongText text={captured.body} class="raw-fallback__body" testid="detail-fallback-body" />
      )}
    </div>
  );
}
