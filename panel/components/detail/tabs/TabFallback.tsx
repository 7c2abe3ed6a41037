import type { CapturedExchange } from '../../../../decode/index';
import { describeError } from '../../../store/exchangeEntry';
import { LongText } from '../text/LongText';

type Props = { readonly tab: string; readonly captured: CapturedExchange; readonly error: unknown };

/** A tab that threw while rendering: say which and why, and show the raw response body as text. */
export function TabFallback({ tab, captured, error }: Props) {
  return (
    <div class="raw-fallback" data-testid="detail-tab-fallback" role="alert">
      <p class="raw-fallback__error">
        The {tab} tab could not be shown: <span data-testid="detail-tab-fallback-error">{describeError(error)}</span>
      </p>
      {captured.body === null ? (
        <p>Body unavailable{captured.bodyUnavailableReason === undefined ? '' : `: ${captured.bodyUnavailableReason}`}</p>
      ) : (
        <LongText text={captured.body} class="raw-fallback__body" testid="detail-tab-fallback-body" />
      )}
    </div>
  );
}
