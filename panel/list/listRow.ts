import type { DecodedExchange, FormatName, HarTimings } from '../../decode/index';
import { formatInfo } from '../../decode/index';
import { preciseDigitsAt } from '../components/detail/precise/preciseDigits';
import { kindLabel, modelLabel } from '../format/exchangeLabels';
import type { DecodeOutcome, ExchangeEntry } from '../store/exchangeEntry';
import { urlCellsOf } from './urlCells';

/**
 * What the list shows, sorts and filters by for one exchange, derived once per entry (entries are
 * immutable and a re-decode makes new ones), so sorting or a keystroke in the filter never walks a
 * decoded exchange again.
 */
export type ListRow = {
  readonly entry: ExchangeEntry;
  /** Arrival order: the stable tie-break of every sort. */
  readonly arrival: number;
  readonly startedAt: number;
  readonly provider: string;
  /** The wire format's label (formatInfo: "Anthropic", "AI SDK"); '' until decoded, '—' when decoding failed. */
  readonly format: string;
  /** The wire format's name (`anthropic-messages`), for `format:`; null until decoded or when decoding failed. */
  readonly formatName: FormatName | null;
  /** Path and query of the request URL, key-like query values masked (the Name/URL column). */
  readonly urlPath: string;
  readonly model: string;
  readonly kind: string;
  /** A 200 stream that ended in an error event (Groq's `event: error`). */
  readonly endedInError: boolean;
  readonly status: number;
  readonly durationMs: number | null;
  readonly timeToFirstByteMs: number | null;
  readonly promptTokens: number | null;
  readonly completionTokens: number | null;
  /** The prompt count's digits as sent when it is an integer beyond 2^53 (promptTokens is then rounded), else null. */
  readonly promptDigits: string | null;
  readonly completionDigits: string | null;
  readonly finishReason: string | null;
  readonly conforms: boolean;
  /** decode/ threw on it: nothing but the capture is known. */
  readonly failed: boolean;
  /** Listed during a burst and not decoded yet: only what the capture says is known (ExchangeEntry.pending). */
  readonly pending: boolean;
  readonly errorIssues: number;
  readonly warningIssues: number;
  /** Of the errors, those against the JSON Schemas the request carried (issue 15): `is:schema-error`, the mark's title. */
  readonly schemaErrors: number;
  readonly isStream: boolean;
  /** HTTP failure, an error body, a stream that ended in an error, or a decoder failure. */
  readonly isError: boolean;
  /** Lowercased URL, provider, models, kind, status, finish reason, message and response text, tool names: what the filter searches. */
  readonly searchText: string;
};

const rows = new WeakMap<ExchangeEntry, ListRow>();

/**
 * The row for an entry, computed on first use and kept for as long as the entry lives; a pending
 * entry's row is made again once the entry is decoded.
 */
export function listRowOf(entry: ExchangeEntry, arrival: number): ListRow {
  const known = rows.get(entry);
  const current = known !== undefined && !(known.pending && entry.pending !== true) ? known : undefined;
  if (current !== undefined && current.arrival === arrival) return current;
  const row =
    current !== undefined ? { ...current, arrival } : entry.pending === true ? pendingRow(entry, arrival) : deriveRow(entry, arrival);
  rows.set(entry, row);
  return row;
}

/**
 * The row of an entry from a decoding at hand (the store's, made for the list), kept as that
 * entry's row: the entry itself need not hold on to the decoding (store/loggedEntry.ts).
 */
export function seedRow(entry: ExchangeEntry, outcome: DecodeOutcome, arrival: number): ListRow {
  const row = { ...deriveRow({ id: entry.id, captured: entry.captured, outcome }, arrival), entry };
  rows.set(entry, row);
  return row;
}

/** What the capture alone says (no decoding yet): when, where, the HTTP status and the timings. */
function pendingRow(entry: ExchangeEntry, arrival: number): ListRow {
  const { captured } = entry;
  const { provider, urlPath } = urlCellsOf(captured.url);
  const failedStatus = captured.status === 0 || captured.status >= 400;
  return {
    entry,
    arrival,
    startedAt: captured.startedAt,
    provider,
    format: '',
    formatName: null,
    urlPath,
    model: '',
    kind: '',
    endedInError: false,
    status: captured.status,
    durationMs: captured.durationMs,
    timeToFirstByteMs: timeToFirstByte(captured.timings),
    promptTokens: null,
    completionTokens: null,
    promptDigits: null,
    completionDigits: null,
    finishReason: null,
    conforms: true,
    failed: false,
    pending: true,
    errorIssues: 0,
    warningIssues: 0,
    schemaErrors: 0,
    isStream: false,
    isError: failedStatus,
    searchText: [captured.url, provider, String(captured.status)].join('\n').toLowerCase(),
  };
}

function deriveRow(entry: ExchangeEntry, arrival: number): ListRow {
  const { captured, outcome } = entry;
  const decoded = outcome.ok ? outcome.decoded : null;
  const usage = decoded?.completion?.usage ?? null;
  const endedInError = decoded !== null && decoded.kind !== 'error' && decoded.error !== null;
  const { provider, urlPath } = urlCellsOf(captured.url);
  const formatName = decoded?.format ?? null;
  const format = formatName === null ? '—' : formatInfo(formatName).label;
  const model = modelLabel(entry);
  const kind = kindLabel(entry);
  const finishReason = finishReasons(decoded);
  const issues = decoded?.issues ?? [];
  const errorIssues = issues.filter((issue) => issue.severity === 'error').length;
  return {
    entry,
    arrival,
    startedAt: captured.startedAt,
    provider,
    format,
    formatName,
    urlPath,
    model,
    kind,
    endedInError,
    status: captured.status,
    durationMs: captured.durationMs,
    timeToFirstByteMs: timeToFirstByte(captured.timings),
    promptTokens: usage?.prompt_tokens ?? null,
    completionTokens: usage?.completion_tokens ?? null,
    promptDigits: preciseDigitsAt(decoded?.preciseNumbers, 'usage.prompt_tokens', usage?.prompt_tokens),
    completionDigits: preciseDigitsAt(decoded?.preciseNumbers, 'usage.completion_tokens', usage?.completion_tokens),
    finishReason,
    conforms: decoded?.conforms ?? false,
    failed: !outcome.ok,
    pending: false,
    errorIssues,
    warningIssues: issues.length - errorIssues,
    schemaErrors: issues.filter((issue) => issue.severity === 'error' && issue.schema !== undefined).length,
    isStream: decoded?.kind === 'stream',
    isError: decoded === null || decoded.kind === 'error' || endedInError || captured.status === 0 || captured.status >= 400,
    // The kind, status and finish reason too, so typing `stream`, `429` or `length` finds what it says.
    searchText: [captured.url, provider, model, kind, String(captured.status), finishReason ?? '', ...searchableText(decoded)]
      .join('\n')
      .toLowerCase(),
  };
}

/**
 * Time to first byte as the HAR spec adds it up: blocked + dns + connect + send + wait. `ssl` is
 * left out because HAR counts it inside `connect`; -1 or absent phases count as 0. Without `wait`
 * (a HAR that did not measure it) there is no TTFB to show.
 */
export function timeToFirstByte(timings: HarTimings): number | null {
  if (timings.wait === undefined || timings.wait < 0) return null;
  const phases = [timings.blocked, timings.dns, timings.connect, timings.send, timings.wait];
  return phases.reduce<number>((sum, phase) => sum + (phase !== undefined && phase > 0 ? phase : 0), 0);
}

/** Each choice's finish reason, distinct ones joined (`stop, length` for n > 1 that differ). */
function finishReasons(decoded: DecodedExchange | null): string | null {
  const reasons = (decoded?.completion?.choices ?? []).flatMap((choice) => (choice.finish_reason === null ? [] : [choice.finish_reason]));
  return reasons.length === 0 ? null : [...new Set(reasons)].join(', ');
}

/** The request's messages and offered tools, then the response's text, tool calls and error. */
function searchableText(decoded: DecodedExchange | null): string[] {
  if (decoded === null) return [];
  const texts: string[] = [];
  const push = (text: string | null | undefined) => {
    if (text !== null && text !== undefined && text !== '') texts.push(text);
  };
  const request = decoded.request;
  push(request?.model);
  for (const message of request?.conversation ?? []) {
    push(message.content);
    push(message.name);
    for (const call of message.tool_calls ?? []) push(call.function.name);
  }
  for (const name of request?.toolNames ?? []) push(name);
  const completion = decoded.completion;
  push(completion?.model);
  for (const choice of completion?.choices ?? []) {
    const message = choice.message;
    push(message.content);
    push(message.reasoning);
    push(message.refusal);
    for (const call of message.tool_calls ?? []) {
      push(call.function.name);
      push(call.function.arguments);
    }
    push(message.function_call?.name);
    push(message.function_call?.arguments);
  }
  push(decoded.error?.message);
  return texts;
}
