/**
 * Plain `fetch`, as an app would call a provider without an SDK. The bodies are network data, so
 * the few fields shown are read through io-ts codecs.
 */
import * as t from 'io-ts';
import * as E from 'fp-ts/Either';
import type { CallContext, CallOutcome } from './outcome';
import { DEMO_API_KEY, fixtureHeader, summarize } from './outcome';

const ChatAnswer = t.type({
  choices: t.array(t.type({ message: t.partial({ content: t.union([t.string, t.null]) }), finish_reason: t.union([t.string, t.null]) })),
});
const Usage = t.type({ usage: t.type({ total_tokens: t.number }) });
// OpenAI's envelope; OpenRouter sends `code` as a number and adds `metadata.raw` with the detail.
const ErrorBody = t.type({
  error: t.intersection([t.type({ message: t.string }), t.partial({ metadata: t.partial({ raw: t.string }) })]),
});

async function postChat(ctx: CallContext): Promise<Response> {
  return fetch(`${ctx.origin}/v1/chat/completions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${DEMO_API_KEY}`, ...fixtureHeader(ctx.fixture) },
    body: JSON.stringify({ model: ctx.model, messages: [{ role: 'user', content: 'What is the capital of France?' }] }),
  });
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  try {
    const value: unknown = JSON.parse(text);
    return value;
  } catch {
    throw new Error(`HTTP ${response.status}: the body is not JSON (${text.slice(0, 80)})`);
  }
}

/** Throws the provider's message for a non-2xx reply. */
async function failIfNotOk(response: Response): Promise<void> {
  if (response.ok) return;
  const body = await readJson(response);
  const detail = E.match(
    () => 'no error message in the body',
    ({ error }: t.TypeOf<typeof ErrorBody>) => [error.message, error.metadata?.raw].filter(Boolean).join(': '),
  )(ErrorBody.decode(body));
  throw new Error(`HTTP ${response.status}: ${detail}`);
}

export async function fetchChat(ctx: CallContext): Promise<CallOutcome> {
  const response = await postChat(ctx);
  await failIfNotOk(response);
  const body = await readJson(response);
  const answer = ChatAnswer.decode(body);
  if (E.isLeft(answer)) throw new Error(`HTTP ${response.status}: the body has no choices[].message`);
  const choice = answer.right.choices[0];
  const usage = Usage.decode(body);
  return {
    text: choice?.message.content ?? '',
    summary: summarize([
      String(response.status),
      choice?.finish_reason && `finish: ${choice.finish_reason}`,
      E.isRight(usage) && `${usage.right.usage.total_tokens} tokens`,
    ]),
  };
}

/**
 * Not chat traffic: a JSON API whose body happens to have a `choices` field (or `type`, `content`
 * and `model`), or an SSE of stock prices. JSON is shown indented, anything else as sent.
 */
export async function fetchOther(
  origin: string,
  request: { readonly method: 'GET' | 'POST'; readonly path: string },
): Promise<CallOutcome> {
  const response = await fetch(`${origin}${request.path}`, {
    method: request.method,
    ...(request.method === 'POST' ? { headers: { 'content-type': 'application/json' }, body: JSON.stringify({ symbols: ['ACME'] }) } : {}),
  });
  await failIfNotOk(response);
  const summary = summarize([String(response.status), response.headers.get('content-type')]);
  if (!(response.headers.get('content-type') ?? '').startsWith('application/json')) return { text: await response.text(), summary };
  return { text: JSON.stringify(await readJson(response), null, 2), summary };
}
