import * as E from 'fp-ts/Either';
import type { JsonRecord } from '../../lenientFields';
import { arrayOf, recordAt, recordOf, stringAt } from '../../lenientFields';
import { parseJsonValue } from '../../parseJson';
import { oncePerUrl, parsedUrl, pathOfUrl } from '../urlParts';
import type { ExchangeHead, PresentBody } from '../wireFormat';
import { isPost } from '../httpMethod';

/**
 * Whether an exchange is Anthropic Messages traffic. By its head: a POST to `…/v1/messages`
 * (Anthropic's `?beta=true` included) on Anthropic's or OpenRouter's host, or carrying Anthropic's
 * own request headers (its SDK always sends `anthropic-version`; a browser call must send
 * `anthropic-dangerous-direct-browser-access`), or whose request body is a Messages request. A bare
 * `/api/v1/messages` on another host is left to the body: a chat app's own API posts its users'
 * messages there. `/v1/messages/count_tokens` and `/v1/messages/batches` are not completions.
 * By its body: several marks of a message, an error body or a stream's message_start together,
 * never one field alone (a non-LLM JSON with `type: "message"` is common).
 */

const hostOf = (url: string): string => parsedUrl(url)?.hostname.toLowerCase() ?? '';

const MESSAGES_PATH = /\/messages\/?$/i;
const VERSIONED_MESSAGES_PATH = /\/v1\/messages\/?$/i;
/** Hosts that serve the Messages API at `…/v1/messages`. */
const MESSAGES_HOSTS = /(?:^|\.)(?:anthropic\.com|openrouter\.ai)$/;
/** Request headers only Anthropic's API (and clients written for it) use. */
const ANTHROPIC_HEADERS = new Set(['anthropic-version', 'anthropic-dangerous-direct-browser-access', 'anthropic-beta']);

/**
 * One of ANTHROPIC_HEADERS, any case. A name of another length is passed over without lowercasing
 * it (every header of every exchange to a `…/messages` URL is asked): the only lowercasing that
 * changes a length, U+0130 to `i` + U+0307, cannot give ASCII (as ai-sdk-ui/recognize.ts, headerValue).
 */
const ANTHROPIC_HEADER_LENGTHS = new Set([...ANTHROPIC_HEADERS].map((name) => name.length));
const isAnthropicHeader = (header: { readonly name: string }): boolean =>
  ANTHROPIC_HEADER_LENGTHS.has(header.name.length) && ANTHROPIC_HEADERS.has(header.name.toLowerCase());

const NOT_MESSAGES = { messagesPath: false, versionedPath: false, messagesHost: false };

/** What the URL alone says: a `…/messages` path, a `…/v1/messages` one, a host that serves the API there. */
const messagesUrlFacts = oncePerUrl((url) => {
  // Cheap first: almost no URL a page fetches mentions messages.
  if (!/messages/i.test(url) || !MESSAGES_PATH.test(pathOfUrl(url))) return NOT_MESSAGES;
  return {
    messagesPath: true,
    versionedPath: VERSIONED_MESSAGES_PATH.test(pathOfUrl(url)),
    messagesHost: MESSAGES_HOSTS.test(hostOf(url)),
  };
});

/** A Messages request: `model`, `messages` and `max_tokens`, which the API requires and Chat Completions does not. */
const isMessagesRequest = (body: string | null): boolean => {
  if (body === null || !body.includes('max_tokens')) return false;
  const parsed = parseJsonValue(body);
  const record = E.isRight(parsed) ? recordOf(parsed.right) : undefined;
  return typeof record?.model === 'string' && arrayOf(record.messages) !== undefined && typeof record.max_tokens === 'number';
};

export const claimsByHead = (head: ExchangeHead): boolean => {
  const url = head.url;
  if (url === null || head.method === null || !isPost(head.method)) return false;
  const facts = messagesUrlFacts(url);
  if (!facts.messagesPath) return false;
  // Anthropic's (or OpenRouter's) own endpoint needs no more: its headers are not read (they are
  // cold memory for each captured exchange, and most calls to it come here).
  if (facts.versionedPath && facts.messagesHost) return true;
  if (head.requestHeaders.some(isAnthropicHeader)) return true;
  return facts.versionedPath && isMessagesRequest(head.requestBody);
};

/** A message: type "message", role "assistant", an array of content, a model, a stop_reason key and usage counts. */
const isMessage = (record: JsonRecord | undefined): boolean => {
  if (record?.type !== 'message' || record.role !== 'assistant' || typeof record.model !== 'string') return false;
  if (arrayOf(record.content) === undefined || !('stop_reason' in record)) return false;
  const usage = recordAt(record, 'usage');
  return typeof usage?.input_tokens === 'number' || typeof usage?.output_tokens === 'number';
};

/** Anthropic's error types all end in `_error`, but for `request_too_large`. */
const ERROR_TYPE = /^(?:[a-z]+_)+error$|^request_too_large$/;

/**
 * An error body: type "error" and an `error` with an Anthropic error type and a message, without
 * OpenAI's `code` and `param` (a Responses stream's error event nests `{type, code, message}` too).
 */
const isErrorBody = (record: JsonRecord | undefined): boolean => {
  if (record?.type !== 'error') return false;
  const error = recordAt(record, 'error');
  const type = stringAt(error, 'type');
  if (type === undefined || !ERROR_TYPE.test(type) || typeof error?.message !== 'string') return false;
  return !('code' in error) && !('param' in error);
};

/** How many leading events of a stream are looked at: message_start is the first, after at most a ping. */
const EVENTS_SNIFFED = 3;

const isStreamStart = (data: string, name: string | undefined): boolean => {
  const parsed = parseJsonValue(data);
  const record = E.isRight(parsed) ? recordOf(parsed.right) : undefined;
  if (record === undefined) return false;
  if (record.type === 'message_start' && (name === undefined || name === 'message_start')) {
    const message = recordAt(record, 'message');
    return message?.type === 'message' && arrayOf(message.content) !== undefined;
  }
  // Overloaded before anything began: the stream is one `event: error`.
  return (name === undefined || name === 'error') && isErrorBody(record);
};

export const claimsByBody = (body: PresentBody): boolean => {
  if (body.kind === 'json') {
    const record = recordOf(body.value);
    return isMessage(record) || isErrorBody(record);
  }
  if (body.kind !== 'sse') return false;
  return body.sse.events.slice(0, EVENTS_SNIFFED).some((event) => isStreamStart(event.data, event.event));
};
