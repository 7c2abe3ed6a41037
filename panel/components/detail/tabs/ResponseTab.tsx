import type { DecodedExchange } from '../../../../decode/index';
import { formatInfo } from '../../../../decode/index';
import { ChoiceView } from '../ChoiceView';
import { CompletionFields } from '../CompletionFields';
import { DetailSection } from '../DetailSection';
import { ErrorFields } from '../ErrorFields';
import { IssueList } from '../IssueList';
import { CitationList } from '../response/CitationList';
import { ExtensionList } from '../response/ExtensionList';
import '../response/response.css';
import { StreamFields } from '../StreamFields';
import { UsageFields } from '../UsageFields';
import type { DetailTabProps } from './tabProps';

/** Every field of the decoded response, top to bottom as a user reads it. The default tab. */
export function ResponseTab({ captured, decoded }: DetailTabProps) {
  return (
    <div class="exchange-detail__body">
      <IssueList issues={decoded.issues} />
      {decoded.error === null ? null : <ErrorFields error={decoded.error} />}
      <CompletionSections decoded={decoded} />
      <ExtensionList extensions={decoded.extensions ?? []} stream={decoded.kind === 'stream'} />
      {decoded.stream === null ? null : (
        <StreamFields
          stream={decoded.stream}
          format={decoded.format}
          reportedError={decoded.error !== null}
          cutByBrowser={captured.bodyCut !== undefined}
        />
      )}
    </div>
  );
}

function CompletionSections({ decoded }: { readonly decoded: DecodedExchange }) {
  const { completion } = decoded;
  if (completion === null) return null;
  const format = formatInfo(decoded.format);
  return (
    <>
      <CompletionFields completion={completion} precise={decoded.preciseNumbers} format={format} />
      <DetailSection title={`Choices (${completion.choices.length})`} testid="detail-choices">
        {completion.choices.length === 0 ? <p class="muted">No choices in the response.</p> : null}
        {completion.choices.map((choice, position) => (
          <ChoiceView key={`${choice.index}-${position}`} choice={choice} format={format} />
        ))}
      </DetailSection>
      {completion.citations === undefined ? null : <CitationList citations={completion.citations} />}
      <UsageFields usage={completion.usage} precise={decoded.preciseNumbers} format={format} />
    </>
  );
}
