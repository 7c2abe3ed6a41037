import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { formatFixturePath } from '../../testing/fixtureFiles';
import { startDemoServer } from '../server';
import type { DemoServer } from '../server';

/**
 * The other wire formats' routes of the demo server (issue 13): each answers its provider's real
 * path with a recorded body, byte for byte, under the provider's content type and headers.
 */

const recorded = (folder: string, name: string): Buffer => readFileSync(formatFixturePath(folder, name));

/** Reads a response body chunk by chunk, as the browser receives it. */
async function readChunks(response: Response): Promise<Buffer[]> {
  const reader = response.body?.getReader();
  if (!reader) throw new Error('no body');
  const chunks: Buffer[] = [];
  for (let read = await reader.read(); !read.done; read = await reader.read()) chunks.push(Buffer.from(read.value));
  return chunks;
}

const uiChatRequest = {
  id: 'chat-1',
  messages: [{ id: 'msg-1', role: 'user', parts: [{ type: 'text', text: 'What is the capital of France?' }] }],
  trigger: 'submit-message',
};

describe('demo server: the other wire formats', () => {
  let server: DemoServer;
  const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${server.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });

  beforeAll(async () => {
    // Paced so that a reader on a loaded machine still sees a stream in several reads: at 2 ms a
    // CI run under load read a whole Responses stream in one.
    server = await startDemoServer({ port: 0, pacingMs: 25 });
  });
  afterAll(async () => {
    await server.close();
  });

  describe('Anthropic POST /v1/messages', () => {
    it('answers a JSON message when the request does not stream', async () => {
      const response = await post('/v1/messages', { model: 'claude-sonnet-4-5', max_tokens: 64, messages: [] });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/json');
      expect(Buffer.from(await response.arrayBuffer()).equals(recorded('anthropic-messages', 'anthropic-json-text-1.json'))).toBe(true);
    });

    it('answers SSE event by event for stream: true, also under ?beta=true, with the body named by x-demo-fixture', async () => {
      const response = await post(
        '/v1/messages?beta=true',
        { model: 'claude-sonnet-4', max_tokens: 64, messages: [], stream: true },
        { 'x-demo-fixture': 'anthropic-stream-thinking-1.sse' },
      );
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
      expect(response.headers.get('x-demo-fixture')).toBe('anthropic-stream-thinking-1.sse');
      const chunks = await readChunks(response);
      expect(chunks.length).toBeGreaterThan(1);
      expect(Buffer.concat(chunks).equals(recorded('anthropic-messages', 'anthropic-stream-thinking-1.sse'))).toBe(true);
    });

    it('serves an error body with the status in its name (529 overloaded)', async () => {
      const response = await post('/v1/messages', { messages: [] }, { 'x-demo-fixture': 'anthropic-error-529-1' });
      expect(response.status).toBe(529);
      expect(await response.text()).toBe('{"type":"error","error":{"details":null,"type":"overloaded_error","message":"Overloaded"}}');
    });

    it("lets the browser SDK's headers through the CORS preflight", async () => {
      const asked = 'anthropic-dangerous-direct-browser-access,anthropic-version,content-type,x-api-key,x-stainless-retry-count';
      const response = await fetch(`${server.url}/v1/messages`, {
        method: 'OPTIONS',
        headers: { origin: 'http://localhost:3000', 'access-control-request-method': 'POST', 'access-control-request-headers': asked },
      });
      expect(response.status).toBe(204);
      expect(response.headers.get('access-control-allow-origin')).toBe('*');
      const allowed = (response.headers.get('access-control-allow-headers') ?? '').split(',');
      for (const header of ['anthropic-dangerous-direct-browser-access', 'x-api-key', 'anthropic-version'])
        expect(allowed).toContain(header);
    });

    it('answers a body name that is not in anthropic-messages/ with a 404 naming it', async () => {
      const response = await post('/v1/messages', { messages: [] }, { 'x-demo-fixture': 'openai-chat-text-1.json' });
      expect(response.status).toBe(404);
      expect(await response.text()).toContain("No recorded body named 'openai-chat-text-1.json' in formats/anthropic-messages");
    });
  });

  describe('Gemini', () => {
    it(':generateContent answers one JSON body', async () => {
      const response = await post('/v1beta/models/gemini-2.5-flash:generateContent', { contents: [] });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/json; charset=UTF-8');
      expect(Buffer.from(await response.arrayBuffer()).equals(recorded('gemini', 'gemini-json-thoughts-1.json'))).toBe(true);
    });

    it(':streamGenerateContent?alt=sse answers data-only SSE in pieces', async () => {
      const response = await post('/v1beta/models/gemini-2.0-flash-exp:streamGenerateContent?alt=sse', { contents: [] });
      expect(response.headers.get('content-type')).toBe('text/event-stream');
      const chunks = await readChunks(response);
      // Written event by event (how many chunks arrive depends on the machine's timing: framing-units.test.ts checks the pieces).
      expect(chunks.length).toBeGreaterThan(1);
      expect(Buffer.concat(chunks).equals(recorded('gemini', 'gemini-stream-text-1.sse'))).toBe(true);
    });

    it(':streamGenerateContent without alt answers the JSON array, one element at a time', async () => {
      const response = await post('/v1beta/models/gemini-pro-vision:streamGenerateContent', { contents: [] });
      expect(response.headers.get('content-type')).toBe('application/json; charset=UTF-8');
      const chunks = await readChunks(response);
      expect(chunks.length).toBeGreaterThan(1);
      expect(Buffer.concat(chunks).equals(recorded('gemini', 'vertex-jsonarray-stream-1.json'))).toBe(true);
    });

    it('serves the 400 API-key error with its status', async () => {
      const response = await post('/v1beta/models/gemini-2.5-flash:generateContent', {}, { 'x-demo-fixture': 'gemini-error-400-1.json' });
      expect(response.status).toBe(400);
      expect(Buffer.from(await response.arrayBuffer()).equals(recorded('gemini', 'gemini-error-400-1.json'))).toBe(true);
    });
  });

  describe('OpenAI Responses POST /v1/responses', () => {
    it('answers JSON without stream and SSE with stream: true', async () => {
      const json = await post('/v1/responses', { model: 'gpt-4o-mini', input: 'hi' });
      expect(json.headers.get('content-type')).toBe('application/json');
      expect(Buffer.from(await json.arrayBuffer()).equals(recorded('openai-responses', 'openai-responses-json-text-1.json'))).toBe(true);
      const stream = await post(
        '/v1/responses',
        { model: 'gpt-4o', input: 'hi', stream: true },
        { 'x-demo-fixture': 'openai-responses-stream-toolcall-1.sse' },
      );
      expect(stream.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
      const chunks = await readChunks(stream);
      expect(chunks.length).toBeGreaterThan(1);
      expect(Buffer.concat(chunks).equals(recorded('openai-responses', 'openai-responses-stream-toolcall-1.sse'))).toBe(true);
    });
  });

  describe('Ollama POST /ollama/api/chat', () => {
    it('answers NDJSON line by line when stream is absent', async () => {
      const response = await post('/ollama/api/chat', { model: 'phi3', messages: [] });
      expect(response.headers.get('content-type')).toBe('application/x-ndjson');
      const chunks = await readChunks(response);
      expect(chunks.length).toBeGreaterThan(1);
      expect(Buffer.concat(chunks).equals(recorded('ollama', 'ollama-chat-stream-text-1.ndjson'))).toBe(true);
    });

    it('answers one JSON body when stream is false', async () => {
      const response = await post('/ollama/api/chat', { model: 'llama3:8b', messages: [], stream: false });
      expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
      expect(Buffer.from(await response.arrayBuffer()).equals(recorded('ollama', 'ollama-chat-json-text-1.json'))).toBe(true);
    });
  });

  describe('the AI SDK app routes', () => {
    it('POST /api/chat: the ai library turns the recorded Responses stream into the recorded UI message stream', async () => {
      const response = await post('/api/chat', uiChatRequest);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/event-stream');
      expect(response.headers.get('x-vercel-ai-ui-message-stream')).toBe('v1');
      expect(response.headers.get('cache-control')).toBe('no-cache');
      // openai-ui-text-1.sse was made by ai@5 over openai-responses-stream-text-1.sse; ai@6 here writes the same bytes.
      expect(await response.text()).toBe(recorded('ai-sdk-ui', 'openai-ui-text-1.sse').toString('utf8'));
    });

    it('POST /api/chat with x-demo-fixture naming the upstream body: reasoning comes through as reasoning parts', async () => {
      const response = await post('/api/chat', uiChatRequest, { 'x-demo-fixture': 'openai-responses-stream-reasoning-1.sse' });
      const body = await response.text();
      expect(body).toContain('"type":"reasoning-delta"');
      expect(body.endsWith('data: [DONE]\n\n')).toBe(true);
    });

    it('POST /api/chat with x-demo-fixture naming a recorded UI stream replays it as it is', async () => {
      const response = await post('/api/chat', uiChatRequest, { 'x-demo-fixture': 'library-ui-error-masked-1.sse' });
      expect(response.headers.get('x-vercel-ai-ui-message-stream')).toBe('v1');
      expect(Buffer.from(await response.arrayBuffer()).equals(recorded('ai-sdk-ui', 'library-ui-error-masked-1.sse'))).toBe(true);
    });

    it('POST /api/chat answers messages that are not UI messages with a 400', async () => {
      const response = await post('/api/chat', { messages: [{ role: 'user' }] });
      expect(response.status).toBe(400);
    });

    it('POST /api/chat-text: toTextStreamResponse gives the recorded text stream', async () => {
      const response = await post('/api/chat-text', { prompt: 'What is the capital of France?' });
      expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
      expect(response.headers.get('x-vercel-ai-data-stream')).toBeNull();
      expect(await response.text()).toBe(recorded('ai-sdk-data', 'openai-textstream-1.txt').toString('utf8'));
    });

    it('POST /api/chat-data: the v4 data stream, line by line, with its protocol header', async () => {
      const response = await post('/api/chat-data', { messages: [{ role: 'user', content: 'hi' }] });
      expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
      expect(response.headers.get('x-vercel-ai-data-stream')).toBe('v1');
      const chunks = await readChunks(response);
      expect(chunks.length).toBeGreaterThan(1);
      expect(Buffer.concat(chunks).equals(recorded('ai-sdk-data', 'openai-data-text-1.txt'))).toBe(true);
    });
  });

  describe('the non-LLM lookalikes', () => {
    it('POST /api/items answers a JSON item with type, content and model', async () => {
      const response = await post('/api/items', { content: 'hi' });
      expect(response.status).toBe(201);
      expect(response.headers.get('content-type')).toBe('application/json');
      expect(await response.text()).toBe('{"type":"message","content":"hi","model":"x"}');
    });

    it('POST /api/ticker answers a stock-ticker SSE', async () => {
      const response = await post('/api/ticker', { symbols: ['ACME'] });
      expect(response.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
      const text = await response.text();
      expect(text.startsWith('data: {"type":"price","symbol":"ACME","price":1}\n\n')).toBe(true);
      expect(text.split('\n\n').filter(Boolean)).toHaveLength(3);
    });
  });
});
