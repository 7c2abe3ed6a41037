import type { CapturedExchange } from '../decode/index';

/**
 * The one exchange builder of the tests, the bench and the panel shell: every exchange is the bare
 * one below with some fields set. Browser-safe (the shell bundles it): no Node API here.
 */

/** OpenAI's chat endpoint, where every built exchange posts unless told otherwise. */
export const CHAT_URL = 'https://api.openai.com/v1/chat/completions';

/**
 * A POST to OpenAI's chat endpoint that answered 200 with no body, no headers and no request body,
 * changed by `fields`: what a decode test starts from, holding nothing the test did not put there.
 */
export const bareChatExchange = (fields: Partial<CapturedExchange> = {}): CapturedExchange => ({
  id: 'x1',
  url: CHAT_URL,
  method: 'POST',
  status: 200,
  startedAt: 0,
  durationMs: 12,
  requestHeaders: [],
  requestBody: null,
  responseHeaders: [],
  mimeType: 'application/json',
  body: null,
  timings: {},
  ...fields,
});

/** A recorded body as the capture layer hands it over (its content type, no request body): the bench's corpus. */
export const recordedExchange = (
  body: { readonly text: string; readonly mimeType: string; readonly status: number },
  id: string,
): CapturedExchange =>
  bareChatExchange({
    id,
    status: body.status,
    durationMs: null,
    requestHeaders: [{ name: 'content-type', value: 'application/json' }],
    responseHeaders: [{ name: 'content-type', value: body.mimeType }],
    mimeType: body.mimeType,
    body: body.text,
  });

type ChatExchangeInput = {
  readonly id: string;
  /** The response body as recorded; null to stand for a body the browser could not give. */
  readonly body: string | null;
  readonly stream?: boolean;
  readonly status?: number;
  readonly startedAt?: number;
  readonly url?: string;
  readonly model?: string;
  readonly bodyUnavailableReason?: string;
  readonly bodyCut?: CapturedExchange['bodyCut'];
  /**
   * Names of the function tools the request offered (no parameters): a reply calling a tool the
   * request did not offer is an error of its own (issue 15), so a tool-call body needs its tools.
   */
  readonly tools?: readonly string[];
};

/**
 * A recorded response body in the whole exchange live capture would hand over for a POST
 * /v1/chat/completions (a user question, headers, timings), so the shell and the panel's tests
 * feed the panel realistic exchanges.
 */
export function chatExchange(input: ChatExchangeInput): CapturedExchange {
  const stream = input.stream ?? false;
  const requestBody = JSON.stringify({
    model: input.model ?? 'gpt-4o-2024-08-06',
    messages: [{ role: 'user', content: "What's the weather like in San Francisco?" }],
    ...(stream ? { stream: true } : {}),
    ...(input.tools === undefined ? {} : { tools: input.tools.map((name) => ({ type: 'function', function: { name } })) }),
  });
  return bareChatExchange({
    id: input.id,
    url: input.url ?? CHAT_URL,
    status: input.status ?? 200,
    startedAt: input.startedAt ?? Date.UTC(2024, 8, 26, 10, 22, 21, 500),
    durationMs: 812,
    requestHeaders: [{ name: 'content-type', value: 'application/json' }],
    requestBody,
    responseHeaders: [{ name: 'content-type', value: stream ? 'text/event-stream; charset=utf-8' : 'application/json' }],
    mimeType: stream ? 'text/event-stream' : 'application/json',
    body: input.body,
    timings: { wait: 700, receive: 112 },
    ...(input.bodyUnavailableReason === undefined ? {} : { bodyUnavailableReason: input.bodyUnavailableReason }),
    ...(input.bodyCut === undefined ? {} : { bodyCut: input.bodyCut }),
    source: 'live',
  });
}

/** Something the page fetched that is not chat traffic: the panel must not list it. */
export const nonChatExchange = (id: string): CapturedExchange =>
  bareChatExchange({
    id,
    url: 'https://example.com/api/users?page=2',
    method: 'GET',
    startedAt: Date.UTC(2024, 8, 26, 10, 22, 20, 0),
    durationMs: 35,
    responseHeaders: [{ name: 'content-type', value: 'application/json' }],
    body: '{"users":[{"id":1,"name":"Ada"}],"page":2}',
    source: 'live',
  });
