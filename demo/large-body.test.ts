import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeResponseBody } from '../decode/index';
import { LARGE_TEXT, largeBodyRequest, largeJsonBody, largeStreamEvents, largeStreamWrites } from './large-body';
import { startDemoServer } from './server';
import type { DemoServer } from './server';

const MIB = 1024 * 1024;

describe('large bodies for the browser-limit tests', () => {
  it('reads the kind and size from the path, and nothing from other paths', () => {
    expect(largeBodyRequest('/large/json/2097152/v1/chat/completions')).toEqual({ kind: 'json', bytes: 2 * MIB });
    expect(largeBodyRequest('/large/stream/300/v1/chat/completions?x=1')).toEqual({ kind: 'stream', bytes: 300 });
    expect(largeBodyRequest('/v1/chat/completions')).toBeNull();
    expect(largeBodyRequest('/large/xml/300/v1/chat/completions')).toBeNull();
  });

  it('JSON of exactly 2 MiB: a conforming completion whose content is "café ✓ " repeated, topped up with x', () => {
    const body = largeJsonBody(2 * MIB);
    expect(body?.length).toBe(2_097_152);
    const decoded = decodeResponseBody(body?.toString('utf8') ?? '');
    expect(decoded.conforms).toBe(true);
    const content = decoded.completion?.choices[0]?.message.content ?? '';
    // "café ✓ " is 10 bytes (é 2, ✓ 3), so fewer than 10 x make up the size.
    expect(content).toMatch(/^(café ✓ )+x{0,9}$/);
    expect(largeJsonBody(10)).toBeNull();
  });

  it('a stream of exactly 2 MiB: role, content events, stop, [DONE], and it decodes as a whole stream', () => {
    const events = largeStreamEvents(2 * MIB) ?? [];
    // Counted by hand from the chunk JSON: role event 198 bytes, content event 1,179 (151 + 1,000 of
    // text + 28), stop and [DONE] 169 + 14. 2,097,152 - 198 - 183 = 2,096,771 leaves 1,778 content
    // events and 509 bytes for one more (179 of envelope + 330 of text): 1,782 events.
    expect(events.map((event) => event.length).slice(0, 2)).toEqual([198, 1_179]);
    expect(events).toHaveLength(1_782);
    expect(events.at(-3)?.length).toBe(509);
    expect(events.reduce((sum, event) => sum + event.length, 0)).toBe(2_097_152);
    expect(events.at(-1)?.toString()).toBe('data: [DONE]\n\n');
    const decoded = decodeResponseBody(Buffer.concat(events).toString('utf8'));
    expect(decoded).toMatchObject({ kind: 'stream', conforms: true, stream: { events: events.length, done: true } });
    expect(decoded.completion?.choices[0]?.message.content?.slice(0, 2 * LARGE_TEXT.length)).toBe('café ✓ café ✓ ');
    expect(largeStreamEvents(100)).toBeNull();
  });

  it('writes the stream in pieces that each end inside an "é" (C3 | A9)', () => {
    const events = largeStreamEvents(2 * MIB) ?? [];
    const writes = largeStreamWrites(events);
    expect(Buffer.concat(writes).equals(Buffer.concat(events))).toBe(true);
    // Role event 198 bytes, the content event's envelope 151, "caf" 3, then é's first byte: 353.
    expect(writes[0]?.length).toBe(353);
    // 55 content events of 1,179 bytes each: 64,845.
    expect(writes.slice(1, -1).every((piece) => piece.length === 64_845)).toBe(true);
    expect(writes.slice(0, -1).every((piece) => piece.at(-1) === 0xc3)).toBe(true);
    expect(writes.slice(1).every((piece) => piece[0] === 0xa9)).toBe(true);
  });

  describe('served by the demo server', () => {
    let server: DemoServer;
    beforeAll(async () => {
      server = await startDemoServer({ port: 0 });
    });
    afterAll(async () => {
      await server.close();
    });
    const post = (path: string) =>
      fetch(`${server.url}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"model":"demo-large","stream":true}',
      });

    it('sends the stream with its byte count and content type', async () => {
      const response = await post('/large/stream/2097152/v1/chat/completions');
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
      expect((await response.arrayBuffer()).byteLength).toBe(2_097_152);
    });

    it('sends JSON with its content-length, and refuses sizes over 64 MiB', async () => {
      const response = await post('/large/json/2097152/v1/chat/completions');
      expect(response.headers.get('content-length')).toBe('2097152');
      expect((await response.arrayBuffer()).byteLength).toBe(2_097_152);
      expect((await post('/large/json/67108865/v1/chat/completions')).status).toBe(400);
    });
  });
});
