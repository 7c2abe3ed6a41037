import type { StreamFacts } from '../../../decode/model';
import { DetailSection, Field, FieldList } from './DetailSection';

type Props = { readonly stream: StreamFacts; readonly reportedError: boolean };

/** How the server-sent event stream went: how many events, and whether it ended properly. */
export function StreamFields({ stream, reportedError }: Props) {
  return (
    <DetailSection title="Stream" testid="detail-stream">
      <FieldList>
        <Field label="events" testid="detail-stream-events">{stream.events}</Field>
        <Field label="ended properly" testid="detail-stream-done">
          {stream.done ? 'yes' : <span class="warning-text">{reportedError ? 'no: it reported an error' : 'no: it stopped without [DONE]'}</span>}
        </Field>
      </FieldList>
    </DetailSection>
  );
}
