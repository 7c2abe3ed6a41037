import type { NormalizedUsage, PreciseNumber } from '../../../decode/index';
import { DetailSection, Field, FieldList } from './DetailSection';
import { CountText } from './precise/CountText';

type Props = {
  readonly usage: NormalizedUsage | null;
  /** The exchange's integers beyond 2^53, so such a count shows its digits as sent. */
  readonly precise: readonly PreciseNumber[] | undefined;
};

/** Token usage; a count the response did not report reads "not reported", never 0. */
export function UsageFields({ usage, precise }: Props) {
  const count = (name: 'prompt_tokens' | 'completion_tokens' | 'total_tokens') => (
    <CountText value={usage?.[name]} path={`usage.${name}`} precise={precise} notReported="not reported" />
  );
  return (
    <DetailSection title="Usage" testid="detail-usage">
      <FieldList>
        <Field label="prompt_tokens" testid="detail-usage-prompt">
          {count('prompt_tokens')}
        </Field>
        <Field label="completion_tokens" testid="detail-usage-completion">
          {count('completion_tokens')}
        </Field>
        <Field label="total_tokens" testid="detail-usage-total">
          {count('total_tokens')}
        </Field>
        <TokenDetails label="prompt_tokens_details" details={usage?.prompt_tokens_details} precise={precise} />
        <TokenDetails label="completion_tokens_details" details={usage?.completion_tokens_details} precise={precise} />
      </FieldList>
    </DetailSection>
  );
}

type DetailsProps = {
  readonly label: string;
  readonly details: Readonly<Record<string, number>> | undefined;
  readonly precise: readonly PreciseNumber[] | undefined;
};

function TokenDetails({ label, details, precise }: DetailsProps) {
  if (details === undefined || Object.keys(details).length === 0) return null;
  return (
    <Field label={label} testid={`detail-usage-${label.replace(/_tokens_details$/, '')}-details`}>
      {Object.entries(details).map(([name, count]) => (
        <span class="token-detail" key={name}>
          {name}: <CountText value={count} path={`usage.${label}.${name}`} precise={precise} notReported="not reported" />
        </span>
      ))}
    </Field>
  );
}
