import { describe, expect, it } from 'vitest';
import { parseResponseBody } from '../../responseBody';
import { formatFixtureNames, readFormatFixture } from '../../../testing/fixtureFiles';
import type { ExchangeHead, PresentBody } from '../wireFormat';
import { recognizeFormat } from '../registry';
import { claimsUiStreamByBody, claimsUiStreamByHead } from './recognize';

const head = (fields: Partial<ExchangeHead> = {}): ExchangeHead => ({
  url: 'http://localhost:3000/api/chat',
  method: 'POST',
  requestHeaders: [],
  responseHeaders: [],
  mimeType: 'text/event-stream',
  requestBody: null,
  ...fields,
});

const sse = (text: string): PresentBody => {
  const parsed = parseResponseBody(text, 'text/event-stream');
  if (parsed.kind !== 'sse') throw new Error('not parsed as SSE');
  return parsed;
};

describe('ai-sdk-ui recognition', () => {
  it('claims every recorded UI message stream by its body alone', () => {
    for (const name of formatFixtureNames('ai-sdk-ui')) {
      expect({ name, claimed: claimsUiStreamByBody(sse(readFormatFixture('ai-sdk-ui', name))) }).toEqual({ name, claimed: true });
    }
  });



  it('claims by head only the response header the SDK sets', () => {
    expect(claimsUiStreamByHead(head({ responseHeaders: [{ name: 'X-Vercel-AI-UI-Message-Stream', value: 'v1' }] }))).toBe(true);
    expect(claimsUiStreamByHead(head())).toBe(false);
    expect(claimsUiStreamByHead(head({ responseHeaders: [{ name: 'x-vercel-ai-ui-message-stream', value: 'yes please' }] }))).toBe(false);
    expect(claimsUiStreamByHead(head({ responseHeaders: [{ name: 'x-vercel-ai-data-stream', value: 'v1' }] }))).toBe(false);
  });

  it('is the format the registry gives a UI stream, by header even when the first event is unreadable', () => {
    const cut = sse('data: {"type":"sta\n\n');
    expect(recognizeFormat(head({ responseHeaders: [{ name: 'x-vercel-ai-ui-message-stream', value: 'v1' }] }), cut)?.name).toBe('ai-sdk-ui');
    expect(recognizeFormat(head(), cut)).toBeUndefined();
    expect(recognizeFormat(head(), sse(readFormatFixture('ai-sdk-ui', 'openai-ui-text-1.sse')))?.name).toBe('ai-sdk-ui');
  });
});
