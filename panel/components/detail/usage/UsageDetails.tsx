import type { ProviderExtension } from '../../../../decode/model';
import { extensionValueText } from '../../../format/extensionValue';
import { tokenCountText } from '../../../format/tokens';
import { usageDetailLabel } from '../../../format/usageDetailLabels';

type DetailsProps = {
  readonly title: string;
  /** "prompt" or "completion": the test id key is `<side>.<name>`. */
  readonly side: string;
  readonly details: Readonly<Record<string, number>> | undefined;
};

/** prompt_tokens_details or completion_tokens_details: cached, reasoning, audio, predictions, ... */
export function UsageDetails({ title, side, details }: DetailsProps) {
  const entries = Object.entries(details ?? {});
  if (entries.length === 0) return null;
  return (
    <section class="usage-details" data-testid={`usage-${side}-details`}>
      <h4 class="usage-details__title">{title}</h4>
      <dl class="usage-details__list">
        {entries.map(([name, value]) => (
          <div class="usage-details__row" key={name} data-testid="usage-detail" data-key={`${side}.${name}`}>
            <dt>
              {usageDetailLabel(name)} {usageDetailLabel(name) === name ? null : <code class="muted">{name}</code>}
            </dt>
            <dd data-testid="usage-detail-value">{tokenCountText(value, 'not reported')}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

/** Fields the provider added to usage (xAI's cost_in_usd_ticks, Groq's queue_time, OpenRouter's cost). */
export function UsageExtras({ extras }: { readonly extras: readonly ProviderExtension[] }) {
  if (extras.length === 0) return null;
  return (
    <section class="usage-details" data-testid="usage-extras">
      <h4 class="usage-details__title">Provider extras</h4>
      <dl class="usage-details__list">
        {extras.map((extra) => (
          <div class="usage-details__row" key={extra.path} data-testid="usage-extra" data-key={extra.path}>
            <dt>
              <code>{extra.path.replace(/^usage\./, '')}</code>
            </dt>
            <dd>
              <pre class="code-block usage-details__value" data-testid="usage-extra-value">{extensionValueText(extra.value)}</pre>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
