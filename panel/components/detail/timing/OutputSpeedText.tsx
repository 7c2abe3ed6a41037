import type { OutputSpeed } from './harPhases';
import { formatDuration } from '../../../format/duration';

/** "123.4 tokens/s (988 completion tokens over receive, 8.01 s)" or why it cannot be told. */
export function OutputSpeedText({ speed }: { readonly speed: OutputSpeed }) {
  if (!speed.known) return <span class="missing">{`not known: ${speed.why}`}</span>;
  const rate = speed.tokensPerSecond >= 100 ? Math.round(speed.tokensPerSecond).toLocaleString('en-US') : speed.tokensPerSecond.toFixed(1);
  return (
    <span>
      <span data-testid="timing-tokens-per-second-value">{`${rate} tokens/s`}</span>
      <span class="muted">{` (${speed.tokens.toLocaleString('en-US')} completion tokens ÷ ${speed.basis} time, ${formatDuration(speed.overMs)})`}</span>
    </span>
  );
}
