import { describe, expect, it } from 'vitest';
import { findCompressedCut } from './compressedCut';

/**
 * Compressed bodies the way Firefox ESR 153 hands a cut one to extensions: the right text up to
 * about the limit's worth, then one character repeated to the end (seen: 960,114 '+' after 1,044,104
 * right characters of a 1,506,518-byte gzip body).
 */
const gzip = [{ name: 'Content-Encoding', value: 'gzip' }];
const kept = '{"id":"chatcmpl-1","choices":[{"message":{"content":"café ✓ ';

describe('findCompressedCut', () => {
  it('a gzip body ending in filler: the part before it, its UTF-8 bytes, and the compressed size reported', () => {
    // The kept text: 56 ASCII characters up to "caf", then é (2 bytes), a space, ✓ (3 bytes), a space: 63 bytes.
    expect(findCompressedCut(`${kept}${'+'.repeat(5000)}`, { headers: gzip, reportedBytes: 1_506_518 })).toEqual({
      text: kept,
      cut: { keptBytes: 63, totalBytes: 1_506_518, contentEncoding: 'gzip' },
    });
  });

  it('finds nothing in a body without a Content-Encoding, however it ends', () => {
    expect(findCompressedCut(`${kept}${'+'.repeat(5000)}`, { headers: [], reportedBytes: 9000 })).toBeNull();
    expect(findCompressedCut(`${kept}${'+'.repeat(5000)}`, { headers: [{ name: 'content-encoding', value: 'identity' }] })).toBeNull();
  });

  it('finds nothing in a whole compressed body, or one ending in a short run', () => {
    expect(findCompressedCut(`{"a":"${'x'.repeat(5000)}"}`, { headers: gzip })).toBeNull();
    expect(findCompressedCut(`data: ${'x'.repeat(2000)}\n\ndata: [DONE]\n\n`, { headers: gzip })).toBeNull();
    expect(findCompressedCut(`${kept}${'+'.repeat(1023)}`, { headers: gzip })).toBeNull();
  });

  it('a run of 1,024 is enough; without a reported size the total is 0', () => {
    // Filler of spaces takes the kept text's own last space with it: 62 bytes kept.
    expect(findCompressedCut(`${kept}${' '.repeat(1023)}`, { headers: [{ name: 'content-encoding', value: 'deflate' }] })).toEqual({
      text: kept.slice(0, -1),
      cut: { keptBytes: 62, totalBytes: 0, contentEncoding: 'deflate' },
    });
  });
});
