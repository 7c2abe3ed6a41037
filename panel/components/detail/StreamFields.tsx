import type { StreamFacts } from '../../../decode/model';
import { DetailSection, Field, FieldList } from './DetailSection';

type Props = { readonly stream: StreamFacts };

/** How the server-sent event stream went: how many events, and whether it ended properly. */
export function StreamFields({ stream }: Props) {
  return (
    <DetailSection title="Stream" testid="detail-stream">
      <FieldList>
        <Field label="events" testid="detail-stream-events">{stream.events}</Field>
        <Field label="ended properly" testid="detail-stream-done">
          {stream.done ? 'yes' : <span class="warning-text">no: the stream stopped without its end marker</span>}
        </Field>
      </FieldList>
    </DetailSection>
  );
}
