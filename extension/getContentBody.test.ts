import { describe, expect, it } from 'vitest';
import { readContent } from './capture';
import { bodyFromAnswer } from './getContentBody';

const SSE = 'data: {"id":"chatcmpl-1"}\n\ndata: [DONE]\n\n';
// "héllo ✓" in UTF-8, base64-encoded by hand: 68 C3 A9 6C 6C 6F 20 E2 9C 93
const HELLO_BASE64 = 'aMOpbGxvIOKckw==';

/**
 * A body the way the extension gets it: the devtools page asks getContent and keeps the answer as
 * it came (capture.ts `readContent`), the panel page reads the body from it (`bodyFromAnswer`).
 */
async function readResponseBody(getContent: (callback: (...args: unknown[]) => void) => unknown, timeoutMs?: number) {
  return bodyFromAnswer(await readContent({ getContent }, timeoutMs));
}

describe('a response body from getContent (devtools page readContent, panel page bodyFromAnswer)', () => {
  it("reads Chrome's callback (content, '')", async () => {
    const body = await readResponseBody((callback) => {
      callback(SSE, '');
    });
    expect(body).toEqual({ text: SSE });
  });

  it("decodes Chrome's callback with base64 encoding as UTF-8", async () => {
    const body = await readResponseBody((callback) => {
      callback(HELLO_BASE64, 'base64');
    });
    expect(body.text).toBe('héllo ✓');
  });

  it("reads newer Chrome's Promise of {content, encoding}", async () => {
    const body = await readResponseBody(() => Promise.resolve({ content: HELLO_BASE64, encoding: 'base64' }));
    expect(body.text).toBe('héllo ✓');
  });

  it("reads Firefox's Promise of [content, mimeType] without treating the MIME type as an encoding", async () => {
    const body = await readResponseBody(() => Promise.resolve([SSE, 'text/event-stream']));
    expect(body.text).toBe(SSE);
  });

  it("reads Firefox's callback (content, mimeType), given when a callback is passed (seen on ESR 153)", async () => {
    const body = await readResponseBody((callback) => {
      callback(SSE, 'text/event-stream');
    });
    expect(body).toEqual({ text: SSE });
  });

  it('keeps a null body (evicted) with its reason', async () => {
    const body = await readResponseBody((callback) => {
      callback(null, '');
    });
    expect(body.text).toBeNull();
    expect(body.reason).toMatch(/evicted/);
  });

  it('keeps a Firefox null body with its reason', async () => {
    const body = await readResponseBody(() => Promise.resolve([null, 'application/json']));
    expect(body).toEqual({ text: null, reason: expect.stringMatching(/evicted/) as unknown });
  });

  it('turns invalid base64 into a null body, not an exception', async () => {
    const body = await readResponseBody((callback) => {
      callback('%%% not base64 %%%', 'base64');
    });
    expect(body.text).toBeNull();
    expect(body.reason).toMatch(/not valid base64/);
  });

  it('replaces invalid UTF-8 bytes with U+FFFD and keeps the rest', async () => {
    // 0x61 'a', 0xFF (never valid in UTF-8), 0x62 'b' -> base64 "Yf9i"
    const body = await readResponseBody((callback) => {
      callback('Yf9i', 'base64');
    });
    expect(body.text).toBe('a\uFFFDb');
  });

  it('survives getContent throwing or rejecting', async () => {
    const thrown = await readResponseBody(() => {
      throw new Error('boom');
    });
    expect(thrown).toEqual({ text: null, reason: 'getContent failed: boom' });
    const rejected = await readResponseBody(() => Promise.reject(new Error('gone')));
    expect(rejected).toEqual({ text: null, reason: 'getContent failed: gone' });
  });

  it('says so when the captured value has no getContent at all', async () => {
    const answer = await readContent({ request: { url: 'https://api.openai.com/v1/chat/completions' } });
    expect(bodyFromAnswer(answer)).toEqual({ text: null, reason: 'getContent failed: this request has no getContent' });
  });

  it('turns an answer in no known shape into a null body with the reason, never an exception', () => {
    expect(bodyFromAnswer({ via: 'promise', value: { content: 42, encoding: 'base64' } })).toEqual({
      text: null,
      reason: 'getContent answered in a shape this extension does not know',
    });
    expect(bodyFromAnswer({ via: 'callback', args: [] }).text).toBeNull();
  });

  it('gives up after the timeout when getContent never answers', async () => {
    const body = await readResponseBody(() => undefined, 20);
    expect(body.text).toBeNull();
    expect(body.reason).toMatch(/no answer within/);
  });

  it('takes the first answer when a browser both calls back and resolves', async () => {
    const body = await readResponseBody((callback) => {
      callback('from callback', '');
      return Promise.resolve(['from promise', 'text/plain']);
    });
    expect(body.text).toBe('from callback');
  });
});
