import type { FormatInfo, NormalizedCompletion, PreciseNumber } from '../../../decode/index';
import { nativeLabel, notReportedText } from '../../format/nativeFieldLabels';
import { formatUnixSeconds } from '../../format/time';
import { DetailSection, Field, FieldList, Missing } from './DetailSection';
import { PreciseDigits } from './precise/PreciseDigits';
import { preciseDigitsAt } from './precise/preciseDigits';
import { RelativeTime } from './response/RelativeTime';

type Props = {
  readonly completion: NormalizedCompletion;
  /** The exchange's integers beyond 2^53: `created` shows its digits as sent when it is one. */
  readonly precise: readonly PreciseNumber[] | undefined;
  /** The exchange's wire format: id and model are shown under its own names for them. */
  readonly format: FormatInfo;
};

/**
 * The completion's envelope: id, object, created, model, system_fingerprint, service_tier. Chat
 * Completions shows each; another format shows only those it sent (Anthropic has no `created`).
 */
export function CompletionFields({ completion, precise, format }: Props) {
  const { id, object, created, model, system_fingerprint: fingerprint, service_tier: serviceTier } = completion;
  const createdDigits = preciseDigitsAt(precise, 'created', created);
  const chat = format.name === 'openai-chat';
  return (
    <DetailSection title={`Response (${format.label})`}>
      <FieldList>
        <Field label={nativeLabel(format, 'id')} testid="detail-id" mono>
          <TextValue value={id} notReported={notReportedText(format, 'id')} />
        </Field>
        {!chat && object === null ? null : (
          <Field label="object" testid="detail-object" mono>
            <TextValue value={object} notReported="not reported" />
          </Field>
        )}
        {!chat && created === null ? null : (
          <Field label={nativeLabel(format, 'created')} testid="detail-created">
            {created === null ? (
              <Missing />
            ) : (
              <>
                {formatUnixSeconds(created)}, <RelativeTime unixSeconds={created} />{' '}
                <span class="muted">
                  (
                  {createdDigits === null ? (
                    <span data-testid="detail-created-raw">{created}</span>
                  ) : (
                    <PreciseDigits text={createdDigits} testid="detail-created-raw" />
                  )}
                  )
                </span>
              </>
            )}
          </Field>
        )}
        <Field label={nativeLabel(format, 'model')} testid="detail-model" mono>
          <TextValue value={model} notReported={notReportedText(format, 'model')} />
        </Field>
        {!chat && (fingerprint === undefined || fingerprint === null) ? null : (
          <Field label="system_fingerprint" testid="detail-system-fingerprint" mono>
            {fingerprint === undefined || fingerprint === null ? <Missing /> : fingerprint}
          </Field>
        )}
        {!chat && (serviceTier === undefined || serviceTier === null) ? null : (
          <Field label="service_tier" testid="detail-service-tier" mono>
            {serviceTier === undefined || serviceTier === null ? <Missing /> : serviceTier}
          </Field>
        )}
      </FieldList>
    </DetailSection>
  );
}

/** A string field: as sent, "(empty)" for '', and the not-reported mark for null (never the word "null"). */
function TextValue({ value, notReported }: { readonly value: string | null; readonly notReported: string }) {
  if (value === null) return <Missing text={notReported} />;
  return value === '' ? <Missing text="(empty)" /> : <>{value}</>;
}
