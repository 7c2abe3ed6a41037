import { describe, expect, it } from 'vitest';
import { decodeResponseBody } from '../../decodeBody';
import { decodeExchange } from '../../decodeExchange';
import { readFormatFixture } from '../../../testing/fixtureFiles';
import { bareChatExchange } from '../../../testing/exchanges';
import type { CapturedExchange } from '../../exchange';

/**
 * The two text streams of ../shared/fixtures/formats/ai-sdk-data (`*-textstream-*.txt`, made by
 * `toTextStreamResponse()`): the whole body is the message's content, everything else null.
 */

const USE_CHAT_V5 = JSON.stringify({
  id: 'chat-1',
  messages: [{ id: 'm1', role: 'user', parts: [{ type: 'text', text: 'How do I cross the street?' }] }],
  trigger: 'submit-message',
});

const textRoute = (body: string, fields: Partial<CapturedExchange> = {}): CapturedExchange =>
  bareChatExchange({
    url: 'https://app.example.com/api/chat',
    mimeType: 'text/plain',
    responseHeaders: [{ name: 'content-type', value: 'text/plain; charset=utf-8' }],
    requestBody: USE_CHAT_V5,
    body,
    ...fields,
  });

describe('ai-sdk-text: a bare text stream', () => {
  for (const name of ['openai-textstream-1.txt', 'gemini-textstream-thoughts-1.txt']) {
    it(`${name}: the whole body is the content, id, model, usage and finish reason null, done`, () => {
      const text = readFormatFixture('ai-sdk-data', name);
      const decoded = decodeExchange(textRoute(text));
      expect(decoded?.format).toBe('ai-sdk-text');
      expect(decoded?.conforms).toBe(true);
      expect(decoded?.completion).toEqual({
        id: null,
        object: null,
        created: null,
        model: null,
        choices: [{ index: 0, finish_reason: null, message: { role: 'assistant', content: text } }],
        usage: null,
      });
      expect(decoded?.stream?.done).toBe(true);
      expect(decoded?.error).toBeNull();
      expect(decoded?.request?.conversation).toEqual([{ role: 'user', content: 'How do I cross the street?' }]);
    });
  }

  it('reads the openai text stream as the sentence it is', () => {
    const decoded = decodeExchange(textRoute(readFormatFixture('ai-sdk-data', 'openai-textstream-1.txt')));
    expect(decoded?.completion?.choices[0]?.message.content).toBe('The capital of France is Paris.');
  });

  it('is claimed for useChat v4 and useCompletion requests too', () => {
    const v4 = JSON.stringify({ messages: [{ role: 'user', content: 'Hi', parts: [{ type: 'text', text: 'Hi' }] }] });
    expect(decodeExchange(textRoute('Hello!', { requestBody: v4 }))?.format).toBe('ai-sdk-text');
    expect(decodeExchange(textRoute('Hello!', { requestBody: JSON.stringify({ prompt: 'Say hello' }) }))?.format).toBe('ai-sdk-text');
  });

  it('is not claimed without an AI SDK request, without text/plain, for a GET, or beside a protocol header', () => {
    expect(decodeExchange(textRoute('Hello!', { requestBody: JSON.stringify({ messages: [{ role: 'user', content: 'Hi' }] }) }))).toBeNull();
    expect(decodeExchange(textRoute('Hello!', { requestBody: null }))).toBeNull();
    expect(decodeExchange(textRoute('Hello!', { method: 'GET' }))).toBeNull();
    expect(decodeExchange(textRoute('Hello!', { mimeType: 'text/html', responseHeaders: [{ name: 'content-type', value: 'text/html' }] }))).toBeNull();
    const withDataHeader = textRoute('Hello!', {
      responseHeaders: [
        { name: 'content-type', value: 'text/plain; charset=utf-8' },
        { name: 'x-vercel-ai-data-stream', value: 'v1' },
      ],
    });
    expect(decodeExchange(withDataHeader)?.format).toBe('ai-sdk-data');
  });

  it('is never claimed as a lone body: text says nothing by itself', () => {
    expect(decodeResponseBody(readFormatFixture('ai-sdk-data', 'openai-textstream-1.txt')).format).toBe('openai-chat');
  });

  it('is chosen by a user URL pattern naming it', () => {
    const decoded = decodeExchange(textRoute('Hello!', { requestBody: null }), {
      extraUrlPatterns: [{ pattern: /\/api\/chat$/, format: 'ai-sdk-text' }],
    });
    expect(decoded?.format).toBe('ai-sdk-text');
    expect(decoded?.completion?.choices[0]?.message.content).toBe('Hello!');
  });

  it("makes a failed route's text its error", () => {
    const decoded = decodeExchange(textRoute('Internal Server Error', { status: 500 }));
    expect(decoded?.kind).toBe('error');
    expect(decoded?.error).toEqual({ message: 'Internal Server Error' });
    expect(decoded?.completion).toBeNull();
  });
});
