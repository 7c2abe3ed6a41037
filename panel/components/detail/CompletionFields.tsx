import type { NormalizedCompletion, PreciseNumber } from '../../../decode/index';
import { formatUnixSeconds } from '../../format/time';
import { DetailSection, Field, FieldList, Missing } from './DetailSection';
import { PreciseDigits } from './precise/PreciseDigits';
import { preciseDigitsAt } from './precise/preciseDigits';
import { RelativeTime } from './response/RelativeTime';

type Props = {
  readonly completion: NormalizedCompletion;
  /** The exchange's integers beyond 2^53: `created` shows its digits as sent when it is one. */
  readonly precise: readonly PreciseNumber[] | undefined;
};

/** The completion's envelope: id, object, created, model, system_fingerprint, service_tier. */
export function CompletionFields({ completion, precise }: Props) {
  const { id, object, created, model, system_fingerprint: fingerprint, service_tier: serviceTier } = completion;
  const createdDigits = preciseDigitsAt(precise, 'created', created);
  return (
    <DetailSection title="Response">
      <FieldList>
        <Field label="id" testid="detail-id" mono>
          {id === '' ? <Missing text="(empty)" /> : id}
        </Field>
        <Field label="object" testid="detail-object" mono>
          {object === '' ? <Missing text="(empty)" /> : object}
        </Field>
        <Field label="created" testid="detail-created">
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
        <Field label="model" testid="detail-model" mono>
          {model === '' ? <Missing text="(empty)" /> : model}
        </Field>
        <Field label="system_fingerprint" testid="detail-system-fingerprint" mono>
          {fingerprint === undefined || fingerprint === null ? <Missing /> : fingerprint}
        </Field>
        <Field label="service_tier" testid="detail-service-tier" mono>
          {serviceTier === undefined || serviceTier === null ? <Missing /> : serviceTier}
        </Field>
      </FieldList>
    </DetailSection>
  );
}
