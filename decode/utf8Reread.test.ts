import { describe, expect, it } from 'vitest';
import { contentTypeOf, rereadAsUtf8 } from './utf8Reread';

/**
 * The text a server sent as UTF-8: Cyrillic, CJK, an emoji, "e" + COMBINING ACUTE ACCENT and a
 * precomposed é, and what Chromium 156's getContent handed over for it as text/event-stream with
 * no charset (copied from the probe; checked by hand: П is D0 9F, 0x9F decodes as Ÿ; the
 * combining accent is CC 81, 0x81 as U+0081).
 */
const SENT = 'Привет, мир! 日本 ✓ 👋 e\u0301 é';
const CHROMIUM_GAVE = 'ÐŸÑ€Ð¸Ð²ÐµÑ‚, Ð¼Ð¸Ñ€! æ—¥æœ¬ âœ“ ðŸ‘‹ eÌ\u0081 Ã©';

describe('rereadAsUtf8: UTF-8 the browser decoded as windows-1252', () => {
  it.each([
    'text/event-stream',
    'text/plain',
    'text/x-ndjson',
    'application/x-ndjson',
    'application/json',
    'application/vnd.api+json',
    'TEXT/Event-Stream',
  ])('re-reads %s without a charset as UTF-8', (contentType) => {
    expect(rereadAsUtf8(CHROMIUM_GAVE, contentType)).toBe(SENT);
  });

  it('leaves a body declared windows-1252 (or any charset) as the browser decoded it', () => {
    expect(rereadAsUtf8(CHROMIUM_GAVE, 'text/plain; charset=windows-1252')).toBe(CHROMIUM_GAVE);
    expect(rereadAsUtf8(CHROMIUM_GAVE, 'text/event-stream;charset="ISO-8859-1"')).toBe(CHROMIUM_GAVE);
    // Declared UTF-8, the browser decoded it right: text that looks like mojibake is what was sent.
    expect(rereadAsUtf8('Ã©', 'text/event-stream; charset=utf-8')).toBe('Ã©');
  });

  it('leaves types that need not be UTF-8 alone', () => {
    expect(rereadAsUtf8(CHROMIUM_GAVE, 'text/csv')).toBe(CHROMIUM_GAVE);
    expect(rereadAsUtf8(CHROMIUM_GAVE, 'application/octet-stream')).toBe(CHROMIUM_GAVE);
    expect(rereadAsUtf8(CHROMIUM_GAVE, '')).toBe(CHROMIUM_GAVE);
  });

  it('leaves text decoded right alone (Firefox decodes these bodies as UTF-8)', () => {
    expect(rereadAsUtf8(SENT, 'text/event-stream')).toBe(SENT);
    expect(rereadAsUtf8('data: {"content":"Привет"}\n\n', 'text/event-stream')).toBe('data: {"content":"Привет"}\n\n');
    // é alone is the byte E9, which is not UTF-8.
    expect(rereadAsUtf8('data: {"content":"café"}\n\n', 'text/event-stream')).toBe('data: {"content":"café"}\n\n');
  });

  it('leaves text whose bytes are not valid UTF-8 as the browser decoded it', () => {
    // C3 then "(": a lead byte without its continuation.
    expect(rereadAsUtf8('Ã( and ÿþ', 'text/plain')).toBe('Ã( and ÿþ');
  });

  it('leaves ASCII as it is', () => {
    expect(rereadAsUtf8('data: [DONE]\n\n', 'text/event-stream')).toBe('data: [DONE]\n\n');
  });
});

describe('contentTypeOf', () => {
  it('reads the Content-Type header (Chromium drops the charset from the HAR mimeType), whatever its case', () => {
    expect(
      contentTypeOf(
        [
          { name: 'x-id', value: '1' },
          { name: 'Content-Type', value: 'text/plain; charset=windows-1252' },
        ],
        'text/plain',
      ),
    ).toBe('text/plain; charset=windows-1252');
  });

  it('falls back to the mimeType without the header', () => {
    expect(contentTypeOf([], 'text/event-stream; charset=utf-8')).toBe('text/event-stream; charset=utf-8');
  });
});
