import type { ExchangeKind } from '../../decode/index';
import type { ExchangeEntry } from '../store/exchangeEntry';

export const kindLabels: Record<ExchangeKind, string> = { completion: 'JSON', stream: 'stream', error: 'error' };

export function kindLabel(entry: ExchangeEntry): string {
  return entry.outcome.ok ? kindLabels[entry.outcome.decoded.kind] : 'failed';
}

/** The response's model, else the one the request asked for. */
export function modelLabel(entry: ExchangeEntry): string {
  if (!entry.outcome.ok) return '—';
  const { completion, request } = entry.outcome.decoded;
  const model = completion?.model ?? request?.model ?? '';
  return model === '' ? '—' : model;
}

/** 0 means the browser reported no status (blocked or aborted). */
export function statusLabel(status: number): string {
  return status === 0 ? '(failed)' : String(status);
}
