import * as t from 'io-ts';
import type { JsonRecord } from './lenientFields';
import { arrayOf, numberAt, recordAt, recordOf, recordsIn, stringAt } from './lenientFields';
import type { NormalizedChoice, NormalizedCompletion, NormalizedLogprobs, NormalizedTokenLogprob, NormalizedUsage } from './model';
import { normalizeMessage } from './normalizeMessage';

/**
 * Numeric entries of a details object; null entries (vLLM's `*_details: null`) are dropped.
 * A `__proto__` key is defined as a property, as Object.fromEntries would: `entries[key] = count`
 * would hand it to the prototype setter, which drops it.
 */
const numericEntries = (value: unknown): Record<string, number> | undefined => {
  const record = recordOf(value);
  if (record === undefined) return undefined;
  let numeric: Record<string, number> | undefined;
  for (const key of Object.keys(record)) {
    const count = record[key];
    if (!t.number.is(count)) continue;
    numeric ??= {};
    if (key === '__proto__') Object.defineProperty(numeric, key, { value: count, enumerable: true, writable: true, configurable: true });
    else numeric[key] = count;
  }
  return numeric;
};

/** Usage as reported; a count that is absent stays null ("not reported"), never 0. */
export const normalizeUsage = (value: unknown): NormalizedUsage | null => {
  const record = recordOf(value);
  if (record === undefined) return null;
  const usage: NormalizedUsage = {
    prompt_tokens: numberAt(record, 'prompt_tokens') ?? null,
    completion_tokens: numberAt(record, 'completion_tokens') ?? null,
    total_tokens: numberAt(record, 'total_tokens') ?? null,
  };
  const promptDetails = numericEntries(record.prompt_tokens_details);
  if (promptDetails !== undefined) usage.prompt_tokens_details = promptDetails;
  const completionDetails = numericEntries(record.completion_tokens_details);
  if (completionDetails !== undefined) usage.completion_tokens_details = completionDetails;
  const reportsSomething = usage.prompt_tokens !== null || usage.completion_tokens !== null || usage.total_tokens !== null;
  return reportsSomething || promptDetails !== undefined || completionDetails !== undefined ? usage : null;
};

type TopLogprob = NormalizedTokenLogprob['top_logprobs'][number];

/** One token with its logprob and bytes, the same for a chosen token and an alternative. */
const scoredToken = (entry: JsonRecord): TopLogprob | undefined => {
  const token = stringAt(entry, 'token');
  const logprob = numberAt(entry, 'logprob');
  if (token === undefined || logprob === undefined) return undefined;
  const bytes = arrayOf(entry.bytes);
  return { token, logprob, bytes: bytes === undefined ? null : bytes.filter(t.number.is) };
};

const tokenLogprob = (entry: JsonRecord): NormalizedTokenLogprob | undefined => {
  const scored = scoredToken(entry);
  if (scored === undefined) return undefined;
  const top: TopLogprob[] = [];
  for (const alternative of recordsIn(entry.top_logprobs)) {
    const scoredAlternative = scoredToken(alternative);
    if (scoredAlternative !== undefined) top.push(scoredAlternative);
  }
  return { ...scored, top_logprobs: top };
};

const tokenList = (value: unknown): NormalizedTokenLogprob[] | null => {
  if (arrayOf(value) === undefined) return null;
  const tokens: NormalizedTokenLogprob[] = [];
  for (const entry of recordsIn(value)) {
    const token = tokenLogprob(entry);
    if (token !== undefined) tokens.push(token);
  }
  return tokens;
};

export const normalizeLogprobs = (value: unknown): NormalizedLogprobs | undefined => {
  const record = recordOf(value);
  if (record === undefined) return undefined;
  return { content: tokenList(record.content), refusal: tokenList(record.refusal) };
};

const normalizeChoice = (choice: JsonRecord, position: number): NormalizedChoice => {
  const normalized: NormalizedChoice = {
    index: numberAt(choice, 'index') ?? position,
    finish_reason: stringAt(choice, 'finish_reason') ?? null,
    message: normalizeMessage(recordAt(choice, 'message')),
  };
  const logprobs = normalizeLogprobs(choice.logprobs);
  if (logprobs !== undefined) normalized.logprobs = logprobs;
  return normalized;
};

/** Perplexity's `citations`: a list of URLs. */
export const citationsOf = (body: JsonRecord): string[] | undefined => {
  const list = arrayOf(body.citations);
  return list === undefined ? undefined : list.filter(t.string.is);
};

/** Copies system_fingerprint and service_tier when the body has the key (null included). */
export const copyOptionalHeader = (body: JsonRecord, into: NormalizedCompletion): void => {
  if ('system_fingerprint' in body) into.system_fingerprint = stringAt(body, 'system_fingerprint') ?? null;
  if ('service_tier' in body) into.service_tier = stringAt(body, 'service_tier') ?? null;
};

/** The lenient view of a non-stream body: renders whatever is there. */
export const normalizeCompletion = (body: JsonRecord): NormalizedCompletion => {
  const completion: NormalizedCompletion = {
    id: stringAt(body, 'id') ?? '',
    object: stringAt(body, 'object') ?? '',
    created: numberAt(body, 'created') ?? null,
    model: stringAt(body, 'model') ?? '',
    choices: recordsIn(body.choices).map(normalizeChoice),
    usage: normalizeUsage(body.usage),
  };
  copyOptionalHeader(body, completion);
  const citations = citationsOf(body);
  if (citations !== undefined) completion.citations = citations;
  return completion;
};
