import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeExchange } from '../../decodeExchange';
import { bareChatExchange } from '../../../testing/exchanges';
import { readFormatFixture } from '../../../testing/fixtureFiles';
import { whilePrototypePolluted } from '../../../testing/polluteObjectPrototype';

/**
 * Ollama's JSON bodies parsed without the scan (unscannedJson.ts): an error body as Ollama writes
 * it is read through its own keys; every other is scanned and walked. Both must decode as the walk
 * alone does (an enumerable property on Object.prototype turns the readers off).
 */

const decodeBody = (body: string, status: number) =>
  decodeExchange(bareChatExchange({ url: 'http://localhost:11434/api/chat', mimeType: 'application/json', status, body }));

const decodeByWalk = (body: string, status: number) => whilePrototypePolluted(() => decodeBody(body, status));

describe('an error body', () => {
  it('the recorded 404 decodes to its message, no issue, and as the walk decodes it', () => {
    const body = readFormatFixture('ollama', 'ollama-error-404-1.json');
    const decoded = decodeBody(body, 404);
    expect(decoded?.kind).toBe('error');
    // The body reads {"error":"model 'nonexistent-model-12345' not found"}.
    expect(decoded?.error).toEqual({ message: "model 'nonexistent-model-12345' not found" });
    expect(decoded?.issues).toEqual([]);
    expect(decoded?.extensions).toEqual([]);
    expect(decoded).toEqual(decodeByWalk(body, 404));
  });

  it('bodies near the error body (another value, another key, a nested error, an array) decode as the walk decodes them', () => {
    const value = fc.oneof(
      { weight: 4, arbitrary: fc.string({ maxLength: 5 }) },
      fc.constantFrom(null, 3, 2 ** 60, true, [], {}, { message: 'm', type: 't' }, [{ a: 1 }]),
    );
    const body = fc
      .tuple(
        fc.option(value, { nil: undefined }),
        fc.option(fc.tuple(fc.constantFrom('error', 'message', 'x_other', 'done', 'response', '__proto__'), value), { nil: undefined }),
        fc.boolean(),
      )
      .map(([error, extra, array]) => {
        const fields: string[] = [];
        if (error !== undefined) fields.push(`"error":${JSON.stringify(error)}`);
        if (extra !== undefined) fields.push(`${JSON.stringify(extra[0])}:${JSON.stringify(extra[1])}`);
        return array ? `[{${fields.join(',')}}]` : `{${fields.join(',')}}`;
      });
    fc.assert(
      fc.property(body, fc.constantFrom(200, 404, 500), (text, status) => {
        expect(decodeBody(text, status)).toEqual(decodeByWalk(text, status));
      }),
      { numRuns: 1000 },
    );
  });
});
