import type { CapturedExchange } from '../../decode/index';

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
};

/**
 * Wraps a recorded response body in the CapturedExchange the capture layer would hand over for a
 * POST /v1/chat/completions, so the shell and the tests feed the panel realistic exchanges.
 */
export function chatExchange(input: ChatExchangeInput): CapturedExchange {
  const stream = input.stream ?? false;
  const mimeType = stream ? 'text/event-stream' : 'application/json';
  const requestBody = JSON.stringify({
    model: input.model ?? 'gpt-4o-2024-08-06',
    messages: [{ role: 'user', content: "What's the weather like in San Francisco?" }],
    ...(stream ? { stream: true } : {}),
  });
  return {
    id: input.id,
    url: input.url ?? 'https://api.openai.com/v1/chat/completions',
    method: 'POST',
    status: input.status ?? 200,
    startedAt: input.startedAt ?? Date.UTC(2024, 8, 26, 10, 22, 21, 500),
    durationMs: 812,
    requestHeaders: [{ name: 'content-type', value: 'application/json' }],
    requestBody,
    responseHeaders: [{ name: 'content-type', value: stream ? 'text/event-stream; charset=utf-8' : 'application/json' }],
    mimeType,
    body: input.body,
    timings: { wait: 700, receive: 112 },
    ...(input.bodyUnavailableReason === undefined ? {} : { bodyUnavailableReason: input.bodyUnavailableReason }),
    ...(input.bodyCut === undefined ? {} : { bodyCut: input.bodyCut }),
    source: 'live',
  };
}

/** Something the page fetched that is not chat traffic: the panel must not list it. */
export function nonChatExchange(id: string): CapturedExchange {
  return {
    id,
    url: 'https://example.com/api/users?page=2',
    method: 'GET',
    status: 200,
    startedAt: Date.UTC(2024, 8, 26, 10, 22, 20, 0),
    durationMs: 35,
    requestHeaders: [],
    requestBody: null,
    responseHeaders: [{ name: 'content-type', value: 'application/json' }],
    mimeType: 'application/json',
    body: '{"users":[{"id":1,"name":"Ada"}],"page":2}',
    timings: {},
    source: 'live',
  };
}
