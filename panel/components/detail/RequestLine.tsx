import type { CapturedExchange, DecodedExchange } from '../../../decode/index';
import { formatDuration } from '../../format/duration';
import { kindLabels, statusLabel } from '../../format/exchangeLabels';
import { SecretUrl } from '../../secrets/SecretValue';
import { ExchangeCopyButtons } from '../transfer/ExchangeCopyButtons';
import { ImportedBadge } from '../transfer/ImportedBadge';
import { LiveBadges } from './LiveBadges';

type Props = { readonly captured: CapturedExchange; readonly decoded: DecodedExchange };

/** The detail's heading: method, URL, status, kind and whether the response conforms. */
export function RequestLine({ captured, decoded }: Props) {
  const issueCount = decoded.issues.length;
  return (
    <header class="request-line">
      <div class="request-line__url">
        <span class="request-line__method">{captured.method}</span> <SecretUrl url={captured.url} testId="detail-url" />
      </div>
      <div class="request-line__facts">
        <span class="badge">
          status <span data-testid="detail-status">{statusLabel(captured.status)}</span>
        </span>
        <span class="badge" data-testid="detail-kind">
          {kindLabels[decoded.kind]}
        </span>
        {captured.tapped?.outcome === 'in-flight' ? null : (
          <span class={decoded.conforms ? 'badge badge--ok' : 'badge badge--warning'} data-testid="detail-conforms">
            {decoded.conforms ? 'conforms' : `does not conform (${issueCount} issue${issueCount === 1 ? '' : 's'})`}
          </span>
        )}
        {captured.durationMs === null ? null : (
          <span class="badge" data-testid="detail-duration">
            {formatDuration(captured.durationMs)}
          </span>
        )}
        <ImportedBadge captured={captured} testId="detail-imported" />
        <LiveBadges captured={captured} />
      </div>
      <ExchangeCopyButtons captured={captured} decoded={decoded} />
    </header>
  );
}
