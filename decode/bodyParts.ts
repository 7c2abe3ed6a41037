import { responseBidiIssues } from './bidiControls';
import type { DecodedParts } from './decodeJsonBody';
import type { ContractIssue, DecodedExchange, ExchangeError, FormatName } from './model';
import type { JsonFailure } from './parseJson';
import { MAX_JSON_DEPTH } from './parseJson';
import type { ParsedBody } from './responseBody';

/**
 * What every format shares around its own decoding: the exchange's url and status, the parts of a
 * body that is missing, empty or unreadable, and the assembly of the decoded exchange. No format
 * is imported here, so each format may use it.
 */
export interface BodyMeta {
  readonly url?: string | null;
  readonly status?: number | null;
  readonly mimeType?: string;
}

export interface BodyOptions {
  /** Keep the list of stream events (for a timing view); default true. */
  readonly streamEvents?: boolean;
}

/** How much of a non-JSON page is read for its summary line: the rest cannot change it. */
const PAGE_HEAD = 10_000;

/** A readable line from a non-JSON error page: its <title>, else its first line of text. */
const pageSummary = (text: string): string => {
  const head = text.slice(0, PAGE_HEAD);
  const title = /<title[^>]*>([^<]*)<\/title>/i.exec(head)?.[1]?.trim();
  if (title !== undefined && title !== '') return title;
  // `[^<>]` rather than `[^>]`: a page of unclosed `<` must not make the match quadratic.
  const firstLine =
    head
      .replace(/<[^<>]*>/g, ' ')
      .trim()
      .split(/\r\n|\r|\n/)[0] ?? '';
  return firstLine.length > 200 ? `${firstLine.slice(0, 200)}…` : firstLine;
};

/** Why a body that is not usable JSON was not decoded; the panel still shows its raw text. */
const unreadableBodyIssue = (text: string, failure: JsonFailure): ContractIssue => {
  if (failure.reason === 'depth') {
    return {
      severity: 'error',
      path: '',
      message: `the body is too deeply nested to decode (more than ${MAX_JSON_DEPTH} levels of arrays and objects); only its raw text is shown`,
      expected: `JSON nested at most ${MAX_JSON_DEPTH} levels deep`,
      actual: failure.message,
    };
  }
  const message = /^\s*[[{]/.test(text) ? 'the body is not valid JSON: cut short or malformed' : 'the body is not JSON';
  return { severity: 'error', path: '', message, expected: 'JSON', actual: failure.message };
};

/**
 * A body that is neither JSON nor a stream the format reads (an HTML 502 from a proxy, JSON cut
 * short): one issue, and an error when the status or the page itself says so.
 */
export const unreadableTextParts = (text: string, failure: JsonFailure, status: number | null): DecodedParts => {
  const failed = status !== null && status >= 400;
  // An HTML 502 from a proxy is an error page even when no status came with it (a lone file).
  const page = /^\s*</.test(text);
  const error = failed || page ? { message: pageSummary(text) || `HTTP ${status ?? '?'}` } : null;
  return {
    kind: error === null ? 'completion' : 'error',
    issues: [unreadableBodyIssue(text, failure)],
    completion: null,
    error,
    stream: null,
  };
};

/** A body the browser did not hand over, or an empty one: nothing any format can read. */
export const absentBodyParts = (parsed: Extract<ParsedBody, { kind: 'missing' | 'empty' }>, failed: boolean): DecodedParts => {
  const message = parsed.kind === 'missing' ? `no response body to check: ${parsed.reason}` : 'the response body is empty';
  const kind = failed ? 'error' : parsed.declaredStream ? 'stream' : 'completion';
  return { kind, issues: [{ severity: 'error', path: '', message }], completion: null, error: null, stream: null };
};

const isError = (issue: ContractIssue): boolean => issue.severity === 'error';

const httpError = (status: number | null): ExchangeError | null =>
  status !== null && status >= 400 ? { message: `HTTP ${status}` } : null;

/**
 * Completes a decoded exchange, its fields in the order `llm-inspect --json` documents. conforms
 * always follows from the issues, never set by hand; an error status stands in for a missing error.
 * The url, status and format as arguments, not an object of them: one object fewer per exchange.
 */
export const assembleExchange = (url: string | null, status: number | null, format: FormatName, parts: DecodedParts): DecodedExchange => {
  const bidi = responseBidiIssues(url, parts.completion);
  const issues = bidi.length === 0 ? parts.issues : [...parts.issues, ...bidi];
  const decoded: DecodedExchange = {
    url,
    status,
    format,
    kind: parts.kind,
    conforms: !issues.some(isError),
    issues,
    completion: parts.completion,
    error: parts.error ?? httpError(status),
    stream: parts.stream,
    request: null,
  };
  if (parts.extensions !== undefined) decoded.extensions = parts.extensions;
  if (parts.preciseNumbers !== undefined && parts.preciseNumbers.length > 0) decoded.preciseNumbers = parts.preciseNumbers;
  return decoded;
};

/**
 * The last-resort answer when decoding itself failed: a bug in decode/, never a property of the
 * data. Built by hand, calling nothing that could fail the same way again.
 */
export const unexpectedFailure = (meta: BodyMeta, thrown: unknown, format: FormatName = 'openai-chat'): DecodedExchange => {
  const status = meta.status ?? null;
  const message = `the decoder failed unexpectedly (please report): ${thrown instanceof Error ? thrown.message : String(thrown)}`;
  return {
    url: meta.url ?? null,
    status,
    format,
    kind: status !== null && status >= 400 ? 'error' : 'completion',
    conforms: false,
    issues: [{ severity: 'error', path: '', message }],
    completion: null,
    error: null,
    stream: null,
    request: null,
  };
};
