import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bareChatExchange } from '../../testing/exchanges';
import { formatFixtureNames, readFormatFixture } from '../../testing/fixtureFiles';
import type { OtherFormat } from '../../testing/formatExchanges';
import { formatExchange, formatOfFixture } from '../../testing/formatExchanges';
import { decodeExchange } from '../index';
import { ollama } from './ollama/index';
import { WIRE_FORMATS } from './registry';

const FOLDERS: readonly OtherFormat[] = ['openai-responses', 'anthropic-messages', 'gemini', 'ai-sdk-ui', 'ai-sdk-data', 'ollama'];

/** Every recorded body of every folder, as its real endpoint hands it over. */
const corpus = FOLDERS.flatMap((folder) => formatFixtureNames(folder).map((name) => [folder, name] as const));

describe('which format an exchange spoke', () => {
  it('has a recorded body in each of the seven other formats', () => {
    expect(new Set(corpus.map(([folder, name]) => formatOfFixture(folder, name)))).toEqual(
      new Set(['openai-responses', 'anthropic-messages', 'gemini', 'ai-sdk-ui', 'ai-sdk-data', 'ai-sdk-text', 'ollama']),
    );
  });

  it.each(corpus)('%s/%s is decoded as its own format', (folder, name) => {
    const decoded = decodeExchange(formatExchange(folder, name, readFormatFixture(folder, name)));
    expect(decoded?.format).toBe(formatOfFixture(folder, name));
  });

  it('takes the format a user pattern names, for a gateway on a path no format knows', () => {
    // A google.rpc.Status error is every Google API's: no format claims it by its body alone.
    const body = readFormatFixture('gemini', 'gemini-error-400-1.json');
    const exchange = bareChatExchange({ url: 'https://gateway.internal/llm/v2/generate', status: 400, body });
    expect(decodeExchange(exchange)).toBeNull();
    const named = decodeExchange(exchange, { extraUrlPatterns: [{ pattern: /gateway\.internal\/llm/, format: 'gemini' }] });
    expect(named?.format).toBe('gemini');
    expect(named?.error).toMatchObject({ message: 'API key not valid. Please pass a valid API key.', code: 400 });
  });

  it('leaves the format to the body under a bare user pattern, Chat Completions when the body says nothing', () => {
    const ollamaBody = readFormatFixture('ollama', 'ollama-chat-json-text-1.json');
    const gateway = 'https://gateway.internal/llm/v2/generate';
    const bare = { extraUrlPatterns: [/gateway\.internal\/llm/] };
    expect(decodeExchange(bareChatExchange({ url: gateway, body: ollamaBody }), bare)?.format).toBe('ollama');
    expect(decodeExchange(bareChatExchange({ url: gateway, body: '{"result": 1}' }), bare)?.format).toBe('openai-chat');
  });

  it('asks a user pattern only of a POST, as a completion is only ever created by one', () => {
    const exchange = bareChatExchange({ url: 'https://gateway.internal/llm/v2/generate', method: 'GET', body: '{"result": 1}' });
    expect(decodeExchange(exchange, { extraUrlPatterns: [/gateway/] })).toBeNull();
  });

  // formatByHead tries Ollama first (HEAD_ORDER): that changes no exchange's format only while no
  // format before it in WIRE_FORMATS claims a head Ollama claims. URLs built of the pieces the
  // claims read (other formats' paths in the path, the query, the fragment, dot segments).
  it('claims no Ollama head for any format tried before Ollama in WIRE_FORMATS', () => {
    const before = WIRE_FORMATS.slice(0, WIRE_FORMATS.indexOf(ollama));
    const segment = fc.constantFrom(
      'api',
      'chat',
      'generate',
      'completions',
      'v1',
      'openai',
      'responses',
      'messages',
      'models',
      'gemini-2.5-flash:generateContent',
      'x%3AstreamGenerateContent',
      '..',
      '.',
      '%2e%2e',
      '',
    );
    const url = fc
      .record({
        host: fc.constantFrom('localhost:11434', '127.0.0.1:11434', 'api.anthropic.com:11434', 'generativelanguage.googleapis.com:11434'),
        path: fc.array(segment, { maxLength: 6 }),
        tail: fc.constantFrom('/api/chat', '/api/generate', '/api/chat/', ''),
        query: fc.constantFrom('', '?x=/v1/chat/completions', '?stream=true', '#/v1/messages', '?/models/m:generateContent'),
      })
      .map(({ host, path, tail, query }) => `http://${host}/${path.join('/')}${tail}${query}`);
    fc.assert(
      fc.property(url, fc.constantFrom('POST', 'post', 'GET'), (text, method) => {
        const head = bareChatExchange({ url: text, method });
        if (!ollama.claimsByHead(head)) return;
        expect(before.filter((format) => format.claimsByHead(head)).map((format) => format.name)).toEqual([]);
      }),
      { numRuns: 3000 },
    );
  });
});
