import * as E from 'fp-ts/Either';
import { recordAt, recordOf, stringAt } from '../../lenientFields';
import type { JsonRecord } from '../../lenientFields';
import { parseJsonValue } from '../../parseJson';
import { oncePerUrl, parsedUrl } from '../urlParts';
import type { ExchangeHead, PresentBody } from '../wireFormat';
import { firstLine } from './ndjson';
import { isPost } from '../httpMethod';
import { isProxiedOllamaError } from './proxiedError';

/** Ollama's default port: `ollama serve` listens on 127.0.0.1:11434 unless OLLAMA_HOST says otherwise. */
const OLLAMA_PORT = '11434';

/** The two generating endpoints of the native API; `/v1/chat/completions` on the same port is Chat Completions. */
const OLLAMA_PATH = /^\/api\/(?:chat|generate)\/?$/;

const isOllamaUrl = oncePerUrl((text: string): boolean => {
  // No URL without the port in it can be on :11434: most URLs are answered without a parse.
  if (!text.includes(OLLAMA_PORT)) return false;
  const url = parsedUrl(text);
  return url !== undefined && url.port === OLLAMA_PORT && OLLAMA_PATH.test(url.pathname);
});

/**
 * `POST …:11434/api/chat` or `/api/generate`, on any host (a LAN box, a tunnel). On another port
 * `/api/chat` is as likely an AI SDK app's own route: that is left to the body.
 */
export const claimsByHead = (head: ExchangeHead): boolean => {
  if (head.url === null || head.method === null || !isPost(head.method)) return false;
  return isOllamaUrl(head.url);
};

/**
 * Whether a parsed value is one of Ollama's response objects: `model` and `created_at` strings,
 * a `done` boolean, and the text where the endpoint puts it (`message: {role, content}` for
 * /api/chat, `response` for /api/generate). All four are required: a JSON API with `model` and
 * `content` (or `message`) is not Ollama.
 */
export const isOllamaResponse = (value: unknown): value is JsonRecord => {
  const record = recordOf(value);
  if (record === undefined) return false;
  if (stringAt(record, 'model') === undefined || stringAt(record, 'created_at') === undefined) return false;
  if (typeof record.done !== 'boolean') return false;
  if (stringAt(record, 'response') !== undefined) return true;
  const message = recordAt(record, 'message');
  return stringAt(message, 'role') !== undefined && stringAt(message, 'content') !== undefined;
};

/**
 * The body shows Ollama: a JSON body that is one response object, or NDJSON (handed over as
 * text, since JSON.parse failed at its second line) whose first line is one. Only the first line
 * is parsed, and only when it names the two fields every line has. Ollama's error body is anyone's
 * (`{"error": "..."}`): claimed off :11434 only where path and request both say Ollama (proxiedError.ts).
 */
export const claimsByBody = (body: PresentBody, head: ExchangeHead): boolean => {
  if (body.kind === 'json') return isOllamaResponse(body.value) || isProxiedOllamaError(body, head);
  if (body.kind !== 'text') return false;
  const line = firstLine(body.text);
  if (line === undefined || !line.includes('"created_at"') || !line.includes('"done"')) return false;
  const value = parseJsonValue(line);
  return E.isRight(value) && isOllamaResponse(value.right);
};
