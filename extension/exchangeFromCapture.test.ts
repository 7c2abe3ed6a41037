import { describe, expect, it } from 'vitest';
import { exchangeFromCapture } from './exchangeFromCapture';
import type { BrowserAnswer } from './browserAnswer';

/**
 * Raw captures as the devtools page hands them over, shaped as Firefox ESR 153 and Chromium 156
 * gave them for large bodies (figures in decode/zeroPaddedCut.ts and extension/getContentBody.ts).
 */
const entry = (size: number, mimeType: string, headers: readonly { name: string; value: string }[] = []) => ({
  startedDateTime: '2026-01-01T00:00:00.000Z',
  time: 40,
  request: { method: 'POST', url: 'http://127.0.0.1:8080/v1/chat/completions', headers: [] },
  response: { status: 200, headers, content: { mimeType, size }, bodySize: size + 160 },
  timings: {},
});
const capture = (rawEntry: unknown, content: BrowserAnswer) => ({
  id: 'c1',
  source: 'live' as const,
  capturedAt: 0,
  entry: rawEntry,
  content,
});

describe('exchangeFromCapture', () => {
  it('a Firefox body cut after 10 of 16 bytes: the kept part, and the cut as a fact', () => {
    const text = `{"id":"cha${'\u0000'.repeat(6)}`;
    const exchange = exchangeFromCapture(capture(entry(16, 'application/json'), { via: 'promise', value: [text, 'application/json'] }));
    expect(exchange?.body).toBe('{"id":"cha');
    expect(exchange?.bodyCut).toEqual({ keptBytes: 10, totalBytes: 16 });
  });

  it('a whole body has no cut', () => {
    const exchange = exchangeFromCapture(capture(entry(7, 'application/json'), { via: 'promise', value: ['{"a":1}', 'application/json'] }));
    expect(exchange?.body).toBe('{"a":1}');
    expect(exchange).not.toHaveProperty('bodyCut');
  });

  it('Chromium gives null for a body over 20,000,000 bytes: the reason says so, not "evicted"', () => {
    const large = exchangeFromCapture(capture(entry(20_000_001, 'text/event-stream'), { via: 'callback', args: [null, ''] }));
    expect(large?.body).toBeNull();
    expect(large?.bodyUnavailableReason).toBe(
      'the browser gave no body: at 20,000,001 bytes it is larger than the 20,000,000 bytes Chromium keeps of one response for DevTools',
    );
    const small = exchangeFromCapture(capture(entry(20_000_000, 'text/event-stream'), { via: 'callback', args: [null, ''] }));
    expect(small?.bodyUnavailableReason).toBe('the browser no longer holds this body (evicted from the DevTools cache)');
  });

  it('Chromium gives null for a Cache-Control: no-store stream: the reason names the header, not "evicted"', () => {
    const noStore = (value: string) =>
      exchangeFromCapture(
        capture(entry(900, 'text/event-stream', [{ name: 'Cache-Control', value }]), { via: 'callback', args: [null, ''] }),
      );
    const expected = 'the browser gave no body: the response said Cache-Control: no-store, and Chromium keeps none of it for DevTools';
    expect(noStore('no-store')?.bodyUnavailableReason).toBe(expected);
    expect(noStore('private, No-Store, max-age=0')?.bodyUnavailableReason).toBe(expected);
    expect(noStore('no-cache')?.bodyUnavailableReason).toBe('the browser no longer holds this body (evicted from the DevTools cache)');
    expect(noStore('no-storefront')?.bodyUnavailableReason).toMatch(/evicted/);
  });

  // "Привет ✓" sent as UTF-8; Chromium 156's getContent answers ("ÐŸÑ€Ð¸Ð²ÐµÑ‚ âœ“", '') for it
  // served as text/event-stream without a charset (П is D0 9F, 0x9F decodes as Ÿ).
  it('Chromium decoded a charset-less text/event-stream as windows-1252: the body is the UTF-8 the page read', () => {
    const exchange = exchangeFromCapture(
      capture(entry(12, 'text/event-stream', [{ name: 'Content-Type', value: 'text/event-stream' }]), {
        via: 'callback',
        args: ['ÐŸÑ€Ð¸Ð²ÐµÑ‚ âœ“', ''],
      }),
    );
    expect(exchange?.body).toBe('Привет ✓');
  });

  it('a body declared windows-1252 stays as the browser decoded it, though the HAR mimeType drops the charset', () => {
    const exchange = exchangeFromCapture(
      capture(entry(12, 'text/plain', [{ name: 'content-type', value: 'text/plain; charset=windows-1252' }]), {
        via: 'callback',
        args: ['ÐŸÑ€Ð¸Ð²ÐµÑ‚ âœ“', ''],
      }),
    );
    expect(exchange?.body).toBe('ÐŸÑ€Ð¸Ð²ÐµÑ‚ âœ“');
  });

  it('a Firefox body cut inside a character is still read as UTF-8 up to the cut', () => {
    // "Привет" is D0 9F D1 80 D0 B8 D0 B2 D0 B5 D1 82: cut after 5 bytes, Firefox hands the kept
    // bytes one character per byte (ISO-8859-1: 0x9F as U+009F), then a U+0000 per dropped byte.
    const text = `\u00d0\u009f\u00d1\u0080\u00d0${'\u0000'.repeat(7)}`;
    const exchange = exchangeFromCapture(capture(entry(12, 'text/plain'), { via: 'promise', value: [text, 'text/plain'] }));
    expect(exchange?.body).toBe('Пр');
    expect(exchange?.bodyCut).toEqual({ keptBytes: 5, totalBytes: 12 });
  });
});
