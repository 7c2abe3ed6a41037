import type { NormalizedUsage } from '../../../decode/model';
import { tokenCountText } from '../../format/tokens';
import { DetailSection, Field, FieldList } from './DetailSection';

type Props = { readonly usage: NormalizedUsage | null };

/** Token usage; a count the response did not report reads "not reported", never 0. */
export function UsageFields({ usage }: Props) {
  return (
    <DetailSection title="Usage" testid="detail-usage">
      <FieldList>
        <Field label="prompt_tokens" testid="detail-usage-prompt">{tokenCountText(usage?.prompt_tokens, 'not reported')}</Field>
        <Field label="completion_tokens" testid="detail-usage-completion">
          {tokenCountText(usage?.completion_tokens, 'not reported')}
        </Field>
        <Field label="total_tokens" testid="detail-usage-total">{tokenCountText(usage?.total_tokens, 'not reported')}</Field>
        <TokenDetails label="prompt_tokens_details" details={usage?.prompt_tokens_details} />
        <TokenDetails label="completion_tokens_details" details={usage?.completion_tokens_details} />
      </FieldList>
    </DetailSection>
  );
}

type DetailsProps = { readonly label: string; readonly details: Readonly<Record<string, number>> | undefined };

function TokenDetails({ label, details }: DetailsProps) {
  if (details === undefined || Object.keys(details).length === 0) return null;
  return (
    <Field label={label} testid={`detail-usage-${label.replace(/_tokens_details$/, '')}-details`}>
      {Object.entries(details).map(([name, count]) => (
        <span class="token-detail" key={name}>
          {name}: {tokenCountText(count, 'not reported')}
        </span>
      ))}
    </Field>
  );
}
