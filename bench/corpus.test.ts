import { describe, expect, it } from 'vitest';
import { decodeExchange } from '../decode/index';
import { recordedBodies } from '../demo/fixtures';
import { recordedExchange } from '../testing/exchanges';
import { repeatToBytes } from './corpus';

describe('the benchmark corpus', () => {
  it('wraps a body so that decodeExchange reads it as chat-completion traffic', () => {
    const body = recordedBodies().find((entry) => entry.name === 'groq-error-404-1.json');
    if (body === undefined) throw new Error('fixture missing');
    const decoded = decodeExchange(recordedExchange(body, 'one'));
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
