import { useStore } from '../../store/storeContext';

/**
 * The one switch that lets credentials leave the panel, for cURL and exports alike. Shown beside
 * the copy buttons and in the export menu; both are the same setting.
 */
export function IncludeSecretsToggle({ testId }: { readonly testId: string }) {
  const transfer = useStore().transfer;
  return (
    <label
      class="transfer-check"
      title="Copy as cURL, copying the request body and exports keep Authorization, API keys, cookies, key-like query parameters and secret request-body fields"
    >
      <input
        type="checkbox"
        data-testid={testId}
        checked={transfer.includeSecrets.value}
        onChange={(event) => {
          transfer.actions.setIncludeSecrets(event.currentTarget.checked);
        }}
      />
      include secrets
    </label>
  );
}
