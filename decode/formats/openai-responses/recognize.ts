import * as E from 'fp-ts/Either';
import { arrayOf, numberAt, recordAt, recordOf, stringAt } from '../../lenientFields';
import { parseJsonValue } from '../../parseJson';
import { oncePerUrl, parsedUrl } from '../urlParts';
import type { ExchangeHead, PresentBody } from '../wireFormat';
import { isGet, isPost } from '../httpMethod';

/**
 * Which exchanges speak the Responses API.
 *
 * By head: `POST …/v1/responses` (OpenAI, OpenRouter's `/api/v1/responses`, LM Studio, xAI,
 * Azure's `/openai/v1/responses`) or Azure's `POST /openai/responses`, and `GET …/responses/{id}`
 * with `stream=true` (resuming a background response's stream). A bare `/responses` (a survey
 * app's `/api/responses`) is left to the body: only the versioned path is the API's own. Not
 * `/responses/{id}/input_items` nor `/responses/{id}/cancel`, which are no model output.
 *
 * By body: a JSON object with `object: "response"` and an `output` array; a stream whose first
 * events have a `type` starting with `response.` and carry a response object or an output index.
 */

const CREATE_PATH = /\/(?:v1|openai)\/responses\/?$/i;
const RESUME_PATH = /\/(?:v1|openai)\/responses\/[^/]+\/?$/i;

const isCreateUrl = oncePerUrl((text) => {
  const url = parsedUrl(text);
  return url !== undefined && CREATE_PATH.test(url.pathname);
});

const isResumeStreamUrl = oncePerUrl((text) => {
  const url = parsedUrl(text);
  return url !== undefined && RESUME_PATH.test(url.pathname) && url.searchParams.get('stream') === 'true';
});

export const claimsResponsesHead = (head: ExchangeHead): boolean => {
  if (head.url === null || head.method === null) return false;
  if (isPost(head.method)) return isCreateUrl(head.url);
  if (isGet(head.method)) return isResumeStreamUrl(head.url);
  return false;
};

/** How many leading events of a stream are looked at. */
const EVENTS_SNIFFED = 5;

export const isResponseObject = (value: unknown): boolean => {
  const record = recordOf(value);
  return stringAt(record, 'object') === 'response' && arrayOf(record?.output) !== undefined;
};

/** An event of the API: a `response.*` type, and the response object or the place of an item. */
const isResponsesEvent = (value: unknown): boolean => {
  const record = recordOf(value);
  const type = stringAt(record, 'type');
  if (type === undefined || !type.startsWith('response.')) return false;
  return isResponseObject(recordAt(record, 'response')) || numberAt(record, 'output_index') !== undefined;
};

export const claimsResponsesBody = (body: PresentBody): boolean => {
  if (body.kind === 'json') return isResponseObject(body.value);
  if (body.kind !== 'sse') return false;
  return body.sse.events.slice(0, EVENTS_SNIFFED).some((event) => {
    if (event.event !== undefined && !event.event.startsWith('response.')) return false;
    const value = parseJsonValue(event.data);
    return E.isRight(value) && isResponsesEvent(value.right);
  });
};
