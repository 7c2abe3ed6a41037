import * as t from 'io-ts';
import type { JsonRecord } from '../../lenientFields';
import { numberAt, recordAt, recordOf, stringAt } from '../../lenientFields';
import type { ExchangeError, NormalizedCompletion, NormalizedUsage } from '../../model';
import { normalizeOutput } from './normalizeOutput';

/**
 * A response object (`object: "response"`, a JSON body or what a stream's last event carries) as
 * the normalized completion, read leniently: one choice, values in the Responses API's own words.
 */

/** A count the response did not report stays null, never 0 and never computed. */
export const normalizeResponseUsage = (value: unknown): NormalizedUsage | null => {
  const usage = recordOf(value);
  if (usage === undefined) return null;
  const normalized: NormalizedUsage = {
    prompt_tokens: numberAt(usage, 'input_tokens') ?? null,
    completion_tokens: numberAt(usage, 'output_tokens') ?? null,
    total_tokens: numberAt(usage, 'total_tokens') ?? null,
  };
  const cached = numberAt(recordAt(usage, 'input_tokens_details'), 'cached_tokens');
  if (cached !== undefined) normalized.prompt_tokens_details = { cached_tokens: cached };
  const reasoning = numberAt(recordAt(usage, 'output_tokens_details'), 'reasoning_tokens');
  if (reasoning !== undefined) normalized.completion_tokens_details = { reasoning_tokens: reasoning };
  return normalized;
};

/** `incomplete_details.reason` (max_output_tokens, content_filter) when present, else `status`. */
export const finishReasonOf = (response: JsonRecord): string | null =>
  stringAt(recordAt(response, 'incomplete_details'), 'reason') ?? stringAt(response, 'status') ?? null;

export const normalizeResponse = (response: JsonRecord, output: unknown = response.output): NormalizedCompletion => {
  const completion: NormalizedCompletion = {
    id: stringAt(response, 'id') ?? null,
    object: stringAt(response, 'object') ?? null,
    created: numberAt(response, 'created_at') ?? null,
    model: stringAt(response, 'model') ?? null,
    choices: [{ index: 0, finish_reason: finishReasonOf(response), message: normalizeOutput(output) }],
    usage: normalizeResponseUsage(response.usage),
  };
  const tier = response.service_tier;
  if (t.string.is(tier) || tier === null) completion.service_tier = tier;
  return completion;
};

/** A failed response's `error: {code, message}`; undefined when it carries none. */
export const responseErrorOf = (response: JsonRecord): ExchangeError | undefined => {
  const error = recordAt(response, 'error');
  if (error === undefined) return undefined;
  const found: ExchangeError = { message: stringAt(error, 'message') ?? JSON.stringify(error) };
  if ('type' in error) found.type = stringAt(error, 'type') ?? null;
  if ('code' in error) {
    const code = error.code;
    found.code = t.string.is(code) || t.number.is(code) ? code : null;
  }
  return found;
};
