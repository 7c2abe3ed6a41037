import { describe, expect, it } from 'vitest';
import { windows1252Bytes } from './windows1252';

/**
 * What Chromium 156's getContent handed over for a text/event-stream body (no charset) of the 256
 * bytes 0x00-0xFF in order: 0x00-0x7F and 0xA0-0xFF as the same code points, 0x80-0x9F as below.
 * Read off the probe, and checked by hand against WHATWG's index-windows-1252.txt.
 */
const CHROMIUM_0x80_TO_0x9F = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

describe('windows1252Bytes: the bytes behind text Chromium decoded as windows-1252', () => {
  it('gives back all 256 bytes of the body Chromium decoded', () => {
    const below = String.fromCharCode(...Array.from({ length: 0x80 }, (_, i) => i));
    const above = String.fromCharCode(...Array.from({ length: 0x60 }, (_, i) => 0xa0 + i));
    const bytes = windows1252Bytes(below + CHROMIUM_0x80_TO_0x9F + above);
    expect(bytes === null ? null : Array.from(bytes)).toEqual(Array.from({ length: 256 }, (_, i) => i));
  });

  it('maps the five bytes WHATWG leaves undefined back from their C1 controls', () => {
    const bytes = windows1252Bytes('\u0081\u008d\u008f\u0090\u009d');
    expect(bytes === null ? null : Array.from(bytes)).toEqual([0x81, 0x8d, 0x8f, 0x90, 0x9d]);
  });

  it('is null for text windows-1252 decoding never makes', () => {
    expect(windows1252Bytes('Привет')).toBeNull();
    expect(windows1252Bytes('ok ✓')).toBeNull();
    // U+0080 is what ISO-8859-1 makes of 0x80; windows-1252 makes €.
    expect(windows1252Bytes('\u0080')).toBeNull();
  });
});
