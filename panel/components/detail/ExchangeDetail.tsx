import type { ExchangeEntry } from '../../store/exchangeEntry';
import { RawFallback } from '../RawFallback';
import { BodyUnavailable } from './BodyUnavailable';
import { RequestLine } from './RequestLine';
import { DetailTabs } from './tabs/DetailTabs';
import './exchangeDetail.css';

type Props = { readonly entry: ExchangeEntry };

/** One exchange: the request line and the body's availability above, then the tabs (detailTabs.ts). */
export function ExchangeDetail({ entry }: Props) {
  const { captured, outcome } = entry;
  if (!outcome.ok) return <RawFallback captured={captured} error={outcome.failure} />;
  const decoded = outcome.decoded;
  return (
    <div class="exchange-detail">
      <RequestLine captured={captured} decoded={decoded} />
      {captured.body === null ? <BodyUnavailable reason={captured.bodyUnavailableReason} /> : null}
      <DetailTabs captured={captured} decoded={decoded} />
    </div>
  );
}
