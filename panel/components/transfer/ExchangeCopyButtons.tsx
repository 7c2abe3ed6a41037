import type { CapturedExchange } from '../../../decode/index';
import type { DecodedExchange } from '../../../decode/index';
import { copyText } from '../../transfer/copyText';
import { curlCommand } from '../../transfer/curlCommand';
import type { CurlShell } from '../../transfer/curlCommand';
import { responseJsonText } from '../../transfer/responseJson';
import { useStore } from '../../store/storeContext';
import { IncludeSecretsToggle } from './IncludeSecretsToggle';
import './transfer.css';

type Props = { readonly captured: CapturedExchange; readonly decoded: DecodedExchange };

/** The detail header's copy buttons; what was copied (or why not) shows in the toolbar's notice. */
export function ExchangeCopyButtons({ captured, decoded }: Props) {
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
  const copyCurl = (shell: CurlShell) => {
    const includeSecrets = transfer.includeSecrets.value;
    const what = shell === 'cmd' ? 'cURL command for cmd' : 'cURL command';
    void copy(
      curlCommand(captured, { includeSecrets, shell, format: decoded.format }),
      includeSecrets ? `${what}, with secrets` : `${what} (secrets as environment variables)`,
    );
  };
  return (
    <div class="exchange-copy-buttons">
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
        title="Copy the request as a curl command for bash, zsh or sh; secrets as $VARIABLES unless included"
        onClick={() => {
          copyCurl('posix');
        }}
      >
        Copy as cURL
      </button>
      <button
        type="button"
        class="transfer-button"
        data-testid="copy-curl-cmd"
        title="Copy the request as a curl command for Windows cmd.exe; secrets as %VARIABLES% unless included"
        onClick={() => {
          copyCurl('cmd');
        }}
      >
        cURL (cmd)
      </button>
      <IncludeSecretsToggle testId="detail-include-secrets" />
    </div>
  );
}
