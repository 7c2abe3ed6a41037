import type { NormalizedUsage } from '../../../../decode/index';
import { tokenCountText } from '../../../format/tokens';
import { usageDetailLabel } from '../../../format/usageDetailLabels';
import { usageMismatch } from '../../../format/usageArithmetic';

const count = (value: number) => tokenCountText(value, '');

/** total_tokens ≠ prompt_tokens + completion_tokens: say by how much, and what it matches when something does. */
export function UsageMismatchWarning({ usage }: { readonly usage: NormalizedUsage }) {
  const mismatch = usageMismatch(usage);
  if (mismatch === null) return null;
  const { prompt, completion, total, difference, explainedBy } = mismatch;
  return (
    <p class="notice notice--warning" role="status" data-testid="usage-mismatch">
      total_tokens ({count(total)}) ≠ prompt_tokens + completion_tokens ({count(prompt)} + {count(completion)} ={' '}
      {count(prompt + completion)}): {difference > 0 ? `${count(difference)} more` : `${count(-difference)} fewer`}.
      {explainedBy === null ? null : (
        <span data-testid="usage-mismatch-explained">
          {' '}
          The difference equals {usageDetailLabel(explainedBy)} ({explainedBy}): this provider counts them outside completion_tokens.
        </span>
      )}
    </p>
  );
}
