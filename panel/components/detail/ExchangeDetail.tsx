import type { DecodedExchange } from '../../../decode/model';
import type { ExchangeEntry } from '../../store/exchangeEntry';
import { RawFallback } from '../RawFallback';
import { BodyUnavailable } from './BodyUnavailable';
import { ChoiceView } from './ChoiceView';
import { CompletionFields } from './CompletionFields';
import { DetailSection } from './DetailSection';
import { ErrorFields } from './ErrorFields';
import { IssueList } from './IssueList';
import { RequestLine } from './RequestLine';
import { StreamFields } from './StreamFields';
import { UsageFields } from './UsageFields';

type Props = { readonly entry: ExchangeEntry };

/** Everything known about one exchange, top to bottom as a user reads a response. */
export function ExchangeDetail({ entry }: Props) {
  const { captured, outcome } = entry;
  if (!outcome.ok) return <RawFallback captured={captured} error={outcome.failure} />;
  const decoded = outcome.decoded;
  return (
    <div class="exchange-detail__body">
      <RequestLine captured={captured} decoded={decoded} />
      {captured.body === null ? <BodyUnavailable reason={captured.bodyUnavailableReason} /> : null}
      <IssueList issues={decoded.issues} />
      {decoded.error === null ? null : <ErrorFields error={decoded.error} />}
      <CompletionSections decoded={decoded} />
      {decoded.stream === null ? null : <StreamFields stream={decoded.stream} reportedError={decoded.error !== null} />}
    </div>
  );
}

function CompletionSections({ decoded }: { readonly decoded: DecodedExchange }) {
  const { completion } = decoded;
  if (completion === null) return null;
  return (
    <>
      <CompletionFields completion={completion} />
      <DetailSection title={`Choices (${completion.choices.length})`} testid="detail-choices">
        {completion.choices.length === 0 ? <p class="muted">No choices in the response.</p> : null}
        {completion.choices.map((choice, position) => (
          <ChoiceView key={`${choice.index}-${position}`} choice={choice} />
        ))}
      </DetailSection>
      <UsageFields usage={completion.usage} />
    </>
  );
}
