import { describe, expect, it } from 'vitest';
import { parseResponseBody } from '../../responseBody';
import { formatFixtureNames, readFormatFixture } from '../../../testing/fixtureFiles';
import type { ExchangeHead, PresentBody } from '../wireFormat';
import { recognizeFormat } from '../registry';
import { claimsDataStreamByBody, claimsDataStreamByHead } from './recognize';

const head = (fields: Partial<ExchangeHead> = {}): ExchangeHead => ({
  url: 'https://app.example.com/api/chat',
  method: 'POST',
  requestHeaders: [],
  responseHeaders: [],
  mimeType: 'text/plain',
  requestBody: null,
  ...fields,
});

const body = (text: string): PresentBody => {
  const parsed = parseResponseBody(text, 'text/plain');
  if (parsed.kind === 'missing' || parsed.kind === 'empty') throw new Error('empty');
  return parsed;
};

const isTextStream = (name: string): boolean => name.includes('-textstream-');

describe('ai-sdk-data recognition', () => {
  it('claims every recorded data stream by its body alone, and not the text streams beside them', () => {
    for (const name of formatFixtureNames('ai-sdk-data')) {
      const claimed = claimsDataStreamByBody(body(readFormatFixture('ai-sdk-data', name)));
      expect({ name, claimed }).toEqual({ name, claimed: !isTextStream(name) });
    }
  });


  it('claims no text whose lines are not all parts of a message stream', () => {
    // Every line must be a part: a first line that is one does not make the rest one.
    expect(claimsDataStreamByBody(body('0:"hello"\nnot a part\n'))).toBe(false);
    // Parts only an app writes (data, annotations) do not say a message stream.
    expect(claimsDataStreamByBody(body('2:[1]\n8:[{}]\n'))).toBe(false);
    // A value must have its code's shape: text is a JSON string.
    expect(claimsDataStreamByBody(body('0:42\n'))).toBe(false);
  });

  it('claims by head only the response header the SDK sets', () => {
    expect(claimsDataStreamByHead(head({ responseHeaders: [{ name: 'X-Vercel-AI-Data-Stream', value: 'v1' }] }))).toBe(true);
    expect(claimsDataStreamByHead(head())).toBe(false);
    expect(claimsDataStreamByHead(head({ responseHeaders: [{ name: 'x-vercel-ai-ui-message-stream', value: 'v1' }] }))).toBe(false);
  });

  it('is the format the registry gives a data stream, by header even when its first line is cut', () => {
    const cut = body('0:"Hel');
    expect(recognizeFormat(head({ responseHeaders: [{ name: 'x-vercel-ai-data-stream', value: 'v1' }] }), cut)?.name).toBe('ai-sdk-data');
    expect(recognizeFormat(head(), cut)).toBeUndefined();
  });
});
