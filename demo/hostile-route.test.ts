import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOSTILE_CASES } from './hostile-bodies';
import { startDemoServer } from './server';
import type { DemoServer } from './server';

describe("the demo server's hostile route", () => {
  let server: DemoServer;
  const post = (name: string) =>
    fetch(`${server.url}/hostile/${name}/v1/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"model":"m","messages":[]}',
    });

  beforeAll(async () => {
    server = await startDemoServer({ port: 0 });
  });
  afterAll(async () => {
    await server.close();
  });

  it("answers every case it lists, and a 404 in OpenAI's error envelope for any other name", async () => {
    for (const name of HOSTILE_CASES.filter((name) => !['huge-line', 'many-events', 'oversized-stream'].includes(name))) {
      expect((await post(name)).status, name).toBe(name === 'markup-error' ? 400 : 200);
    }
    const missing = await post('no-such-case');
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ error: { type: 'hostile_case_not_found' } });
  });

  it('sends broken bytes as they are: invalid UTF-8, an empty body, a cut JSON', async () => {
    const bytes = Buffer.from(await (await post('invalid-utf8')).arrayBuffer());
    expect(bytes.includes(Buffer.from([0x63, 0x61, 0x66, 0xc3, 0x28]))).toBe(true);
    expect(bytes.includes(Buffer.from([0xff, 0xfe, 0x6f, 0x6b]))).toBe(true);
    expect(await (await post('empty-body')).text()).toBe('');
    expect(await (await post('truncated-json')).text()).toMatch(/"content":"The forecast for Lisbon is $/);
  });

  it('sends the binary case as application/octet-stream, so the browser base64-encodes it', async () => {
    expect((await post('binary-body')).headers.get('content-type')).toBe('application/octet-stream');
  });

  it('streams 200,000 events in the many-events case, [DONE] included', async () => {
    const response = await post('many-events');
    expect(response.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    const text = await response.text();
    expect(text.split('\n\n').filter((event) => event.startsWith('data: ')).length).toBe(200_000);
    expect(text.endsWith('data: [DONE]\n\n')).toBe(true);
  });
});
