import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as E from 'fp-ts/Either';
import { afterAll, describe, expect, it } from 'vitest';
import { harToExchanges } from '../decode/index';
import { recordedBodies } from '../demo/fixtures';
import { writeHar } from './harFile';

describe('the HAR files of the growth benchmark', () => {
  const folder = mkdtempSync(join(tmpdir(), 'har-file-test-'));
  afterAll(() => {
    rmSync(folder, { recursive: true, force: true });
  });
  const bodies = recordedBodies().filter((body) => body.name === 'groq-error-404-1.json' || body.name === 'openai-stream-text-1.sse');

  it('holds the bodies in turn, with their status and content type, as decode/har reads them', () => {
    const path = join(folder, 'three.har');
    const bytes = writeHar(path, bodies, 3);
    const text = readFileSync(path, 'utf8');
    expect(Buffer.byteLength(text)).toBe(bytes);
    const exchanges = harToExchanges(JSON.parse(text));
    if (E.isLeft(exchanges)) throw new Error(exchanges.left);
    expect(exchanges.right.map((exchange) => [exchange.status, exchange.mimeType])).toEqual([
      [404, 'application/json'],
      [200, 'text/event-stream'],
      [404, 'application/json'],
    ]);
    expect(exchanges.right[1]?.body).toBe(bodies[1]?.text);
    expect(exchanges.right[0]?.method).toBe('POST');
    expect(exchanges.right[0]?.url).toBe('https://api.openai.com/v1/chat/completions');
  });

  it('can be empty, for timing the CLI startup', () => {
    const path = join(folder, 'empty.har');
    writeHar(path, bodies, 0);
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual({
      log: { version: '1.2', creator: { name: 'llm-inspect bench', version: '1' }, entries: [] },
    });
  });
});
