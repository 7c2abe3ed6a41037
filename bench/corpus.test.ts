import { describe, expect, it } from 'vitest';
import { decodeExchange } from '../decode/index';
import { capturedExchange, loadCorpus, repeatToBytes, statusOf } from './corpus';

describe('the benchmark corpus', () => {
  it('holds the 105 recorded bodies, 60 JSON and 45 streams', () => {
    const corpus = loadCorpus();
    expect(corpus).toHaveLength(105);
    expect(corpus.filter((body) => body.kind === 'json')).toHaveLength(60);
    expect(corpus.filter((body) => body.kind === 'sse').every((body) => body.mimeType === 'text/event-stream')).toBe(true);
  });

  it('gives error bodies the status in their name and everything else 200', () => {
    expect(statusOf('groq-error-404-1.json')).toBe(404);
    expect(statusOf('azure-error-content-filter-400-1.json')).toBe(400);
    expect(statusOf('openrouter-error-429-1.json')).toBe(429);
    expect(statusOf('groq-stream-error-1.sse')).toBe(200);
    expect(statusOf('openai-chat-text-1.json')).toBe(200);
  });

  it('wraps a body so that decodeExchange reads it as chat-completion traffic', () => {
    const body = loadCorpus().find((entry) => entry.name === 'groq-error-404-1.json');
    if (body === undefined) throw new Error('fixture missing');
    const decoded = decodeExchange(capturedExchange(body, 'one'));
    expect(decoded?.kind).toBe('error');
    expect(decoded?.status).toBe(404);
    expect(decoded?.error?.message).toBe('The model `non-existent` does not exist or you do not have access to it.');
  });

  it('repeats bodies as fresh strings until they reach the size asked for', () => {
    const bodies = [{ name: 'a.json', kind: 'json' as const, mimeType: 'application/json', status: 200, text: '{"a":1}' }];
    const repeated = repeatToBytes(bodies, 20);
    expect(repeated.repetitions).toBe(3);
    expect(repeated.bytes).toBe(21);
    expect(repeated.bodies.map((body) => body.text)).toEqual(['{"a":1}', '{"a":1}', '{"a":1}']);
  });
});
