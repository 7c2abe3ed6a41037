import type { FormatInfo, NormalizedUsage, PreciseNumber } from '../../../decode/index';
import { nativeLabel, notReportedText } from '../../format/nativeFieldLabels';
import { DetailSection, Field, FieldList } from './DetailSection';
import { CountText } from './precise/CountText';

type Props = {
  readonly usage: NormalizedUsage | null;
  /** The exchange's integers beyond 2^53, so such a count shows its digits as sent. */
  readonly precise: readonly PreciseNumber[] | undefined;
  /** The exchange's wire format: each count is shown under the format's own name for it. */
  readonly format: FormatInfo;
};

type CountName = 'prompt_tokens' | 'completion_tokens' | 'total_tokens';

/**
 * Token usage under the format's own names (`input_tokens`, `promptTokenCount`). A count the
 * response did not report reads "not reported", never 0; one the format has no field for (Anthropic's
 * total) stays listed, as "not reported by Anthropic", so a missing total never looks like a bug.
 */
export function UsageFields({ usage, precise, format }: Props) {
  const count = (name: CountName) => (
    <CountText value={usage?.[name]} path={`usage.${name}`} precise={precise} notReported={notReportedText(format, name)} />
  );
  const detailsLabel = (name: CountName): string =>
    format.name === 'openai-chat' ? `${name}_details` : `${nativeLabel(format, name)} details`;
  return (
    <DetailSection title="Usage" testid="detail-usage">
      <FieldList>
        <Field label={nativeLabel(format, 'prompt_tokens')} testid="detail-usage-prompt">
          {count('prompt_tokens')}
        </Field>
        <Field label={nativeLabel(format, 'completion_tokens')} testid="detail-usage-completion">
          {count('completion_tokens')}
        </Field>
        <Field label={nativeLabel(format, 'total_tokens')} testid="detail-usage-total">
          {count('total_tokens')}
        </Field>
        <TokenDetails
          label={detailsLabel('prompt_tokens')}
          side="prompt"
          details={usage?.prompt_tokens_details}
          precise={precise}
        />
        <TokenDetails
          label={detailsLabel('completion_tokens')}
          side="completion"
          details={usage?.completion_tokens_details}
          precise={precise}
        />
      </FieldList>
    </DetailSection>
  );
}

type DetailsProps = {
  readonly label: string;
  readonly side: 'prompt' | 'completion';
  readonly details: Readonly<Record<string, number>> | undefined;
  readonly precise: readonly PreciseNumber[] | undefined;
};

function TokenDetails({ label, side, details, precise }: DetailsProps) {
  if (details === undefined || Object.keys(details).length === 0) return null;
  return (
    <Field label={label} testid={`detail-usage-${side}-details`}>
      {Object.entries(details).map(([name, count]) => (
        <span class="token-detail" key={name}>
          {name}: <CountText value={count} path={`usage.${side}_tokens_details.${name}`} precise={precise} notReported="not reported" />
        </span>
      ))}
    </Field>
  );
}
