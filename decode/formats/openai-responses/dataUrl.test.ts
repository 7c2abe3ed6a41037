import { describe, expect, it } from 'vitest';
import { summarizeResponsesRequest } from './requestSummary';
import { dataUrlFacts } from './dataUrl';

describe('dataUrlFacts', () => {
  it.each([
    // "iVBORw0KGgo=" decodes to PNG's signature, 89 50 4E 47 0D 0A 1A 0A: 8 bytes.
    ['data:image/png;base64,iVBORw0KGgo=', 'image/png', 8],
    // "/9j/4AAQ" is 6 bytes (FF D8 FF E0 00 10), no padding.
    ['data:image/jpeg;base64,/9j/4AAQ', 'image/jpeg', 6],
    ['data:image/webp;name=cat.webp;base64,UklGRg==', 'image/webp', 4],
    // Percent-encoded: "a%20b" is three bytes (a, space, b); "é" is two in UTF-8.
    ['data:text/plain,a%20b', 'text/plain', 3],
    ['data:text/plain;charset=utf-8,é', 'text/plain', 2],
    ['data:,hello', null, 5],
  ])('%s: %s, %i bytes', (url, mediaType, bytes) => {
    expect(dataUrlFacts(url)).toEqual({ mediaType, bytes });
  });

  it('says nothing of a URL that is not data:', () => {
    expect(dataUrlFacts('https://example.com/cat.png')).toBeUndefined();
    expect(dataUrlFacts('data-image.png')).toBeUndefined();
  });
});

describe("a Responses request's input_image", () => {
  const attachmentsOf = (part: Record<string, unknown>) =>
    summarizeResponsesRequest(JSON.stringify({ model: 'gpt-5', input: [{ role: 'user', content: [part] }] }))?.conversation?.[0]
      ?.attachments;

  it('by URL: the URL as sent, for the panel to show', () => {
    expect(attachmentsOf({ type: 'input_image', image_url: 'https://upload.wikimedia.org/cat.jpg', detail: 'auto' })).toEqual([
      { type: 'input_image', mediaType: null, name: null, url: 'https://upload.wikimedia.org/cat.jpg' },
    ]);
  });

  it('inline: its media type and size, not the base64', () => {
    const attachments = attachmentsOf({ type: 'input_image', image_url: 'data:image/png;base64,iVBORw0KGgo=' });
    expect(attachments).toEqual([{ type: 'input_image', mediaType: 'image/png', name: null, bytes: 8 }]);
    expect(JSON.stringify(attachments)).not.toContain('iVBOR');
  });

  it('by file id: the id as its name', () => {
    expect(attachmentsOf({ type: 'input_image', file_id: 'file-abc' })).toEqual([
      { type: 'input_image', mediaType: null, name: 'file-abc' },
    ]);
  });
});
