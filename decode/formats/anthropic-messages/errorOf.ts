import type { JsonRecord } from '../../lenientFields';
import { recordAt, stringAt } from '../../lenientFields';
import type { ExchangeError } from '../../model';

/**
 * The error an error body or an `error` stream event carries, `{type: "error", error: {type,
 * message}}`, read leniently: the message (the whole `error` as JSON text when it has none) and
 * Anthropic's error type (`overloaded_error`). Anthropic sends no code.
 */
export const errorOf = (body: JsonRecord): ExchangeError => {
  const error = recordAt(body, 'error');
  const message = stringAt(error, 'message') ?? (body.error === undefined ? '' : JSON.stringify(body.error));
  return { message, type: stringAt(error, 'type') ?? null };
};

/** Whether a body is an error body rather than a message: its type says so, or it has an `error` and no content. */
export const isErrorBody = (body: JsonRecord): boolean =>
  body.type === 'error' || (body.content === undefined && recordAt(body, 'error') !== undefined);
