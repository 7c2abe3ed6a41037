import type { CapturedExchange } from '../../../decode/exchange';
import type { DecodedExchange } from '../../../decode/model';
import { copyText } from '../../actions/copyText';
import { curlCommand } from '../../actions/curlCommand';
import { responseJsonText } from '../../actions/responseJson';
import { useStore } from '../../store/storeContext';
import { IncludeSecretsToggle } from './IncludeSecretsToggle';
import './actions.css';

type Props = { readonly captured: CapturedExchange; readonly decoded: DecodedExchange };

/** The detail header's copy buttons; what was copied (or why not) shows in the toolbar's notice. */
export function ExchangeActions({ captured, decoded }: Props) {
  const transfer = useStore().transfer;
  const responseJson = responseJsonText(captured, decoded);
  const copy = async (text: string, what: string) => {
    const outcome = await copyText(text);
    transfer.actions.report(
      outcome === 'failed'
        ? { kind: 'error', text: `The browser refused to copy the ${what}` }
        : { kind: 'info', text: `Copied the ${what}` },
    );
  };
  return (
    <div class="exchange-actions">
      <button
        type="button"
        class="transfer-button"
        data-testid="copy-response-json"
        disabled={responseJson === null}
        title={decoded.stream === null ? 'Copy the response body as JSON' : 'Copy the completion reassembled from the stream'}
        onClick={() => {
          if (responseJson !== null) void copy(responseJson, decoded.stream === null ? 'response JSON' : 'reassembled completion');
        }}
      >
        Copy response JSON
      </button>
      <button
        type="button"
        class="transfer-button"
        data-testid="copy-curl"
        title="Copy the request as a curl command"
        onClick={() => {
          const includeSecrets = transfer.includeSecrets.value;
          void copy(curlCommand(captured, { includeSecrets }), includeSecrets ? 'cURL command, with secrets' : 'cURL command (secrets masked)');
        }}
      >
        Copy as cURL
      </button>
      <IncludeSecretsToggle testId="detail-include-secrets" />
    </div>
  );
}
