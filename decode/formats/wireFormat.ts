import type { BodyOptions } from '../bodyParts';
import type { DecodedParts } from '../decodeJsonBody';
import type { HeaderEntry } from '../exchange';
import type { FormatName, RequestSummary } from '../model';
import type { ParsedBody } from '../responseBody';

/**
 * What recognition may look at before the body: the request line and both sets of headers. A lone
 * body file (the CLI's `llm-inspect body.sse`) has no URL, no method and no headers.
 */
export interface ExchangeHead {
  readonly url: string | null;
  readonly method: string | null;
  readonly requestHeaders: readonly HeaderEntry[];
  readonly responseHeaders: readonly HeaderEntry[];
  /** The response's declared type, as the browser gave it. */
  readonly mimeType: string;
  /** The request body as sent (an AI SDK app's `messages[].parts`, Ollama's `model` + `messages`); null when none. */
  readonly requestBody: string | null;
}

/** The body a format decodes, parsed once by responseBody.ts; never `missing` or `empty` (handled before). */
export type PresentBody = Extract<ParsedBody, { kind: 'sse' | 'json' | 'text' }>;

export interface FormatDecodeOptions extends BodyOptions {
  /** The HTTP status; null for a lone body file or when the browser reported none. */
  readonly status: number | null;
  /** The HTTP status is 400 or more. */
  readonly failed: boolean;
}

/**
 * What the normalized fields are called in this format's own words, for views that show a value
 * under the name its user knows (an Anthropic user reads `stop_reason` and `input_tokens`). A
 * field the format does not have is null.
 */
export interface NativeFieldNames {
  readonly id: string | null;
  readonly model: string | null;
  readonly finish_reason: string | null;
  readonly prompt_tokens: string | null;
  readonly completion_tokens: string | null;
  readonly total_tokens: string | null;
  /**
   * The creation time's own name (`created_at`, Vertex's `createTime`); absent where it is Chat
   * Completions' `created`, or where the format sends none (the completion's `created` is then null).
   */
  readonly created?: string;
}

/**
 * One wire format (decode/formats/<name>/index.ts exports one). Adding a format means adding its
 * folder and one line in registry.ts. Every function is pure and must not throw on any input
 * (decodeExchange catches anyway, but a throw costs the user the whole exchange).
 */
export interface WireFormat {
  readonly name: FormatName;
  /** How the panel's list names it: "OpenAI", "Anthropic", "Gemini", "OpenAI Responses", "AI SDK", "Ollama". */
  readonly label: string;
  readonly nativeNames: NativeFieldNames;
  /**
   * Whether URL, method and headers alone say this format (`POST …/v1/messages`,
   * `…:streamGenerateContent`, `x-vercel-ai-ui-message-stream: v1`). Only signals no other traffic
   * gives: an ambiguous path (`/api/chat` is both Ollama's and an AI SDK app's) is left to the body.
   */
  readonly claimsByHead: (head: ExchangeHead) => boolean;
  /**
   * Whether the body shows this format (a JSON body's fields, a stream's first events or lines).
   * Strict: a non-LLM API's JSON with `type: "message"` or a stock-ticker SSE must not be claimed.
   * `head` helps (a declared NDJSON type) but is empty for a lone body file.
   */
  readonly claimsByBody: (body: PresentBody, head: ExchangeHead) => boolean;
  /**
   * Whether a lone body file (no URL, no headers: `llm-inspect body.json`, standard input) is this
   * format's, where claimsByBody must refuse it in traffic: Gemini's google.rpc.Status error is every
   * Google API's, but a file handed to llm-inspect is an LLM body. Asked only when no body claim held.
   */
  readonly claimsLoneBody?: (body: PresentBody) => boolean;
  /** Decodes a body of this format: issues against its own codecs, the normalized view, stream facts. */
  readonly decodeBody: (body: PresentBody, options: FormatDecodeOptions) => DecodedParts;
  /**
   * Decodes a JSON body (`json`, no byte-order mark) that JSON.parse turned into `value` without
   * parseJson's depth and number scan: the format's walk stands in for that scan
   * (contract/scanAlongside.ts), so the body is walked once, not twice. Undefined when the walk
   * finds the body nested too deeply: the caller then decodes it as before (as text). Only for an
   * exchange its head claims for this format (decodeExchange.ts); a format without it has its JSON
   * scanned first.
   */
  readonly decodeUnscannedJson?: (value: unknown, json: string, options: FormatDecodeOptions) => DecodedParts | undefined;
  /**
   * The request body read for what a user checks first (model, conversation, tools); null when
   * unreadable. `head` gives what the body may leave to the URL (Gemini's model and stream mode).
   */
  readonly summarizeRequest: (requestBody: string | null, head: ExchangeHead) => RequestSummary | null;
}
