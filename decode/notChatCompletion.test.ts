import { describe, expect, it } from 'vitest';
import { decodeExchange } from './decodeExchange';
import { bareChatExchange } from '../testing/exchanges';

const decodedAtChatUrl = (body: string, status = 200) => decodeExchange(bareChatExchange({ body, status }));

const EXPECTED = 'a chat completion: an object with id, object, created, model and choices';

describe('a body on a chat URL that is plainly not a chat completion', () => {
  it('is one issue saying so, its fields not listed as provider extensions', () => {
    const decoded = decodedAtChatUrl('{"status":"queued"}');
    expect(decoded?.issues).toEqual([
      { severity: 'error', path: '', message: 'not a chat completion', expected: EXPECTED, actual: 'an object with "status"' },
    ]);
    expect(decoded?.extensions ?? []).toEqual([]);
    expect(decoded?.conforms).toBe(false);
    expect(decoded?.completion).toBeNull();
  });

  it('names at most five of its fields, and an empty object as such', () => {
    const many = decodedAtChatUrl(JSON.stringify({ a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7 }));
    expect(many?.issues.map((issue) => issue.actual)).toEqual(['an object with "a", "b", "c", "d", "e" and 2 more']);
    expect(decodedAtChatUrl('{}')?.issues.map((issue) => issue.actual)).toEqual(['an empty object']);
  });

  it('keeps an HTTP failure an error exchange (a framework 404 on the chat path)', () => {
    const decoded = decodedAtChatUrl('{"detail":"Not Found"}', 404);
    expect(decoded?.kind).toBe('error');
    expect(decoded?.error).toEqual({ message: 'HTTP 404' });
    expect(decoded?.issues.map((issue) => issue.message)).toEqual(['not a chat completion']);
  });

  it('leaves a completion gone wrong to the field-by-field issues: one field of a completion is enough', () => {
    const decoded = decodedAtChatUrl('{"model":"gpt-4o","status":"queued"}');
    expect(decoded?.issues.map((issue) => [issue.path, issue.message])).toEqual([
      ['id', 'missing required field'],
      ['object', 'missing required field'],
      ['created', 'missing required field'],
      ['choices', 'missing required field'],
    ]);
    expect(decoded?.extensions?.map((extension) => extension.path)).toEqual(['status']);
  });

  it('leaves error bodies to the error contract', () => {
    const decoded = decodedAtChatUrl('{"error":{"message":"Rate limit","type":"rate_limit"}}', 429);
    expect(decoded?.kind).toBe('error');
    expect(decoded?.issues).toEqual([]);
  });
});
