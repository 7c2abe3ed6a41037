import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatExchange } from '../../testing/formatExchanges';
import { headOf } from '../decodeExchange';
import { recognizeFormat } from './registry';
import { oncePerUrl, parsedUrl, pathOfUrl } from './urlParts';

/** Counts the URLs built while `work` runs; the real URL does the work. */
const urlsBuiltDuring = (work: () => void): number => {
  let built = 0;
  vi.stubGlobal(
    'URL',
    class extends URL {
      constructor(url: string | URL, base?: string | URL) {
        super(url, base);
        built += 1;
      }
    },
  );
  work();
  vi.unstubAllGlobals();
  return built;
};

describe('the URL parsed once for every format that recognises by it', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('parses an endpoint once however many formats ask and however many exchanges go there', () => {
    // Ollama's URL is asked about by Chat Completions, Responses and Ollama: each read its own parse before.
    const exchanges = ['a', 'b', 'c'].map((id) =>
      formatExchange(
        'ollama',
        'ollama-chat-stream-text-1.ndjson',
        '{"model":"m","created_at":"t","done":true,"message":{"role":"assistant","content":""}}',
        id,
      ),
    );
    const built = urlsBuiltDuring(() => {
      for (const exchange of exchanges) expect(recognizeFormat(headOf(exchange), undefined)?.name).toBe('ollama');
    });
    expect(built).toBe(1);
  });

  it('answers as new URL does, and with the raw path when the text is no absolute URL', () => {
    expect(parsedUrl('http://localhost:11434/api/chat?x=1')?.port).toBe('11434');
    expect(pathOfUrl('https://api.openai.com/v1/responses?stream=true#f')).toBe('/v1/responses');
    expect(parsedUrl('/v1/messages?beta=true')).toBeUndefined();
    expect(pathOfUrl('/v1/messages?beta=true')).toBe('/v1/messages');
    // Asked again after others: answered the same (from the cache of recent URLs).
    expect(pathOfUrl('https://api.openai.com/v1/responses?stream=true#f')).toBe('/v1/responses');
  });

  it('parses each of two endpoints a page calls in turn once (a JSON call and a streamed one)', () => {
    const gemini = (name: string, id: string) => formatExchange('gemini', name, '{}', id);
    // generateContent and streamGenerateContent?alt=sse in turn, as a page with both calls sends them.
    const exchanges = ['a', 'b', 'c'].flatMap((id) => [
      gemini('gemini-json-toolcall-1.json', `${id}-json`),
      gemini('gemini-stream-text-1.sse', `${id}-sse`),
    ]);
    expect(new Set(exchanges.map((exchange) => exchange.url)).size).toBe(2);
    const built = urlsBuiltDuring(() => {
      for (const exchange of exchanges) expect(recognizeFormat(headOf(exchange), undefined)?.name).toBe('gemini');
    });
    expect(built).toBe(2);
  });

  it("tests each format's URL regexes once per endpoint, not once per exchange", () => {
    const exchangeNamed = (id: string) => formatExchange('ollama', 'ollama-chat-json-text-1.json', '{}', id);
    expect(recognizeFormat(headOf(exchangeNamed('a')), undefined)?.name).toBe('ollama');
    // Chat Completions, Responses, Anthropic and Ollama each tested the URL with a regex of their own.
    const test = vi.spyOn(RegExp.prototype, 'test');
    for (const id of ['b', 'c']) expect(recognizeFormat(headOf(exchangeNamed(id)), undefined)?.name).toBe('ollama');
    expect(test).not.toHaveBeenCalled();
    test.mockRestore();
  });

  it('works a URL fact out again for another URL, and answers as the fact does', () => {
    const asked: string[] = [];
    const length = oncePerUrl((text) => {
      asked.push(text);
      return text.length;
    });
    expect([length('http://a/x'), length('http://a/x'), length('http://b/yy'), length('http://a/x')]).toEqual([10, 10, 11, 10]);
    // Once per URL while it is among the last few asked about.
    expect(asked).toEqual(['http://a/x', 'http://b/yy']);
    const others = ['http://c/', 'http://d/', 'http://e/', 'http://f/'].map(length);
    expect(others).toEqual([9, 9, 9, 9]);
    // Four other URLs later the first is forgotten, and worked out again the same.
    expect(length('http://a/x')).toBe(10);
    expect(asked).toEqual(['http://a/x', 'http://b/yy', 'http://c/', 'http://d/', 'http://e/', 'http://f/', 'http://a/x']);
  });
});
