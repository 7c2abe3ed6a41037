import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeResponseBody } from '../decode/index';
import { compress, compressedBodyRequest, noise, noisyJsonBody } from './compressed-body';
import { startDemoServer } from './server';
import type { DemoServer } from './server';

const MIB = 1024 * 1024;

describe('compressed bodies for the browser-limit tests', () => {
  it('reads the encoding and size from the path, and nothing from other paths', () => {
    expect(compressedBodyRequest('/compressed/gzip/2097152/v1/chat/completions')).toEqual({ encoding: 'gzip', bytes: 2 * MIB });
    expect(compressedBodyRequest('/compressed/br/300/v1/chat/completions')).toEqual({ encoding: 'br', bytes: 300 });
    expect(compressedBodyRequest('/compressed/zstd/300/v1/chat/completions')).toBeNull();
  });

  it('a 2 MiB conforming completion of noise that gzip hardly shrinks: over 1 MiB compressed', () => {
    const body = noisyJsonBody(2 * MIB);
    expect(body?.length).toBe(2_097_152);
    expect(decodeResponseBody(body?.toString('utf8') ?? '').conforms).toBe(true);
    // 64 letters carry 6 bits each: at best 3/4 of the size, 1,572,864 bytes.
    expect(compress(body ?? Buffer.alloc(0), 'gzip').length).toBeGreaterThan(1.5 * MIB);
    expect(noise(8)).toBe(noise(8));
    expect(noisyJsonBody(10)).toBeNull();
  });

  describe('served by the demo server', () => {
    let server: DemoServer;
    beforeAll(async () => {
      server = await startDemoServer({ port: 0 });
    });
    afterAll(async () => {
      await server.close();
    });

    it('sends the compressed bytes with Content-Encoding and their length', async () => {
      const { request } = await import('node:http');
      const raw = await new Promise<{ headers: Record<string, unknown>; body: Buffer }>((resolve, reject) => {
        const req = request(`${server.url}/compressed/gzip/4096/v1/chat/completions`, { method: 'POST' }, (res) => {
          const parts: Buffer[] = [];
          res.on('data', (part: Buffer) => parts.push(part));
          res.on('end', () => {
            resolve({ headers: res.headers, body: Buffer.concat(parts) });
          });
        });
        req.on('error', reject);
        req.end('{}');
      });
      expect(raw.headers['content-encoding']).toBe('gzip');
      expect(raw.headers['content-length']).toBe(String(raw.body.length));
      expect(gunzipSync(raw.body).length).toBe(4096);
    });
  });
});
