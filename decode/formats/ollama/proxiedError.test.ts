import { describe, expect, it } from 'vitest';
import { decodeExchange } from '../../decodeExchange';
import { bareChatExchange } from '../../../testing/exchanges';
import { readFormatFixture } from '../../../testing/fixtureFiles';
import { isOllamaRequest } from './proxiedError';

/** Ollama's recorded 404 body: `{"error":"model 'nonexistent-model-12345' not found"}`. */
const NOT_FOUND = readFormatFixture('ollama', 'ollama-error-404-1.json');

const OLLAMA_CHAT = JSON.stringify({ model: 'nonexistent-model-12345', messages: [{ role: 'user', content: 'Hello' }], stream: false });
const OLLAMA_GENERATE = JSON.stringify({ model: 'llama3.2', prompt: 'Why is the sky blue?' });

const errorExchange = (url: string, requestBody: string | null, body = NOT_FOUND, method = 'POST') =>
  bareChatExchange({ url, method, status: 404, requestBody, body, responseHeaders: [{ name: 'content-type', value: 'application/json' }] });

describe("Ollama's error body off port 11434 (a proxy in front of Ollama)", () => {
  it.each([
    ["Open WebUI's /ollama/api/chat", 'https://webui.example.test/ollama/api/chat', OLLAMA_CHAT],
    ['a reverse proxy on port 443', 'https://llm.example.test/api/chat', OLLAMA_CHAT],
    ['/api/generate with a prompt, trailing slash and query', 'http://gpu-box.lan:8080/llm/api/generate/?t=1', OLLAMA_GENERATE],
  ])('lists %s as Ollama with its error message', (_where, url, request) => {
    const decoded = decodeExchange(errorExchange(url, request));
    expect(decoded?.format).toBe('ollama');
    expect(decoded?.error?.message).toBe("model 'nonexistent-model-12345' not found");
    expect(decoded?.request?.model).toBe(request === OLLAMA_CHAT ? 'nonexistent-model-12345' : 'llama3.2');
  });

  it.each([
    ['a generic /api/chat answering a non-Ollama request', 'https://support.example.test/api/chat', '{"message":"hi","sessionId":"s1"}'],
    [
      'an AI SDK v5 route (useChat parts, no model)',
      'https://app.example.test/api/chat',
      '{"id":"c1","messages":[{"id":"m1","role":"user","parts":[{"type":"text","text":"hi"}]}]}',
    ],
    [
      'an AI SDK v4 route that sends a model (messages carry ids)',
      'https://app.example.test/api/chat',
      '{"model":"gpt-4o","messages":[{"id":"m1","role":"user","content":"hi"}]}',
    ],
    ['an Ollama-shaped request to another path', 'https://app.example.test/api/chat-history', OLLAMA_CHAT],
    ['no request body', 'https://webui.example.test/ollama/api/chat', null],
    ['a request body that is not JSON', 'https://webui.example.test/ollama/api/chat', 'model=llama3&prompt=hi'],
  ])('does not list %s answering {"error": ...}', (_what, url, request) => {
    expect(decodeExchange(errorExchange(url, request))).toBeNull();
  });

  it('does not list an error body with more than the error field, nor a GET', () => {
    const url = 'https://webui.example.test/ollama/api/chat';
    expect(decodeExchange(errorExchange(url, OLLAMA_CHAT, '{"error":"not found","code":404}'))).toBeNull();
    expect(decodeExchange(errorExchange(url, OLLAMA_CHAT, NOT_FOUND, 'GET'))).toBeNull();
  });
});

describe('what an Ollama request is', () => {
  it.each([
    ['chat', OLLAMA_CHAT],
    ['generate', OLLAMA_GENERATE],
    [
      'chat with a tool result and images',
      '{"model":"m","messages":[{"role":"user","content":"x","images":["aGk="]},{"role":"tool","content":"{}","tool_name":"f"}]}',
    ],
  ])('%s is', (_what, body) => {
    expect(isOllamaRequest(body)).toBe(true);
  });

  it.each([
    ['no model', '{"messages":[{"role":"user","content":"hi"}]}'],
    ['no messages nor prompt', '{"model":"m","input":"hi"}'],
    ['empty messages', '{"model":"m","messages":[]}'],
    ['a message without a role', '{"model":"m","messages":[{"content":"hi"}]}'],
    ['content as parts (not Ollama)', '{"model":"m","messages":[{"role":"user","content":[{"type":"text","text":"hi"}]}]}'],
    ['an array', '[{"model":"m","prompt":"hi"}]'],
  ])('%s is not', (_what, body) => {
    expect(isOllamaRequest(body)).toBe(false);
  });
});
