import type { FormatName } from '../model';
import { aiSdkData } from './ai-sdk-data/index';
import { aiSdkText } from './ai-sdk-text/index';
import { aiSdkUi } from './ai-sdk-ui/index';
import { anthropicMessages } from './anthropic-messages/index';
import { gemini } from './gemini/index';
import { ollama } from './ollama/index';
import { openaiChat } from './openai-chat/index';
import { openaiResponses } from './openai-responses/index';
import type { ExchangeHead, PresentBody, WireFormat } from './wireFormat';
import { isPost } from './httpMethod';

/**
 * Every wire format decode/ reads, in the order their bodies are tried (heads: HEAD_ORDER below): a body claimed by
 * an earlier format is not offered to a later one, so the formats that recognise a body by its
 * narrowest marks come first. The formats claiming a head by its URL come before the AI SDK's,
 * which claim it by a response header: an exchange claimed by URL is then decided without reading
 * its headers (their first touch, cold in memory, was 4% of an Ollama JSON body's decode). Ollama
 * and the AI SDK claim disjoint bodies (JSON or NDJSON objects against SSE and data-stream lines),
 * so their order changes no body's format; by head, only an exchange to Ollama's port and path that
 * also carried the AI SDK's header would be Ollama's now. Adding a format: its folder, and one line here.
 */
export const WIRE_FORMATS: readonly WireFormat[] = [
  openaiChat,
  openaiResponses,
  anthropicMessages,
  gemini,
  ollama,
  aiSdkUi,
  aiSdkData,
  aiSdkText,
];

/**
 * The same formats in the order their heads are tried (formatByHead): Ollama first. Its claim is
 * the narrowest and cheapest there is (POST to port 11434 and the path `/api/chat` or
 * `/api/generate`, remembered per URL), and no format before it in WIRE_FORMATS claims such a
 * head: Chat Completions wants a path ending in `/chat/completions`, Responses `/v1/responses`,
 * Anthropic `/messages`, Gemini `…:generateContent`. So no exchange changes hands, and an Ollama
 * exchange is decided without the four claims that cannot take it (a twentieth of a small
 * body's decode past its JSON.parse). Bodies are still offered in WIRE_FORMATS' order: there the
 * order decides which of two formats a body claimed by both becomes.
 */
const HEAD_ORDER: readonly WireFormat[] = [ollama, ...WIRE_FORMATS.filter((format) => format !== ollama)];

const byName = new Map<FormatName, WireFormat>(WIRE_FORMATS.map((format) => [format.name, format]));

/** The format of that name; Chat Completions for a name no format has yet (never for a FormatName once all are in). */
export const formatNamed = (name: FormatName): WireFormat => byName.get(name) ?? openaiChat;

/**
 * A URL pattern the user added in Settings (or `llm-inspect --url-pattern`). A bare pattern says
 * "this endpoint is LLM traffic" and leaves the format to the body (Chat Completions when the body
 * says nothing); one naming a format says which.
 */
export type ExtraUrlPattern = RegExp | { readonly pattern: RegExp; readonly format: FormatName };

const regexOf = (pattern: ExtraUrlPattern): RegExp => (pattern instanceof RegExp ? pattern : pattern.pattern);

const matches = (pattern: RegExp, url: string): boolean => {
  pattern.lastIndex = 0;
  return pattern.test(url);
};

/** No user patterns: one array for every call that names none, not a default `[]` per exchange. */
const NO_PATTERNS: readonly ExtraUrlPattern[] = [];

/** The first of the user's patterns the URL matches; only POST creates a completion. */
export const matchingPattern = (head: ExchangeHead, patterns: readonly ExtraUrlPattern[]): ExtraUrlPattern | undefined => {
  // Most callers name none: no closure over the URL for an empty list.
  if (patterns.length === 0 || head.url === null || head.method === null || !isPost(head.method)) return undefined;
  const url = head.url;
  return patterns.find((pattern) => matches(regexOf(pattern), url));
};

/** The format whose URL, method or headers claim the exchange, if any: asked before the body is read. */
export const formatByHead = (head: ExchangeHead, patterns: readonly ExtraUrlPattern[] = NO_PATTERNS): WireFormat | undefined => {
  const pattern = matchingPattern(head, patterns);
  if (pattern !== undefined && !(pattern instanceof RegExp)) return formatNamed(pattern.format);
  // Loops, not find() with a callback: a closure over the head for every exchange decoded.
  for (const format of HEAD_ORDER) if (format.claimsByHead(head)) return format;
  return undefined;
};

/** Whether the exchange is LLM traffic by its head alone (a format claims it or a user pattern matches). */
export const isLlmHead = (head: ExchangeHead, patterns: readonly ExtraUrlPattern[] = NO_PATTERNS): boolean =>
  matchingPattern(head, patterns) !== undefined || WIRE_FORMATS.some((format) => format.claimsByHead(head));

/**
 * Which format an exchange spoke: a user pattern naming one, else the format its head claims, else
 * the first whose body claims it, else Chat Completions when a bare user pattern matched; undefined
 * when nothing says LLM (the exchange is not listed).
 */
export const recognizeFormat = (
  head: ExchangeHead,
  body: PresentBody | undefined,
  patterns: readonly ExtraUrlPattern[] = NO_PATTERNS,
): WireFormat | undefined => {
  const byHead = formatByHead(head, patterns);
  if (byHead !== undefined) return byHead;
  if (body !== undefined) for (const format of WIRE_FORMATS) if (format.claimsByBody(body, head)) return format;
  return matchingPattern(head, patterns) === undefined ? undefined : openaiChat;
};

/** What the panel and the CLI may know of a format without decoding: its name, label and native field names. */
export interface FormatInfo {
  readonly name: FormatName;
  readonly label: string;
  readonly nativeNames: WireFormat['nativeNames'];
}

export const formatInfo = (name: FormatName): FormatInfo => {
  const { label, nativeNames } = formatNamed(name);
  return { name, label, nativeNames };
};
