import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeResponseBody } from '../decode/index';
import { CHARSET_TEXT, charsetRequest, charsetResponse } from './charset-body';
import { startDemoServer } from './server';
import type { DemoServer } from './server';

describe('non-ASCII bodies with and without a charset', () => {
  it('reads the kind and charset from the path, and nothing from other paths', () => {
    expect(charsetRequest('/charset/sse/none/v1/chat/completions')).toEqual({ kind: 'sse', charset: 'none' });
    expect(charsetRequest('/charset/text/windows-1252/v1/chat/completions?x=1')).toEqual({ kind: 'text', charset: 'windows-1252' });
    expect(charsetRequest('/charset/xml/none/v1/chat/completions')).toBeNull();
    expect(charsetRequest('/v1/chat/completions')).toBeNull();
  });

  it('the stream and the JSON are conforming completions whose content is the text', () => {
    for (const kind of ['sse', 'json'] as const) {
      const body = charsetResponse({ kind, charset: 'none' })?.body.toString('utf8') ?? '';
      const decoded = decodeResponseBody(body);
      expect(decoded.conforms).toBe(true);
      expect(decoded.completion?.choices[0]?.message.content).toBe(CHARSET_TEXT);
    }
  });

  it('the NDJSON holds the chunks one per line, the text stream the text alone', () => {
    const lines = (charsetResponse({ kind: 'ndjson', charset: 'none' })?.body.toString('utf8') ?? '').split('\n');
    expect(lines).toHaveLength(5);
    expect(lines.at(-1)).toBe('');
    expect(lines.slice(0, -1).map((line): unknown => Reflect.get(Object(JSON.parse(line)), 'object'))).toEqual(
      Array(4).fill('chat.completion.chunk'),
    );
    expect(charsetResponse({ kind: 'text', charset: 'utf-8' })?.body.toString('utf8')).toBe(CHARSET_TEXT);
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
      fetch(`${server.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });

    it('declares the charset the path names, or none', async () => {
      expect((await post('/charset/sse/none/v1/chat/completions')).headers.get('content-type')).toBe('text/event-stream');
      expect((await post('/charset/ndjson/utf-8/v1/chat/completions')).headers.get('content-type')).toBe(
        'application/x-ndjson; charset=utf-8',
      );
      const text = await post('/charset/text/none/v1/chat/completions');
      expect(text.headers.get('content-type')).toBe('text/plain');
      expect(await text.text()).toBe(CHARSET_TEXT);
    });

    it('sends "café – naïve €5" in windows-1252 bytes, declared so, for the text kind only', async () => {
      const response = await post('/charset/text/windows-1252/v1/chat/completions');
      expect(response.headers.get('content-type')).toBe('text/plain; charset=windows-1252');
      // c a f é(E9) space –(96) space n a ï(EF) v e space €(80) 5, from WHATWG's index-windows-1252.
      expect(Array.from(new Uint8Array(await response.arrayBuffer()))).toEqual([
        0x63, 0x61, 0x66, 0xe9, 0x20, 0x96, 0x20, 0x6e, 0x61, 0xef, 0x76, 0x65, 0x20, 0x80, 0x35,
      ]);
      expect((await post('/charset/sse/windows-1252/v1/chat/completions')).status).toBe(400);
    });
  });
});
