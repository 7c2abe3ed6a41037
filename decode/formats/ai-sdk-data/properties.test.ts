import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeExchange } from '../../decodeExchange';
import { DecodedExchange } from '../../model';
import { formatFixtureNames, readFormatFixture } from '../../../testing/fixtureFiles';
import { bareChatExchange } from '../../../testing/exchanges';

/** The data stream's framing (`CODE:JSON` lines) and decoding, under any input. */

const names = formatFixtureNames('ai-sdk-data').filter((name) => !name.includes('-textstream-'));
const recorded = fc.constantFrom(...names).map((name) => readFormatFixture('ai-sdk-data', name));

/** As a v4 route sends it: the protocol header says the format, whatever the body has become. */
const decode = (body: string): DecodedExchange | null =>
  decodeExchange(
    bareChatExchange({
      url: 'https://app.example.com/api/chat',
      mimeType: 'text/plain',
      responseHeaders: [{ name: 'x-vercel-ai-data-stream', value: 'v1' }],
      body,
    }),
  );

const meaning = (body: string) => {
  const decoded = decode(body);
  return { completion: decoded?.completion, error: decoded?.error, stream: decoded?.stream, issues: decoded?.issues, extensions: decoded?.extensions };
};

const noUnexpectedFailure = (decoded: DecodedExchange | null): boolean =>
  decoded !== null && decoded.issues.every((issue) => !issue.message.includes('decoder failed unexpectedly'));

describe('ai-sdk-data properties', () => {
  it('decodes the same with CRLF line ends, blank lines between parts, or no line end after the last part', () => {
    fc.assert(
      fc.property(recorded, fc.constantFrom('crlf', 'blank', 'unterminated'), (body, variant) => {
        const changed = variant === 'crlf' ? body.replace(/\n/g, '\r\n') : variant === 'blank' ? body.replace(/\n/g, '\n\n') : body.replace(/\n$/, '');
        expect(meaning(changed)).toEqual(meaning(body));
      }),
      { numRuns: 60 },
    );
  });

  it('never throws on arbitrary lines, and gives a decoded exchange', () => {
    const line = fc.tuple(fc.constantFrom(...'0123456789abcdefghijklmnopqrstuvwxyz'), fc.string({ unit: 'binary', maxLength: 40 }));
    fc.assert(
      fc.property(fc.array(line, { maxLength: 6 }), (lines) => {
        const decoded = decode(lines.map(([code, value]) => `${code}:${value.replace(/[\r\n]/g, ' ')}\n`).join(''));
        expect(DecodedExchange.is(decoded)).toBe(true);
        expect(noUnexpectedFailure(decoded)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('never throws on recorded bodies cut, spliced or with any JSON value on a line', () => {
    fc.assert(
      fc.property(recorded, fc.nat(), fc.nat(), fc.jsonValue({ maxDepth: 3 }), (body, at, length, value) => {
        const cutAt = at % (body.length + 1);
        const spliced = body.slice(0, cutAt) + body.slice(Math.min(body.length, cutAt + (length % 40)));
        const lines = body.split('\n');
        const index = at % lines.length;
        lines[index] = `${lines[index]?.charAt(0) ?? '0'}:${JSON.stringify(value)}`;
        for (const variant of [body.slice(0, cutAt), spliced, lines.join('\n')]) {
          const decoded = decode(variant);
          expect(DecodedExchange.is(decoded)).toBe(true);
          expect(noUnexpectedFailure(decoded)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  // From `f:` on: a body cut inside its first code is no part at all (read as unreadable text).
  it('a stream cut before its d: line is not done, and says the finish_message part is missing', () => {
    const body = readFormatFixture('ai-sdk-data', 'openai-data-text-1.txt');
    fc.assert(
      fc.property(fc.integer({ min: 2, max: body.indexOf('\nd:') + 1 }), (cutAt) => {
        const decoded = decode(body.slice(0, cutAt));
        expect(decoded?.format).toBe('ai-sdk-data');
        expect(decoded?.stream?.done).toBe(false);
        expect(decoded?.issues.some((issue) => issue.message === 'the stream ended without its finish_message part (d:) (cut or truncated)')).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});
