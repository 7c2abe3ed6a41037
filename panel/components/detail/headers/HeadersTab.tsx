import type { HeaderEntry } from '../../../../decode/index';
import { statusLabel } from '../../../format/exchangeLabels';
import { HeaderValue, SecretUrl } from '../../../secrets';
import { DetailSection, Field, FieldList } from '../DetailSection';
import type { DetailTabProps } from '../tabs/tabProps';
import './headers.css';

/**
 * The request line and both header lists, sorted by name regardless of case (as DevTools' Network
 * panel lists them: HTTP/2 sends lower-case names, HTTP/1.1 servers mixed case). Credentials
 * (Authorization, api-key, cookies, key-like query parameters) show masked with a reveal, through
 * panel/secrets, the one place that decides what is secret.
 */
export function HeadersTab({ captured }: DetailTabProps) {
  return (
    <div class="headers-tab" data-testid="headers-tab">
      <DetailSection title="General" testid="headers-general">
        <FieldList>
          <Field label="Request URL" testid="headers-url" mono>
            <SecretUrl url={captured.url} testId="headers-url-value" />
          </Field>
          <Field label="Request method" testid="headers-method">
            {captured.method}
          </Field>
          <Field label="Status code" testid="headers-status">
            {statusLabel(captured.status)}
          </Field>
          <Field label="Content type" testid="headers-mime-type">
            {captured.mimeType === '' ? '—' : captured.mimeType}
          </Field>
        </FieldList>
      </DetailSection>
      <HeaderTable title="Request headers" headers={captured.requestHeaders} testid="headers-request" />
      <HeaderTable title="Response headers" headers={captured.responseHeaders} testid="headers-response" />
    </div>
  );
}

/** Sorted by lower-cased name; the sort is stable, so repeated names (Set-Cookie, Vary) keep the order sent. */
function byName(headers: readonly HeaderEntry[]): HeaderEntry[] {
  const named = headers.map((header) => ({ header, key: header.name.toLowerCase() }));
  named.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return named.map(({ header }) => header);
}

type TableProps = { readonly title: string; readonly headers: readonly HeaderEntry[]; readonly testid: string };

function HeaderTable({ title, headers, testid }: TableProps) {
  return (
    <DetailSection title={`${title} (${headers.length})`} testid={testid}>
      {headers.length === 0 ? (
        <p class="missing header-table__box">None recorded</p>
      ) : (
        <div class="header-table__box">
          <table class="header-table">
            <tbody>
              {byName(headers).map((header, position) => (
                <tr key={position} class="header-table__row" data-testid="header-row" data-name={header.name.toLowerCase()}>
                  <th scope="row" class="header-table__name" data-testid="header-name">
                    {header.name}
                  </th>
                  <td class="header-table__value">
                    <HeaderValue name={header.name} value={header.value} testId="header-value" />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </DetailSection>
  );
}
