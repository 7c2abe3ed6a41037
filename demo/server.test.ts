import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFixtureBytes } from '../testing/fixtureFiles';
import { startDemoServer } from './server';
import type { DemoServer } from './server';

const chatBody = (extra: Record<string, unknown> = {}) =>
  JSON.stringify({ model: 'gpt-4o', messages: [{ role: 'user', content: 'hi' }], ...extra });

/** Reads a response body chunk by chunk, as the browser receives it. */
async function readChunks(response: Response): Promise<Uint8Array[]> {
  const reader = response.body?.getReader();
  if (!reader) throw new Error('no body');
  const chunks: Uint8Array[] = [];
  for (let read = await reader.read(); !read.done; read = await reader.read()) chunks.push(read.value);
  return chunks;
}

describe('demo server', () => {
  let server: DemoServer;
  const post = (path: string, headers: Record<string, string>, body: string) =>
    fetch(`${server.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

  beforeAll(async () => {
    server = await startDemoServer({ port: 0 });
  });
  afterAll(async () => {
    await server.close();
  });

  it('listens on 127.0.0.1 at a random port', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('replays a JSON fixture byte for byte as application/json', async () => {
    const response = await post('/v1/chat/completions', { 'x-demo-fixture': 'openai-chat-text-1.json' }, chatBody());
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(Buffer.from(await response.arrayBuffer()).equals(readFixtureBytes('openai-chat-text-1.json'))).toBe(true);
  });

  it('replays a stream byte for byte as text/event-stream, in several chunks', async () => {
    const response = await post('/v1/chat/completions', { 'x-demo-fixture': 'openai-stream-text-1.sse' }, chatBody({ stream: true }));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    const chunks = await readChunks(response);
    expect(chunks.length).toBeGreaterThan(1);
    expect(Buffer.concat(chunks).equals(readFixtureBytes('openai-stream-text-1.sse'))).toBe(true);
  });

  it('caps a long stream: 990 Groq events arrive in well under 3 s, still byte for byte', async () => {
    const started = performance.now();
    const response = await post('/v1/chat/completions', { 'x-demo-fixture': 'groq-stream-reasoning-1.sse' }, chatBody({ stream: true }));
    const chunks = await readChunks(response);
    expect(performance.now() - started).toBeLessThan(3000);
    expect(chunks.length).toBeGreaterThan(1);
    expect(Buffer.concat(chunks).equals(readFixtureBytes('groq-stream-reasoning-1.sse'))).toBe(true);
  });

  it('serves an error fixture with the status in its name', async () => {
    const response = await post('/v1/chat/completions', { 'x-demo-fixture': 'openrouter-error-429-1.json' }, chatBody());
    expect(response.status).toBe(429);
    expect(Buffer.from(await response.arrayBuffer()).equals(readFixtureBytes('openrouter-error-429-1.json'))).toBe(true);
    const azure = await post('/v1/chat/completions', { 'x-demo-fixture': 'azure-error-content-filter-400-1.json' }, chatBody());
    expect(azure.status).toBe(400);
  });

  it('serves an error fixture as JSON even when the request asked for a stream', async () => {
    const response = await post('/v1/chat/completions', { 'x-demo-fixture': 'groq-error-404-1.json' }, chatBody({ stream: true }));
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(response.headers.get('x-demo-note')).toBeNull();
  });

  it('answers an unknown fixture with a 404 JSON error naming it', async () => {
    const response = await post('/v1/chat/completions', { 'x-demo-fixture': 'no-such-fixture.json' }, chatBody());
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('application/json');
    const text = await response.text();
    const body: unknown = JSON.parse(text);
    expect(body).toMatchObject({ error: { type: 'demo_fixture_not_found' } });
    expect(text).toContain("No fixture named 'no-such-fixture.json'");
  });

  it('does not read files outside the fixture folder', async () => {
    const response = await post('/v1/chat/completions', { 'x-demo-fixture': '../responses/openai-chat-text-1.json' }, chatBody());
    expect(response.status).toBe(404);
  });

  it('picks a fixture by model name when no header is sent (Mistral SDK style)', async () => {
    const response = await post('/v1/chat/completions', {}, chatBody({ model: 'mistral-chat-text-1' }));
    expect(Buffer.from(await response.arrayBuffer()).equals(readFixtureBytes('mistral-chat-text-1.json'))).toBe(true);
  });

  it('falls back to an OpenAI text body or stream by the stream flag', async () => {
    const json = await post('/v1/chat/completions', {}, chatBody());
    expect(Buffer.from(await json.arrayBuffer()).equals(readFixtureBytes('openai-chat-text-1.json'))).toBe(true);
    const stream = await post('/v1/chat/completions', {}, chatBody({ stream: true }));
    expect(stream.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    expect(Buffer.from(await stream.arrayBuffer()).equals(readFixtureBytes('openai-stream-text-1.sse'))).toBe(true);
  });

  it('replaces a JSON fixture by the default stream when the request streams, and says so', async () => {
    const response = await post('/v1/chat/completions', { 'x-demo-fixture': 'groq-chat-text-1.json' }, chatBody({ stream: true }));
    expect(response.headers.get('x-demo-fixture')).toBe('openai-stream-text-1.sse');
    expect(response.headers.get('x-demo-note')).toContain('groq-chat-text-1.json');
    expect(Buffer.from(await response.arrayBuffer()).equals(readFixtureBytes('openai-stream-text-1.sse'))).toBe(true);
  });

  it('answers the Azure deployment path and the bare /chat/completions path', async () => {
    const azure = await post(
      '/openai/deployments/gpt-4o-mini/chat/completions?api-version=2024-10-21',
      { 'x-demo-fixture': 'azure-chat-parallel-tools-1.json', 'api-key': 'demo' },
      chatBody(),
    );
    expect(azure.status).toBe(200);
    expect(Buffer.from(await azure.arrayBuffer()).equals(readFixtureBytes('azure-chat-parallel-tools-1.json'))).toBe(true);
    const bare = await post('/chat/completions', { 'x-demo-fixture': 'groq-chat-text-1.json' }, chatBody());
    expect(Buffer.from(await bare.arrayBuffer()).equals(readFixtureBytes('groq-chat-text-1.json'))).toBe(true);
  });

  it('answers html-502 with an HTML Bad Gateway page', async () => {
    const response = await post('/v1/chat/completions', { 'x-demo-fixture': 'html-502' }, chatBody());
    expect(response.status).toBe(502);
    expect(response.headers.get('content-type')).toBe('text/html');
    expect(await response.text()).toContain('<h1>502 Bad Gateway</h1>');
  });

  it('rejects a body that is not JSON with a 400', async () => {
    const response = await post('/v1/chat/completions', {}, '{"model":');
    expect(response.status).toBe(400);
  });

  it('serves GET /api/weather, a JSON API with a choices field that is not a chat completion', async () => {
    const response = await fetch(`${server.url}/api/weather`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json');
    const body: unknown = await response.json();
    expect(body).toMatchObject({ city: 'Edinburgh', choices: ['umbrella', 'light jacket'] });
  });

  it('answers a CORS preflight and allows the headers asked for', async () => {
    const response = await fetch(`${server.url}/v1/chat/completions`, {
      method: 'OPTIONS',
      headers: {
        origin: 'http://localhost:3000',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization,x-demo-fixture',
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-allow-headers')).toBe('authorization,x-demo-fixture');
  });

  it('answers GET on the chat path with 405 and an unknown path with 404', async () => {
    expect((await fetch(`${server.url}/v1/chat/completions`)).status).toBe(405);
    expect((await fetch(`${server.url}/v1/models`)).status).toBe(404);
  });
});

describe('demo server page and lifecycle', () => {
  it('tells you to run npm run build when the page is not built', async () => {
    const server = await startDemoServer({ staticDir: join(tmpdir(), 'llm-inspector-demo-missing-dist') });
    try {
      const response = await fetch(`${server.url}/`);
      expect(response.status).toBe(503);
      expect(await response.text()).toContain('npm run build');
    } finally {
      await server.close();
    }
  });

  it('serves the built page at / and its files, and nothing outside its folder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'llm-inspector-demo-dist-'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>demo</title>');
    writeFileSync(join(dir, 'app.js'), 'console.log(1)');
    const server = await startDemoServer({ staticDir: dir });
    try {
      const page = await fetch(`${server.url}/`);
      expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(await page.text()).toBe('<!doctype html><title>demo</title>');
      expect((await fetch(`${server.url}/app.js`)).headers.get('content-type')).toBe('text/javascript; charset=utf-8');
      expect((await fetch(`${server.url}/..%2f..%2fpackage.json`)).status).toBe(404);
    } finally {
      await server.close();
      rmSync(dir, { recursive: true });
    }
  });

  it('refuses a host that is not loopback', async () => {
    await expect(startDemoServer({ host: '0.0.0.0' })).rejects.toThrow(/loopback/);
  });

  it('closes promptly while a client holds a keep-alive connection and a stream is running', async () => {
    const server = await startDemoServer({ pacingMs: 200, streamCapMs: 60_000 });
    await fetch(`${server.url}/api/weather`); // leaves an idle keep-alive connection
    const stream = await fetch(`${server.url}/v1/chat/completions`, {
      method: 'POST',
      headers: { 'x-demo-fixture': 'openai-stream-long-1.sse' },
      body: chatBody({ stream: true }),
    });
    expect(stream.status).toBe(200);
    const started = performance.now();
    await server.close();
    expect(performance.now() - started).toBeLessThan(1000);
    await expect(stream.text()).rejects.toThrow();
  });
});
