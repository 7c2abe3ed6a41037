import { TAP_NAME, TAP_VERSION } from './tapDrain';

/**
 * What the Live tap (pageTap.ts) is told when it is installed in the inspected page. It is plain
 * data (JSON): the tap runs in the page, which cannot import decode/, so the recognition rules are
 * copied here as regular-expression sources, kept to the few that pick LLM traffic cheaply. They
 * only choose what the tap records; decode/ still decides what the recording is.
 */
export type TapConfig = Readonly<{
  tap: typeof TAP_NAME;
  version: typeof TAP_VERSION;
  /** Matched (case-insensitive) against the absolute URL of a POST. */
  postUrlPatterns: readonly string[];
  /** Matched against the absolute URL of a GET (the Responses API's resumed stream). */
  getUrlPatterns: readonly string[];
  /** Matched against the first `maxBodySniffChars` of a POST's text body: an LLM request's keys. */
  requestBodyHint: string;
  maxBodySniffChars: number;
  /** A response of any request with this content type is recorded (streams by nature). */
  streamContentType: string;
  /** Headers (lowercase) that only LLM streams send: a response carrying one is recorded. */
  streamHeaders: readonly string[];
  /** What a request chosen by its body alone may answer to be recorded (not HTML, images...). */
  answerContentType: string;
  /** Undrained chunks kept at most, over all requests; beyond it new chunks are dropped and counted. */
  maxBufferedChunks: number;
  /** Undrained bytes kept at most (UTF-8 bytes as received, or UTF-16 units for XHR and EventSource text). */
  maxBufferedBytes: number;
  /** A text request body is kept up to this many characters (sent again with every drain). */
  maxRequestBodyChars: number;
  /** Requests tracked at once; a request starting beyond it is not recorded. */
  maxTrackedRequests: number;
}>;

const PATH_END = '/?(?:[?#]|$)';

export const DEFAULT_TAP_CONFIG: TapConfig = {
  tap: TAP_NAME,
  version: TAP_VERSION,
  postUrlPatterns: [
    // OpenAI Chat Completions and compatibles (Azure's deployments path ends the same way).
    `/chat/completions${PATH_END}`,
    // OpenAI Responses.
    `/(?:v1|openai)/responses${PATH_END}`,
    // Anthropic Messages.
    `/messages${PATH_END}`,
    // Gemini generateContent / streamGenerateContent.
    `/(?:tuned)?models/[^/?#]+(?::|%3A)(?:stream)?generatecontent${PATH_END}`,
    // Ollama, and the AI SDK's conventional route.
    `/api/(?:chat|generate)${PATH_END}`,
  ],
  getUrlPatterns: [`/(?:v1|openai)/responses/[^/?#]+/?\\?(?:[^#]*&)?stream=true(?:[&#]|$)`],
  requestBodyHint: '"(?:messages|contents|input|prompt)"\\s*:',
  maxBodySniffChars: 4096,
  streamContentType: '^\\s*(?:text/event-stream|application/(?:x-)?ndjson|application/jsonl)\\b',
  streamHeaders: ['x-vercel-ai-ui-message-stream', 'x-vercel-ai-data-stream'],
  answerContentType: '^\\s*(?:text/event-stream|text/plain|application/(?:x-)?ndjson|application/jsonl|application/json)\\b',
  maxBufferedChunks: 10_000,
  maxBufferedBytes: 4 * 1024 * 1024,
  maxRequestBodyChars: 32 * 1024,
  maxTrackedRequests: 64,
};
