import type { ProviderExtension } from '../../../../decode/model';
import { extensionValueText } from '../../../format/extensionValue';
import { DetailSection } from '../DetailSection';

type Props = { readonly extensions: readonly ProviderExtension[]; readonly stream: boolean };

/** Longer values (OpenRouter's annotation page content) start folded so the list stays scannable. */
const foldAbove = 240;

/** Fields the contract does not define, by name: x_groq, provider, timings, content_filter_results, ... */
export function ExtensionList({ extensions, stream }: Props) {
  if (extensions.length === 0) return null;
  return (
    <DetailSection title={`Provider extensions (${String(extensions.length)})`} testid="detail-extensions">
      {stream ? <p class="muted detail-note">Paths are relative to one stream chunk; the value is the last one seen.</p> : null}
      <dl class="extension-list">
        {extensions.map((extension) => {
          const value = extensionValueText(extension.value);
          return (
            <div class="extension-list__item" key={extension.path} data-testid="detail-extension" data-path={extension.path}>
              <dt>
                <code data-testid="detail-extension-path">{extension.path}</code>
                {extension.occurrences === undefined ? null : (
                  <span class="muted" data-testid="detail-extension-occurrences">
                    {' '}in {extension.occurrences} event{extension.occurrences === 1 ? '' : 's'}
                  </span>
                )}
              </dt>
              <dd>
                {value.length > foldAbove ? (
                  <details>
                    <summary class="muted">{value.length.toLocaleString('en-US')} characters</summary>
                    <pre class="code-block" data-testid="detail-extension-value">{value}</pre>
                  </details>
                ) : (
                  <pre class="code-block" data-testid="detail-extension-value">{value}</pre>
                )}
              </dd>
            </div>
          );
        })}
      </dl>
    </DetailSection>
  );
}
