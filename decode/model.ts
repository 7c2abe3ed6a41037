import * as t from 'io-ts';

/**
 * What decode/ produces for one chat-completion exchange. The panel and the CLI render only this;
 * `llm-inspect --json` prints it (shape fixed by issue 3; fields may be added, never removed).
 */

/**
 * The wire formats decode/ reads (decode/formats/<name>/): which one an exchange spoke is its
 * `format`. The names are those of issue 13 and stay fixed: `llm-inspect --json` prints them.
 */
export const FormatName = t.keyof({
  'openai-chat': null,
  'openai-responses': null,
  'anthropic-messages': null,
  gemini: null,
  'ai-sdk-ui': null,
  'ai-sdk-data': null,
  'ai-sdk-text': null,
  ollama: null,
});
export type FormatName = t.TypeOf<typeof FormatName>;

export const Severity = t.keyof({ error: null, warning: null });
export type Severity = t.TypeOf<typeof Severity>;

/**
 * One place where the response departs from the contract. path looks like `choices[0].finish_reason`
 * (`events[3].choices[0].delta` in a stream); `url` and `request.*` (bidi-control warnings) name
 * fields of the DecodedExchange itself.
 */
/**
 * Where an issue found against the request's own JSON Schemas (issue 15) sits: in which tool call's
 * arguments or which choice's structured content, and the path inside the parsed JSON value
 * (`at: ['items', 2, 'price']`; empty for the value as a whole). The panel uses it to group these
 * issues apart from the provider-contract ones and to highlight the spot in Conversation.
 */
export const SchemaIssueTarget = t.union([
  t.type({ kind: t.literal('tool_call'), choice: t.number, index: t.number }),
  t.type({ kind: t.literal('content'), choice: t.number }),
  /** The deprecated single `function_call` of a Chat Completions message (legacy `functions`). */
  t.type({ kind: t.literal('function_call'), choice: t.number }),
]);
export type SchemaIssueTarget = t.TypeOf<typeof SchemaIssueTarget>;

export const SchemaIssueFacts = t.type({
  target: SchemaIssueTarget,
  at: t.array(t.union([t.string, t.number])),
  /** The JSON Schema keyword that failed (`enum`, `required`, `type`, ...), or `tool` (no such tool offered), `json` (not JSON), `schema` (the schema could not be read). */
  keyword: t.string,
});
export type SchemaIssueFacts = t.TypeOf<typeof SchemaIssueFacts>;

export const ContractIssue = t.intersection([
  t.type({ severity: Severity, path: t.string, message: t.string }),
  t.partial({
    expected: t.string,
    actual: t.string,
    /** Present only on issues found against the request's schemas (issue 15). */
    schema: SchemaIssueFacts,
  }),
]);
export type ContractIssue = t.TypeOf<typeof ContractIssue>;

export const NormalizedToolCall = t.intersection([
  t.type({
    id: t.string,
    type: t.string,
    function: t.type({ name: t.string, arguments: t.string }),
  }),
  t.partial({
    /**
     * What the tool returned, as JSON text, when the response itself carries it: an AI SDK route
     * runs the app's tools on the server and streams their output beside the call (issue 13).
     */
    result: t.string,
  }),
]);
export type NormalizedToolCall = t.TypeOf<typeof NormalizedToolCall>;

/** One url_citation annotation (OpenAI); fields a provider left out are null. */
export const NormalizedAnnotation = t.type({
  type: t.string,
  url: t.union([t.string, t.null]),
  title: t.union([t.string, t.null]),
  start_index: t.union([t.number, t.null]),
  end_index: t.union([t.number, t.null]),
});
export type NormalizedAnnotation = t.TypeOf<typeof NormalizedAnnotation>;

/**
 * A tool the provider ran itself (web search, code execution, web fetch): the app does not run it,
 * so it is never among `tool_calls`. arguments and result are JSON text, null when not sent.
 */
export const NormalizedServerTool = t.type({
  id: t.string,
  name: t.string,
  arguments: t.union([t.string, t.null]),
  result: t.union([t.string, t.null]),
});
export type NormalizedServerTool = t.TypeOf<typeof NormalizedServerTool>;

/**
 * One reasoning block as the format sent it, for what the joined `reasoning` text cannot say:
 * Anthropic's `thinking` with its `signature` and `redacted_thinking` with its opaque `data`,
 * Gemini's `thoughtSignature`, the AI SDK's redacted reasoning. `type` is the format's own name.
 */
export const NormalizedReasoningBlock = t.intersection([
  t.type({ type: t.string }),
  t.partial({ text: t.string, signature: t.string, data: t.string }),
]);
export type NormalizedReasoningBlock = t.TypeOf<typeof NormalizedReasoningBlock>;

/**
 * One piece of the answer in the order the response gave it (issue 13): a text block, as its span
 * `[start, end)` of `content`, or a tool the provider ran, as its index in `server_tools`. The
 * joined `content` and the `server_tools` list cannot say that a web search ran between two
 * paragraphs; this can.
 */
export const NormalizedSegment = t.union([
  t.type({ type: t.literal('text'), start: t.number, end: t.number }),
  t.type({ type: t.literal('server_tool'), index: t.number }),
]);
export type NormalizedSegment = t.TypeOf<typeof NormalizedSegment>;

export const NormalizedMessage = t.intersection([
  t.type({ role: t.string, content: t.union([t.string, t.null]) }),
  t.partial({
    reasoning: t.string,
    refusal: t.string,
    tool_calls: t.array(NormalizedToolCall),
    /** The deprecated single `function_call` of older OpenAI responses. */
    function_call: t.type({ name: t.string, arguments: t.string }),
    annotations: t.array(NormalizedAnnotation),
    /** Built-in tools the provider ran (issue 13): web search, code execution, grounding. */
    server_tools: t.array(NormalizedServerTool),
    /** The reasoning blocks with their signatures or redacted data, in order (issue 13). */
    reasoning_blocks: t.array(NormalizedReasoningBlock),
    /**
     * Text blocks and server tools in the response's order (Anthropic's content blocks, Responses'
     * output items); only when the order says more than `content`: several text blocks or any server tool.
     */
    segments: t.array(NormalizedSegment),
  }),
]);
export type NormalizedMessage = t.TypeOf<typeof NormalizedMessage>;

const TopLogprob = t.type({ token: t.string, logprob: t.number, bytes: t.union([t.array(t.number), t.null]) });
export const NormalizedTokenLogprob = t.intersection([TopLogprob, t.type({ top_logprobs: t.array(TopLogprob) })]);
export type NormalizedTokenLogprob = t.TypeOf<typeof NormalizedTokenLogprob>;

/** Per-token log probabilities; a stream's are concatenated in arrival order. */
export const NormalizedLogprobs = t.type({
  content: t.union([t.array(NormalizedTokenLogprob), t.null]),
  refusal: t.union([t.array(NormalizedTokenLogprob), t.null]),
});
export type NormalizedLogprobs = t.TypeOf<typeof NormalizedLogprobs>;

export const NormalizedChoice = t.intersection([
  t.type({
    index: t.number,
    finish_reason: t.union([t.string, t.null]),
    message: NormalizedMessage,
  }),
  t.partial({ logprobs: NormalizedLogprobs }),
]);
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
    /** null when the format has no id (Ollama) or the body sent none it could be read from. */
    id: t.union([t.string, t.null]),
    /** The format's own name for what it returned (`chat.completion`, `response`, `message`); null when it has none. */
    object: t.union([t.string, t.null]),
    /** Unix seconds; null when absent or not a number. */
    created: t.union([t.number, t.null]),
    /** null when the format does not report the model (the AI SDK streams without metadata). */
    model: t.union([t.string, t.null]),
    choices: t.array(NormalizedChoice),
    usage: t.union([NormalizedUsage, t.null]),
  }),
  t.partial({
    system_fingerprint: t.union([t.string, t.null]),
    service_tier: t.union([t.string, t.null]),
    /** Perplexity's top-level `citations` (URLs). */
    citations: t.array(t.string),
  }),
]);
export type NormalizedCompletion = t.TypeOf<typeof NormalizedCompletion>;

export const ExchangeError = t.intersection([
  t.type({ message: t.string }),
  t.partial({ type: t.union([t.string, t.null]), code: t.union([t.string, t.number, t.null]) }),
]);
export type ExchangeError = t.TypeOf<typeof ExchangeError>;

/** One server-sent event as it arrived, for a timing view. index counts events from 0. */
export const StreamEvent = t.intersection([t.type({ index: t.number, data: t.string }), t.partial({ event: t.string, id: t.string })]);
export type StreamEvent = t.TypeOf<typeof StreamEvent>;

export const StreamFacts = t.intersection([
  t.type({ events: t.number, done: t.boolean }),
  t.partial({
    /** The events themselves; left out when the caller asked for `streamEvents: false`. */
    eventList: t.array(StreamEvent),
    /** SSE comment lines (OpenRouter's `: OPENROUTER PROCESSING` keep-alives). */
    comments: t.number,
  }),
]);
export type StreamFacts = t.TypeOf<typeof StreamFacts>;

/** One message of the request's conversation, normalized like the response's messages. */
/** Something a request message carried besides text (an image, a file, audio), named but not shown. */
export const RequestAttachment = t.intersection([
  t.type({
    type: t.string,
    mediaType: t.union([t.string, t.null]),
    name: t.union([t.string, t.null]),
  }),
  t.partial({
    /** Where the file is, when the request pointed at it by a URL (not `data:`): Responses' `image_url`, `file_url`. */
    url: t.string,
    /** The size in bytes of a file sent inline (a `data:` URL's payload), which is not shown. */
    bytes: t.number,
  }),
]);
export type RequestAttachment = t.TypeOf<typeof RequestAttachment>;

export const RequestMessage = t.intersection([
  t.type({ role: t.string, content: t.union([t.string, t.null]) }),
  t.partial({
    name: t.string,
    tool_calls: t.array(NormalizedToolCall),
    tool_call_id: t.string,
    /** Images, files and audio the message carried, in order (issue 13). */
    attachments: t.array(RequestAttachment),
    /** The thinking the app sent back (Anthropic thinking blocks, Gemini thought parts). */
    reasoning: t.string,
  }),
]);
export type RequestMessage = t.TypeOf<typeof RequestMessage>;

export const RequestSummary = t.partial({
  model: t.string,
  /** How many messages the request sent (see `conversation` for them). */
  messages: t.number,
  stream: t.boolean,
  /** How many tools the request offered (see `toolNames`). */
  tools: t.number,
  conversation: t.array(RequestMessage),
  toolNames: t.array(t.string),
});
export type RequestSummary = t.TypeOf<typeof RequestSummary>;

export const ExchangeKind = t.keyof({ completion: null, stream: null, error: null });
export type ExchangeKind = t.TypeOf<typeof ExchangeKind>;

/**
 * An integer literal beyond 2^53 (Number.MAX_SAFE_INTEGER) with its digits exactly as the body
 * sent them: JSON.parse rounds it (Together's `choices[].seed` 5844196810245229000 is held as a
 * nearby double), so a view showing the number must show `digits` instead.
 */
export const PreciseNumber = t.type({ path: t.string, digits: t.string });
export type PreciseNumber = t.TypeOf<typeof PreciseNumber>;

/**
 * A field the contract does not define, kept as it came (x_groq, provider, timings, citations,
 * content_filter_results, ...). For a stream, path is relative to a chunk, value is the last one
 * seen and occurrences counts the events that carried it.
 */
export const ProviderExtension = t.intersection([
  t.type({ path: t.string, value: t.unknown }),
  t.partial({
    occurrences: t.number,
    /**
     * The integers beyond 2^53 inside `value`, digits as sent; paths are in the same terms as
     * `path` (this extension's own path, or one below it such as `x_groq.seed`).
     */
    preciseNumbers: t.array(PreciseNumber),
  }),
]);
export type ProviderExtension = t.TypeOf<typeof ProviderExtension>;

export const DecodedExchange = t.intersection([
  t.type({
    url: t.union([t.string, t.null]),
    status: t.union([t.number, t.null]),
    /** The wire format the exchange spoke (issue 13). */
    format: FormatName,
    kind: ExchangeKind,
    conforms: t.boolean,
    issues: t.array(ContractIssue),
    completion: t.union([NormalizedCompletion, t.null]),
    error: t.union([ExchangeError, t.null]),
    stream: t.union([StreamFacts, t.null]),
    request: t.union([RequestSummary, t.null]),
  }),
  t.partial({
    extensions: t.array(ProviderExtension),
    /**
     * Every integer beyond 2^53 in the body (absent when there is none), at the path its issue
     * names (`choices[0].seed`, or `events[7].choices[0].seed` in a stream); at most the first 1,000.
     */
    preciseNumbers: t.array(PreciseNumber),
  }),
]);
export type DecodedExchange = t.TypeOf<typeof DecodedExchange>;
