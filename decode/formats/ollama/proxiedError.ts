import * as E from 'fp-ts/Either';
import { arrayOf, recordOf, recordsIn, stringAt } from '../../lenientFields';
import type { JsonRecord } from '../../lenientFields';
import { parseJsonValue } from '../../parseJson';
import { isPost } from '../httpMethod';
import { oncePerUrl, pathOfUrl } from '../urlParts';
import type { ExchangeHead, PresentBody } from '../wireFormat';

/**
 * Ollama's error body, `{"error": "..."}`, off port 11434: an Open WebUI proxy's
 * `/ollama/api/chat`, a reverse proxy's `/llm/api/generate`. LM Studio and many a JSON API send the
 * same body, so neither the body nor the path alone says Ollama; the request the page sent does.
 */

/** A path ending in one of Ollama's generating endpoints, under any prefix (the proxy's). */
const ENDS_IN_OLLAMA_ENDPOINT = /\/api\/(?:chat|generate)\/?$/;

const endsInOllamaEndpoint = oncePerUrl((text: string): boolean => ENDS_IN_OLLAMA_ENDPOINT.test(pathOfUrl(text)));

/**
 * A chat message as Ollama takes it: a role, and content as a string when there is any. An AI SDK
 * app's `useChat` sends `parts` (v5) or an `id` per message (v4): those are not Ollama's.
 */
const isOllamaMessage = (message: JsonRecord): boolean =>
  stringAt(message, 'role') !== undefined &&
  (message.content === undefined || stringAt(message, 'content') !== undefined) &&
  message.parts === undefined &&
  message.id === undefined;

/**
 * Whether the request body is one Ollama takes: a `model`, and `messages` (every one Ollama's) for
 * /api/chat or a `prompt` string for /api/generate.
 */
export const isOllamaRequest = (requestBody: string | null): boolean => {
  if (requestBody === null || !requestBody.includes('"model"')) return false;
  const parsed = parseJsonValue(requestBody);
  const request = E.isRight(parsed) ? recordOf(parsed.right) : undefined;
  if (request === undefined || stringAt(request, 'model') === undefined) return false;
  if (stringAt(request, 'prompt') !== undefined) return true;
  const messages = arrayOf(request.messages);
  if (messages === undefined || messages.length === 0) return false;
  const records = recordsIn(messages);
  return records.length === messages.length && records.every(isOllamaMessage);
};

/** A JSON object whose one field is a string `error`: Ollama's every error body. */
const isBareErrorBody = (body: PresentBody): boolean => {
  if (body.kind !== 'json') return false;
  const record = recordOf(body.value);
  return record !== undefined && stringAt(record, 'error') !== undefined && Object.keys(record).length === 1;
};

/** An Ollama error answered through a proxy: the body, the path and the request all say so. */
export const isProxiedOllamaError = (body: PresentBody, head: ExchangeHead): boolean =>
  isBareErrorBody(body) &&
  head.url !== null &&
  head.method !== null &&
  isPost(head.method) &&
  endsInOllamaEndpoint(head.url) &&
  isOllamaRequest(head.requestBody);
