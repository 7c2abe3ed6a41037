import { formatDuration } from '../../../format/duration';
import type { LiveSpeed } from '../../../timing/liveTiming';

/**
 * "12.5 tokens/s (30 completion tokens ÷ first token to last, 2.40 s)"; characters per second,
 * said as such, when the response reports no token count; or why it cannot be told.
 */
export function LiveSpeedText({ speed }: { readonly speed: LiveSpeed }) {
  if (speed.unit === 'unknown') return <span class="missing">{`not known: ${speed.why}`}</span>;
  const rate = speed.perSecond >= 100 ? Math.round(speed.perSecond).toLocaleString('en-US') : speed.perSecond.toFixed(1);
  const counted = speed.unit === 'tokens' ? 'completion tokens' : 'characters of output (no token count reported)';
  return (
    <span>
      <span data-testid="timing-tokens-per-second-value" data-unit={speed.unit}>{`${rate} ${speed.unit}/s`}</span>
      <span class="muted">{` (${speed.count.toLocaleString('en-US')} ${counted} ÷ first token to last, ${formatDuration(speed.overMs)})`}</span>
    </span>
  );
}
