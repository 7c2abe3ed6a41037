import { describe, expect, it } from 'vitest';
import { attachmentText, byteSize, chipUrl } from './attachmentText';

describe('attachmentText', () => {
  it('an image by URL: its URL', () => {
    expect(attachmentText({ type: 'input_image', mediaType: null, name: null, url: 'https://example.com/cat.jpg' })).toBe(
      'input_image · https://example.com/cat.jpg',
    );
  });

  it('an inline image: media type and size, no base64', () => {
    expect(attachmentText({ type: 'input_image', mediaType: 'image/png', name: null, bytes: 12_595 })).toBe(
      'input_image · image/png · inline, 12.3 kB',
    );
  });

  it('what the other formats send, unchanged: type · media type · name', () => {
    expect(attachmentText({ type: 'file', mediaType: 'image/png', name: 'chart.png' })).toBe('file · image/png · chart.png');
  });
});

describe('chipUrl', () => {
  it("masks a signed URL's signature and token, and keeps the rest", () => {
    expect(chipUrl('https://cdn.example/a.png?sig=abcdefghijklmnopqrstuvwxyz&w=2')).toBe('https://cdn.example/a.png?sig=…wxyz&w=2');
  });

  it('cuts a long URL in the middle to 64 characters, keeping host and file name', () => {
    const url = `https://images.example.com/uploads/${'x'.repeat(100)}/photo-of-the-cat.jpg`;
    const shown = chipUrl(url);
    expect(shown).toHaveLength(64);
    expect(shown.startsWith('https://images.example.com/')).toBe(true);
    expect(shown.endsWith('/photo-of-the-cat.jpg')).toBe(true);
    expect(shown).toContain('…');
  });
});

describe('byteSize', () => {
  it.each([
    [0, '0 B'],
    [1023, '1023 B'],
    [1024, '1.0 kB'],
    [12_595, '12.3 kB'],
    [5 * 1024 * 1024, '5.0 MB'],
  ])('%i → %s', (bytes, text) => {
    expect(byteSize(bytes)).toBe(text);
  });
});
