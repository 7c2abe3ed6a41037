import * as t from 'io-ts';

/**
 * What decode/ produces for one chat-completion exchange. The panel and the CLI render only this;
 * `llm-inspect --json` prints it (shape fixed by issue 3; fields may be added, never removed).
 */

export const Severity = t.keyof({ error: null, warning: null });
export type Severity = t.TypeOf<typeof Severity>;

/** One place where the response departs from the contract. path looks like `choices[0].finish_reason`. */
export const ContractIssue = t.intersection([
  t.type({ severity: Severity, path: t.string, message: t.string }),
  t.partial({ expected: t.string, actual: t.string }),
]);
export type ContractIssue = t.TypeOf<typeof ContractIssue>;

export const NormalizedToolCall = t.type({
  id: t.string,
  type: t.string,
  function: t.type({ name: t.string, arguments: t.string }),
});
export type NormalizedToolCall = t.TypeOf<typeof NormalizedToolCall>;

export const NormalizedMessage = t.intersection([
  t.type({ role: t.string, content: t.union([t.string, t.null]) }),
  t.partial({ reasoning: t.string, refusal: t.string, tool_calls: t.array(NormalizedToolCall) }),
]);
export type NormalizedMessage = t.TypeOf<typeof NormalizedMessage>;

export const NormalizedChoice = t.type({
  index: t.number,
  finish_reason: t.union([t.string, t.null]),
  message: NormalizedMessage,
});
export type NormalizedChoice = t.TypeOf<typeof NormalizedChoice>;

const TokenCount = t.union([t.number, t.null]);
export const NormalizedUsage = t.intersection([
  /** A count the response did not report is null ("not reported"), never 0. */
  t.type({ prompt_tokens: TokenCount, completion_tokens: TokenCount, total_tokens: TokenCount }),
  t.partial({
    prompt_tokens_details: t.record(t.string, t.number),
    completion_tokens_details: t.record(t.string, t.number),
  }),
]);
export type NormalizedUsage = t.TypeOf<typeof NormalizedUsage>;

export const NormalizedCompletion = t.intersection([
  t.type({
    id: t.string,
    object: t.string,
    /** Unix seconds; null when absent or not a number. */
    created: t.union([t.number, t.null]),
    model: t.string,
    choices: t.array(NormalizedChoice),
    usage: t.union([NormalizedUsage, t.null]),
  }),
  t.partial({ system_fingerprint: t.union([t.string, t.null]), service_tier: t.union([t.string, t.null]) }),
]);
export type NormalizedCompletion = t.TypeOf<typeof NormalizedCompletion>;

export const ExchangeError = t.intersection([
  t.type({ message: t.string }),
  t.partial({ type: t.union([t.string, t.null]), code: t.union([t.string, t.number, t.null]) }),
]);
export type ExchangeError = t.TypeOf<typeof ExchangeError>;

export const StreamFacts = t.type({ events: t.number, done: t.boolean });
export type StreamFacts = t.TypeOf<typeof StreamFacts>;

export const RequestSummary = t.partial({ model: t.string, messages: t.number, stream: t.boolean, tools: t.number });
export type RequestSummary = t.TypeOf<typeof RequestSummary>;

export const ExchangeKind = t.keyof({ completion: null, stream: null, error: null });
export type ExchangeKind = t.TypeOf<typeof ExchangeKind>;

export const DecodedExchange = t.type({
  url: t.union([t.string, t.null]),
  status: t.union([t.number, t.null]),
  kind: ExchangeKind,
  conforms: t.boolean,
  issues: t.array(ContractIssue),
  completion: t.union([NormalizedCompletion, t.null]),
  error: t.union([ExchangeError, t.null]),
  stream: t.union([StreamFacts, t.null]),
  request: t.union([RequestSummary, t.null]),
});
export type DecodedExchange = t.TypeOf<typeof DecodedExchange>;
