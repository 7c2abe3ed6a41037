import type { PreciseNumber, ProviderExtension } from '../../../../decode/index';
import { usageDetailLabel } from '../../../format/usageDetailLabels';
import { extensionRuns } from '../json/extensionRuns';
import { JsonText } from '../json/JsonText';
import { CountText } from '../precise/CountText';

type DetailsProps = {
  readonly title: string;
  /** "prompt" or "completion": the test id key is `<side>.<name>`. */
  readonly side: string;
  readonly details: Readonly<Record<string, number>> | undefined;
  /** The exchange's integers beyond 2^53, so such a count shows its digits as sent. */
  readonly precise: readonly PreciseNumber[] | undefined;
};

/** prompt_tokens_details or completion_tokens_details: cached, reasoning, audio, predictions, ... */
export function UsageDetails({ title, side, details, precise }: DetailsProps) {
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
            <dd data-testid="usage-detail-value">
              <CountText value={value} path={`usage.${side}_tokens_details.${name}`} precise={precise} notReported="not reported" />
            </dd>
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
              <JsonText runs={extensionRuns(extra)} class="code-block usage-details__value" testid="usage-extra-value" />
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
