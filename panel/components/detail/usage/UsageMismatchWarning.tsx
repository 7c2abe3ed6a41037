import type { FormatName, NormalizedUsage } from '../../../../decode/index';
import { formatInfo } from '../../../../decode/index';
import { tokenCountText } from '../../../format/tokens';
import { usageDetailLabel } from '../../../format/usageDetailLabels';
import { usageMismatch } from '../../../format/usageArithmetic';

const count = (value: number) => tokenCountText(value, '');

/**
 * total ≠ prompt + completion, each under the format's own name (totalTokenCount for Gemini): say by
 * how much, and which details it matches when some do.
 */
export function UsageMismatchWarning({ usage, format }: { readonly usage: NormalizedUsage; readonly format: FormatName }) {
  const mismatch = usageMismatch(usage);
  if (mismatch === null) return null;
  const { prompt, completion, total, difference, explainedBy } = mismatch;
  const names = formatInfo(format).nativeNames;
  const [totalName, promptName, completionName] = [
    names.total_tokens ?? 'total_tokens',
    names.prompt_tokens ?? 'prompt_tokens',
    names.completion_tokens ?? 'completion_tokens',
  ];
  return (
    <p class="notice notice--warning" role="status" data-testid="usage-mismatch">
      {totalName} ({count(total)}) ≠ {promptName} + {completionName} ({count(prompt)} + {count(completion)} = {count(prompt + completion)}
      ): {difference > 0 ? `${count(difference)} more` : `${count(-difference)} fewer`}.
      {explainedBy === null ? null : (
        <span data-testid="usage-mismatch-explained">
          {' '}
          The difference equals {explainedBy.map(usageDetailLabel).join(' + ')} ({explainedBy.join(' + ')}): this provider counts{' '}
          {explainedBy.length === 1 ? 'them' : 'these'} outside {completionName}.
        </span>
      )}
    </p>
  );
}
