import { describe, expect, it } from 'vitest';
import { bareChatExchange } from '../../testing/exchanges';
import { decodeExchange } from '../index';

/**
 * Issue 13, "no false positives": a page's own JSON and event streams, however much they look like
 * an LLM's (a `type: "message"` with `content` and `model`, a ticker SSE of typed events, a log
 * stream of JSON lines), are not listed by any format.
 */
const pageExchange = (url: string, mimeType: string, body: string, method = 'GET') =>
  bareChatExchange({ url, method, mimeType, body, responseHeaders: [{ name: 'content-type', value: mimeType }] });

describe('what is not LLM traffic', () => {
  it.each([
    [
      'a JSON API whose objects have type, content and model',
      pageExchange(
        'https://app.example/api/items/7',
        'application/json',
        '{"type":"message","id":"msg_1","role":"assistant","content":"hi","model":"x"}',
      ),
    ],
    [
      'the same, posted',
      pageExchange(
        'https://app.example/api/items',
        'application/json',
        '{"type":"message","content":[{"type":"text","text":"hi"}],"model":"x"}',
        'POST',
      ),
    ],
    [
      'a stock-ticker SSE of typed events',
      pageExchange(
        'https://app.example/prices',
        'text/event-stream',
        'data: {"type":"price","symbol":"ACME","price":1}\n\ndata: {"type":"price","symbol":"ACME","price":2}\n\n',
      ),
    ],
    [
      'an SSE of named events with JSON data',
      pageExchange(
        'https://app.example/events',
        'text/event-stream',
        'event: update\ndata: {"type":"start","id":"1"}\n\nevent: update\ndata: {"type":"finish"}\n\n',
      ),
    ],
    [
      'a log stream of JSON lines with model and done',
      pageExchange(
        'https://app.example/api/logs',
        'application/x-ndjson',
        '{"model":"job-1","status":"running","done":false}\n{"model":"job-1","done":true}\n',
        'POST',
      ),
    ],
    ['a plain text answer to a POST', pageExchange('https://app.example/api/notes', 'text/plain', 'saved', 'POST')],
    [
      'a JSON error at an app path',
      pageExchange('https://app.example/api/chat-history', 'application/json', '{"error":"not found"}', 'POST'),
    ],
    [
      // Ollama's error body at Ollama's path: only an Ollama request (model + messages) makes it Ollama's.
      "a JSON error at a support chat API's /api/chat, to a request that is not Ollama's",
      {
        ...pageExchange('https://app.example/api/chat', 'application/json', '{"error":"session expired"}', 'POST'),
        status: 401,
        requestBody: '{"sessionId":"s1","message":"hi"}',
      },
    ],
    ['a JSON array of records', pageExchange('https://app.example/api/list', 'application/json', '[{"candidates":3,"content":"x"}]')],
  ])('%s is not listed', (_name, exchange) => {
    expect(decodeExchange(exchange)).toBeNull();
  });
});
