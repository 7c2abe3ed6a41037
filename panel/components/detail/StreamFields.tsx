import type { FormatName, StreamFacts } from '../../../decode/index';
import { streamEnds } from '../../format/contractNames';
import { DetailSection, Field, FieldList } from './DetailSection';

type Props = {
  readonly stream: StreamFacts;
  readonly format: FormatName;
  readonly reportedError: boolean;
  readonly cutByBrowser: boolean;
};

/** Why a stream did not end properly, as far as the panel can tell. */
const whyNotEnded = (format: FormatName, reportedError: boolean, cutByBrowser: boolean): string => {
  if (reportedError) return 'no: it reported an error';
  // Firefox keeps only the first part of a long body: the end was never seen, not missing.
  if (cutByBrowser) return 'unknown: the browser cut the body before its end';
  return `no: it stopped without ${streamEnds[format]}`;
};

/** How the server-sent event stream went: how many events, and whether it ended properly. */
export function StreamFields({ stream, format, reportedError, cutByBrowser }: Props) {
  return (
    <DetailSection title="Stream" testid="detail-stream">
      <FieldList>
        <Field label="events" testid="detail-stream-events">
          {stream.events}
        </Field>
        <Field label="ended properly" testid="detail-stream-done">
          {stream.done ? 'yes' : <span class="warning-text">{whyNotEnded(format, reportedError, cutByBrowser)}</span>}
        </Field>
      </FieldList>
    </DetailSection>
  );
}
