import * as t from 'io-ts';
import type { JsonRecord } from '../../lenientFields';
import { recordAt, stringAt } from '../../lenientFields';
import type { ContractIssue, ExchangeError } from '../../model';

/**
 * The in-stream `error` event. openai-node's ResponseErrorEvent has `code`, `message` and `param`
 * at the top level; an OpenAI stream captured in 2025-11 (vercel/ai's openai-error.1 fixture)
 * nests them, with a `type`, under `error`. Either is read.
 */

const codeAt = (record: JsonRecord | undefined): string | number | null | undefined => {
  if (record === undefined || !('code' in record)) return undefined;
  const code = record.code;
  return t.string.is(code) || t.number.is(code) ? code : null;
};

export const errorOfEvent = (event: JsonRecord): ExchangeError => {
  const nested = recordAt(event, 'error');
  const message = stringAt(nested, 'message') ?? stringAt(event, 'message') ?? JSON.stringify(event);
  const found: ExchangeError = { message };
  if (nested !== undefined && 'type' in nested) found.type = stringAt(nested, 'type') ?? null;
  const code = codeAt(nested) ?? codeAt(event);
  if (code !== undefined) found.code = code;
  return found;
};

/** The nested shape departs from the SDK's documented event: said once, as a warning. */
export const nestedErrorWarning = (event: JsonRecord, at: string): ContractIssue | undefined =>
  recordAt(event, 'error') === undefined || 'message' in event
    ? undefined
    : {
        severity: 'warning',
        path: `${at}.error`,
        message: 'the error event nests its code and message under `error`; the SDK documents them at the top level',
        expected: 'code, message and param beside type',
      };
