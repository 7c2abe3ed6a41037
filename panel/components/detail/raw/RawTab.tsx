import type { ComponentChildren } from 'preact';
import { useMemo } from 'preact/hooks';
import { StreamEventBrowser } from '../events/StreamEventBrowser';
import { streamEventsOf } from '../events/streamEvents';
import type { DetailTabProps } from '../tabs/tabProps';
import { BodyView } from './BodyView';
import { CopyButton } from './CopyButton';
import './raw.css';

/**
 * The request and response bodies as they went over the wire, pretty-printed: JSON as a tree, a
 * stream as its list of events. Each copy button copies the body exactly as received.
 */
export function RawTab({ captured, decoded }: DetailTabProps) {
  const stream = useMemo(() => streamEventsOf(captured, decoded), [captured, decoded]);
  const { requestBody, body } = captured;
  return (
    <div class="raw-tab" data-testid="raw-tab">
      <RawBody title="Request body" meta={requestBody === null ? null : sizeText(requestBody)} copy={requestBody} what="request body" testid="raw-request">
        {requestBody === null ? <p class="missing">No request body</p> : <BodyView text={requestBody} label="Request body" testid="raw-request" />}
      </RawBody>
      <RawBody title="Response body" meta={body === null ? null : `${captured.mimeType || 'no content type'}, ${sizeText(body)}`} copy={body} what="response body" testid="raw-response">
        {body === null ? (
          <p class="missing" data-testid="raw-response-unavailable">
            {`The browser gave no body${captured.bodyUnavailableReason === undefined ? '' : `: ${captured.bodyUnavailableReason}`}`}
          </p>
        ) : stream === null ? (
          <BodyView text={body} label="Response body" testid="raw-response" />
        ) : (
          <StreamEventBrowser events={stream.events} label="Response events" testid="raw-response-events" />
        )}
      </RawBody>
    </div>
  );
}

type RawBodyProps = {
  readonly title: string;
  readonly meta: string | null;
  readonly copy: string | null;
  readonly what: string;
  readonly testid: string;
  readonly children: ComponentChildren;
};

function RawBody({ title, meta, copy, what, testid, children }: RawBodyProps) {
  return (
    <section class="raw-body" data-testid={`${testid}-body`}>
      <div class="raw-body__header">
        <h3 class="raw-body__title">{title}</h3>
        {meta === null ? null : <span class="raw-body__meta">{meta}</span>}
        {copy === null ? null : <CopyButton text={() => copy} what={what} testid={`copy-${testid}-body`} />}
      </div>
      {children}
    </section>
  );
}

/** "1,234 characters": the body is text by now (base64 already decoded), so bytes are not known. */
function sizeText(text: string): string {
  return `${text.length.toLocaleString('en-US')} characters`;
}
