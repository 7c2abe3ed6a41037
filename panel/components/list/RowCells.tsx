import { kindLabel, modelLabel, statusLabel } from '../../format/exchangeLabels';
import { formatClockTime } from '../../format/time';
import { tokenCountText, totalTokens } from '../../format/tokens';
import type { ExchangeEntry } from '../../store/exchangeEntry';

type Props = { readonly entry: ExchangeEntry };

/** The five columns of a row: time, model, kind, HTTP status, total tokens ("—" when not reported). */
export function RowCells({ entry }: Props) {
  const { captured, outcome } = entry;
  const tokens = outcome.ok ? totalTokens(outcome.decoded.completion?.usage ?? null) : null;
  const kind = kindLabel(entry);
  // A stream can end in an error event (Groq's `event: error`) and still be a 200 stream: flag it.
  const errored = outcome.ok && outcome.decoded.kind !== 'error' && outcome.decoded.error !== null;
  const failedStatus = captured.status === 0 || captured.status >= 400;
  return (
    <>
      <span class="cell cell--time" data-testid="row-time">{formatClockTime(captured.startedAt)}</span>
      <span class="cell cell--model" data-testid="row-model">{modelLabel(entry)}</span>
      <span class={`cell cell--kind kind--${errored ? 'errored' : kind}`} data-testid="row-kind" title={errored ? 'ended with an error' : undefined}>
        {kind}
      </span>
      <span class={failedStatus ? 'cell cell--number status--failed' : 'cell cell--number'} data-testid="row-status">
        {statusLabel(captured.status)}
      </span>
      <span class="cell cell--number" data-testid="row-tokens">{tokenCountText(tokens, '—')}</span>
    </>
  );
}
