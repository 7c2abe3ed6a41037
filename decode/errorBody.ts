import * as t from 'io-ts';
import { expectedText } from './contract/expectedText';
import type { FoundExtension } from './contract/foundExtensions';
import { FailureIssues } from './contract/failureIssues';
import type { JsonRecord } from './lenientFields';
import { recordOf, stringAt } from './lenientFields';
import type { ContractIssue, ExchangeError } from './model';
import { nullable } from './nullable';

/**
 * Error bodies. The contract is OpenAI's `{"error": {message, type, param, code}}` (the seed makes
 * message and type required, code and param optional). Real providers also send:
 * - Mistral and older vLLM: a flat `{"object": "error", "message", "type", "code": "1500"}`, where
 *   message can itself be an object (pydantic's `{detail: [{loc, msg, type}]}` on a 422);
 * - LM Studio: `{"error": "<text>"}`;
 * - OpenRouter and vLLM: a numeric `code`; Azure: `type: null` plus `status` and `innererror`.
 */

export const ErrorObject = t.intersection(
  [t.type({ message: t.string, type: t.string }), t.partial({ param: nullable(t.string), code: nullable(t.string) })],
  'ErrorObject',
);
export const ErrorResponse = t.type({ error: ErrorObject }, 'ErrorResponse');
export type ErrorResponse = t.TypeOf<typeof ErrorResponse>;

/** The flat shape, recognized so it can be read; it does not conform. */
export const FlatErrorBody = t.intersection(
  [
    t.type({ object: t.literal('error'), message: t.union([t.string, t.UnknownRecord]) }),
    t.partial({ type: nullable(t.string), param: nullable(t.string), code: nullable(t.union([t.string, t.number])) }),
  ],
  'FlatErrorBody',
);

/** LM Studio's bare string. */
export const StringErrorBody = t.type({ error: t.string }, 'StringErrorBody');

/** Text of a message that may be an object (Mistral 422: `{detail: [{loc: [...], msg}]}`). */
const messageText = (message: unknown): string => {
  if (typeof message === 'string') return message;
  if (message === undefined || message === null) return '';
  const detail = recordOf(message)?.detail;
  if (t.UnknownArray.is(detail)) {
    const lines = detail.map((entry) => {
      const record = recordOf(entry);
      const loc = record?.loc;
      // Not String(part): a part such as {"toString": 1} makes String() throw.
      const where = t.UnknownArray.is(loc) ? loc.map((part) => (t.string.is(part) ? part : JSON.stringify(part))).join('.') : '';
      const msg = stringAt(record, 'msg') ?? JSON.stringify(entry);
      return where === '' ? msg : `${where}: ${msg}`;
    });
    if (lines.length > 0) return lines.join('; ');
  }
  return JSON.stringify(message);
};

const errorFields = (record: JsonRecord): ExchangeError => {
  const error: ExchangeError = { message: messageText(record.message) };
  if ('type' in record) error.type = stringAt(record, 'type') ?? null;
  if ('code' in record) {
    const code = record.code;
    error.code = t.string.is(code) || t.number.is(code) ? code : null;
  }
  return error;
};

/** The error a body or a stream chunk carries, if any, read leniently. */
export const errorIn = (body: unknown): ExchangeError | undefined => {
  const record = recordOf(body);
  if (record === undefined) return undefined;
  const nested = record.error;
  if (typeof nested === 'string') return { message: nested };
  const nestedRecord = recordOf(nested);
  if (nestedRecord !== undefined) return errorFields(nestedRecord);
  if (stringAt(record, 'object') === 'error') return errorFields(record);
  return undefined;
};

/** One provider's error bodies fail alike (Azure's `type: null`): see FailureIssues. */
const errorBodyFailures = new FailureIssues(ErrorResponse);

export interface DecodedErrorBody {
  readonly error: ExchangeError;
  readonly issues: ContractIssue[];
  readonly extensions: FoundExtension[];
}

/** An error body checked against the contract; undefined when the body is not an error body. */
export const decodeErrorBody = (body: unknown): DecodedErrorBody | undefined => {
  const error = errorIn(body);
  if (error === undefined) return undefined;
  // The flat shape has no `error` object: its every field would count as an extension.
  if (FlatErrorBody.is(body)) {
    const issues: ContractIssue[] = [
      {
        severity: 'error',
        path: 'error',
        message: 'flat error body (Mistral, vLLM style) instead of {"error": {...}}',
        expected: expectedText(ErrorObject),
        actual: 'nothing (field absent)',
      },
    ];
    return { error, issues, extensions: [] };
  }
  // One walk for extensions and conformance, as for completions (decodeJsonBody.ts).
  const { extensions, issues } = errorBodyFailures.check(body);
  return { error, issues, extensions };
};
