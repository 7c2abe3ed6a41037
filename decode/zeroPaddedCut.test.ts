import { describe, expect, it } from 'vitest';
import { findBrowserCut } from './zeroPaddedCut';

/**
 * Bodies the way Firefox ESR 153 hands a cut one to extensions: the kept part, then one U+0000
 * per dropped byte. Byte counts are worked out by hand from the UTF-8 of each character.
 */
describe('findBrowserCut', () => {
  it('finds no cut in a body that ends otherwise, even one holding U+0000 inside', () => {
    expect(findBrowserCut('{"a":1}')).toBeNull();
    expect(findBrowserCut('data: a\u0000b\n\n')).toBeNull();
    expect(findBrowserCut('')).toBeNull();
  });

  it('ASCII: kept 3 bytes, 5 dropped', () => {
    expect(findBrowserCut('{"a\u0000\u0000\u0000\u0000\u0000')).toEqual({ text: '{"a', cut: { keptBytes: 3, totalBytes: 8 } });
  });

  it('UTF-8 decoded as UTF-8 (a cut JSON body): é counts 2 bytes, so 3 of them are 6', () => {
    expect(findBrowserCut('ééé\u0000\u0000\u0000\u0000')).toEqual({ text: 'ééé', cut: { keptBytes: 6, totalBytes: 10 } });
  });

  it('a character outside the BMP counts 4 bytes; nothing kept counts 0', () => {
    expect(findBrowserCut('😀\u0000\u0000')).toEqual({ text: '😀', cut: { keptBytes: 4, totalBytes: 6 } });
    expect(findBrowserCut('\u0000\u0000\u0000')).toEqual({ text: '', cut: { keptBytes: 0, totalBytes: 3 } });
  });

  it('UTF-8 handed over byte by byte (the cut split a character): "cafÃ©" is read back as "café", 5 bytes kept', () => {
    // c a f C3 A9 as five Latin-1 characters.
    expect(findBrowserCut('caf\u00c3\u00a9\u0000\u0000\u0000')).toEqual({ text: 'café', cut: { keptBytes: 5, totalBytes: 8 } });
  });

  it('a character the cut split in two is left out of the text but its bytes count as kept', () => {
    // "café✓": ✓ is E2 9C 93 and the cut fell after E2 9C; one byte (93) dropped.
    expect(findBrowserCut('caf\u00c3\u00a9\u00e2\u009c\u0000')).toEqual({ text: 'café', cut: { keptBytes: 7, totalBytes: 8 } });
  });

  it('Latin-1 characters that are not UTF-8 bytes stay as they are', () => {
    // "café" properly decoded, é last: as bytes E9 would start a 3-byte character, yet no
    // multi-byte character was read, so this text was never bytes.
    expect(findBrowserCut('caf\u00e9\u0000')).toEqual({ text: 'café', cut: { keptBytes: 5, totalBytes: 6 } });
    // "Ã© ✓": ✓ is no byte, so the text was never bytes; Ã 2 + © 2 + space 1 + ✓ 3 = 8 bytes.
    expect(findBrowserCut('\u00c3\u00a9 ✓\u0000')).toEqual({ text: '\u00c3\u00a9 ✓', cut: { keptBytes: 8, totalBytes: 9 } });
  });
});
