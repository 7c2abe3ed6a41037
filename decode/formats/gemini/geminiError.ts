import * as t from 'io-ts';
import type { FoundExtension } from '../../contract/foundExtensions';
import { FailureIssues } from '../../contract/failureIssues';
import type { JsonRecord } from '../../lenientFields';
import { recordOf, stringAt } from '../../lenientFields';
import type { ContractIssue, ExchangeError } from '../../model';
import type { ValueScan } from '../../parseJson';
import { GeminiErrorResponse } from './codecs';
import { isPlainErrorBody } from './plainError';

/**
 * Gemini's errors: google.rpc.Status in `{"error": {code, message, status, details[]}}`, as an
 * HTTP error body, as an element of a JSON-array stream, or as the bare object that follows a
 * stream's events when the stream fails midway (Firebase AI Logic's shared test data,
 * streaming-failure-error-mid-stream). Normalized with `type` = status and `code` = code.
 */

/** The error a value carries, read leniently; undefined when it carries none. */
export const geminiErrorIn = (value: unknown): ExchangeError | undefined => {
  const record = recordOf(value);
  if (record === undefined || record.candidates !== undefined) return undefined;
  const nested = record.error;
  if (typeof nested === 'string') return { message: nested };
  const error = recordOf(nested);
  if (error === undefined) return undefined;
  return errorFields(error);
};

const errorFields = (error: JsonRecord): ExchangeError => {
  const message = stringAt(error, 'message') ?? (error.message === undefined ? '' : JSON.stringify(error.message));
  const normalized: ExchangeError = { message };
  if ('status' in error) normalized.type = stringAt(error, 'status') ?? null;
  if ('code' in error) normalized.code = t.number.is(error.code) || t.string.is(error.code) ? error.code : null;
  return normalized;
};

/** One service's error bodies fail alike: see FailureIssues. */
const errorFailures = new FailureIssues(GeminiErrorResponse);

export interface DecodedGeminiError {
  readonly error: ExchangeError;
  readonly issues: ContractIssue[];
  readonly extensions: FoundExtension[];
}

/**
 * An error body checked against GeminiErrorResponse; undefined when the value is no error body.
 * Given a `scan`, the walk also stands in for parseJson's (a stream event parsed without one).
 */
export const decodeGeminiError = (value: unknown, scan?: ValueScan): DecodedGeminiError | undefined => {
  const error = geminiErrorIn(value);
  if (error === undefined) return undefined;
  // What the walk would find of a plain error body (plainError.ts): no issue, no extension, nothing for `scan`.
  if (isPlainErrorBody(value)) return { error, issues: [], extensions: [] };
  const { extensions, issues } = errorFailures.check(value, scan);
  return { error, issues, extensions };
};
