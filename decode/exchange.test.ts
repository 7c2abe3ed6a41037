import { describe, expect, it } from 'vitest';
import * as E from 'fp-ts/Either';
import { CapturedExchange } from './exchange';

describe('CapturedExchange', () => {
  it('accepts a plain exchange with a null body and rejects a missing url', () => {
    const ok = {
      id: '1',
      url: 'http://127.0.0.1/v1/chat/completions',
      method: 'POST',
      status: 200,
      startedAt: 0,
      durationMs: null,
      requestHeaders: [],
      requestBody: null,
      responseHeaders: [],
      mimeType: 'application/json',
      body: null,
      timings: {},
      bodyUnavailableReason: 'evicted',
    };
    expect(E.isRight(CapturedExchange.decode(ok))).toBe(true);
    const { url: _url, ...withoutUrl } = ok;
    expect(E.isRight(CapturedExchange.decode(withoutUrl))).toBe(false);
  });
});
