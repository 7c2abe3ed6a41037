import { describe, expect, it } from 'vitest';
import * as E from 'fp-ts/Either';
import { CapturedExchange } from './exchange';
import { bareChatExchange } from '../testing/exchanges';

describe('CapturedExchange', () => {
  it('accepts a plain exchange with a null body and rejects a missing url', () => {
    const ok = bareChatExchange({ url: 'http://127.0.0.1/v1/chat/completions', durationMs: null, bodyUnavailableReason: 'evicted' });
    expect(E.isRight(CapturedExchange.decode(ok))).toBe(true);
    const { url: _url, ...withoutUrl } = ok;
    expect(E.isRight(CapturedExchange.decode(withoutUrl))).toBe(false);
  });
});
