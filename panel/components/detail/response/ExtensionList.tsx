import type { ProviderExtension } from '../../../../decode/index';
import { DetailSection } from '../DetailSection';
import { extensionRuns, runsLength } from '../json/extensionRuns';
import { JsonText } from '../json/JsonText';

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
          const runs = extensionRuns(extension);
          const length = runsLength(runs);
          return (
            <div class="extension-list__item" key={extension.path} data-testid="detail-extension" data-path={extension.path}>
              <dt>
                <code data-testid="detail-extension-path">{extension.path}</code>
                {extension.occurrences === undefined ? null : (
                  <span class="muted" data-testid="detail-extension-occurrences">
                    {' '}
                    in {extension.occurrences} event{extension.occurrences === 1 ? '' : 's'}
                  </span>
                )}
              </dt>
              <dd>
                {length > foldAbove ? (
                  <details>
                    <summary class="muted">{length.toLocaleString('en-US')} characters</summary>
                    <JsonText runs={runs} testid="detail-extension-value" />
                  </details>
                ) : (
                  <JsonText runs={runs} testid="detail-extension-value" />
                )}
              </dd>
            </div>
          );
        })}
      </dl>
    </DetailSection>
  );
}
