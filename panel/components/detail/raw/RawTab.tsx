import type { ComponentChildren } from 'preact';
import { useContext, useMemo } from 'preact/hooks';
import { redactRequestBody, requestContentType } from '../../../secrets/redactExchange';
import { StoreContext } from '../../../store/storeContext';
import { StreamEventBrowser } from '../events/StreamEventBrowser';
import { streamEventsOf } from '../events/streamEvents';
import type { DetailTabProps } from '../tabs/tabProps';
import { BodyView } from './BodyView';
import { CopyButton } from './CopyButton';
import './raw.css';

/**
 * The request and response bodies as they went over the wire, pretty-printed: JSON as a tree, a
 * stream as its list of events. The response's copy button copies it exactly as received; the
 * request's with its secret fields masked unless "include secrets" is ticked, like every path out.
 */
export function RawTab({ captured, decoded }: DetailTabProps) {
  const stream = useMemo(() => streamEventsOf(captured, decoded), [captured, decoded]);
  // Tabs are also rendered alone (tests, the shell's fallbacks); without a store nothing is included.
  const transfer = useContext(StoreContext)?.transfer;
  const { requestBody, body } = captured;
  const copyRequest =
    requestBody === null ? null : () => redactRequestBody(captured, { includeSecrets: transfer?.includeSecrets.value ?? false }) ?? '';
  return (
    <div class="raw-tab" data-testid="raw-tab">
      <RawBody
        title="Request body"
        meta={requestBody === null ? null : sizeText(requestBody)}
        copy={copyRequest}
        what="request body"
        testid="raw-request"
      >
        {requestBody === null ? (
          <p class="missing">No request body</p>
        ) : (
          <BodyView
            text={requestBody}
            label="Request body"
            testid="raw-request"
            secretFields={{ contentType: requestContentType(captured) }}
          />
        )}
      </RawBody>
      <RawBody
        title="Response body"
        meta={body === null ? null : `${captured.mimeType || 'no content type'}, ${sizeText(body)}`}
        copy={body === null ? null : () => body}
        what="response body"
        testid="raw-response"
      >
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
  /** What the copy button copies, worked out when clicked; null for no button. */
  readonly copy: (() => string) | null;
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
        {copy === null ? null : <CopyButton text={copy} what={what} testid={`copy-${testid}-body`} />}
      </div>
      {children}
    </section>
  );
}

/** "1,234 characters": the body is text by now (base64 already decoded), so bytes are not known. */
function sizeText(text: string): string {
  return `${text.length.toLocaleString('en-US')} characters`;
}
