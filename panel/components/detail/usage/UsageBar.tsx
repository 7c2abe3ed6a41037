import type { NormalizedUsage } from '../../../../decode/index';
import { promptCompletionShares } from '../../../format/usageArithmetic';

type Props = { readonly usage: NormalizedUsage };

/**
 * Prompt vs completion as one bar. The widths are flex-grow set through the CSSOM (Preact's style
 * object), which the panel's CSP (style-src 'self') allows; a style attribute in markup it would not.
 */
export function UsageBar({ usage }: Props) {
  const shares = promptCompletionShares(usage);
  if (shares === null) return null;
  return (
    <figure
      class="usage-bar"
      data-testid="usage-bar"
      aria-label={`prompt ${String(shares.prompt)}%, completion ${String(shares.completion)}%`}
    >
      <div class="usage-bar__track">
        <div class="usage-bar__prompt" style={{ flexGrow: usage.prompt_tokens ?? 0 }} />
        <div class="usage-bar__completion" style={{ flexGrow: usage.completion_tokens ?? 0 }} />
      </div>
      <figcaption class="usage-bar__legend">
        <span class="usage-bar__key usage-bar__key--prompt" data-testid="usage-bar-prompt">
          prompt {shares.prompt}%
        </span>
        <span class="usage-bar__key usage-bar__key--completion" data-testid="usage-bar-completion">
          completion {shares.completion}%
        </span>
      </figcaption>
    </figure>
  );
}
