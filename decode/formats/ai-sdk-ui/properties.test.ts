import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeResponseBody } from '../../decodeBody';
import { decodeExchange } from '../../decodeExchange';
import { bareChatExchange } from '../../../testing/exchanges';
import { DecodedExchange } from '../../model';
import { formatFixtureNames, readFormatFixture } from '../../../testing/fixtureFiles';

/** The UI message stream's framing (data-only SSE) and decoding, under any input. */

const names = formatFixtureNames('ai-sdk-ui').filter((name) => name !== 'openai-ui-reasoning-1.sse');
const recorded = fc.constantFrom(...names).map((name) => readFormatFixture('ai-sdk-ui', name));

const HEAD = { mimeType: 'text/event-stream' };

/** The decoded exchange without the parts that name where a byte was (nothing else may differ). */
const meaning = (body: string) => {
  const decoded = decodeResponseBody(body, HEAD);
  return { completion: decoded.completion, error: decoded.error, done: decoded.stream?.done, events: decoded.stream?.eventList?.map((e) => [e.event, e.data]), issues: decoded.issues };
};

const noUnexpectedFailure = (decoded: DecodedExchange): boolean => decoded.issues.every((issue) => !issue.message.includes('decoder failed unexpectedly'));

describe('ai-sdk-ui properties', () => {
  it('decodes the same whichever line end the SSE uses (LF, CRLF, CR)', () => {
    fc.assert(
      fc.property(recorded, fc.constantFrom('\r\n', '\r'), (body, end) => {
        expect(meaning(body.replace(/\n/g, end))).toEqual(meaning(body));
      }),
      { numRuns: 60 },
    );
  });

  it('decodes the same with a space or none after `data:`, and with comments between events', () => {
    fc.assert(
      fc.property(recorded, (body) => {
        const variant = body.replace(/^data: /gm, 'data:').replace(/\n\n/g, '\n\n: keep-alive\n\n');
        const { issues: _a, ...plain } = meaning(body);
        const { issues: _b, ...varied } = meaning(variant);
        expect(varied).toEqual(plain);
      }),
      { numRuns: 30 },
    );
  });

  it('never throws on arbitrary strings framed as SSE, and gives a decoded exchange', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary', maxLength: 40 }), { maxLength: 6 }), (datas) => {
        const body = datas.map((data) => `data: ${data.replace(/[\r\n]/g, ' ')}\n\n`).join('');
        const decoded = decodeResponseBody(body, HEAD);
        expect(DecodedExchange.is(decoded)).toBe(true);
        expect(noUnexpectedFailure(decoded)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('never throws on recorded bodies cut, spliced or with any JSON value put into a part', () => {
    fc.assert(
      fc.property(recorded, fc.nat(), fc.nat(), fc.jsonValue({ maxDepth: 3 }), (body, at, length, value) => {
        const cutAt = at % (body.length + 1);
        const spliced = body.slice(0, cutAt) + body.slice(Math.min(body.length, cutAt + (length % 40)));
        const withValue = body.replace(/"delta":"[^"]*"|"toolCallId":"[^"]*"|"finishReason":"[^"]*"|"errorText":"[^"]*"/, (field) => `${field.split(':')[0] ?? ''}:${JSON.stringify(value)}`);
        for (const variant of [body.slice(0, cutAt), spliced, withValue]) {
          const decoded = decodeResponseBody(variant, HEAD);
          expect(DecodedExchange.is(decoded)).toBe(true);
          expect(noUnexpectedFailure(decoded)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('a captured stream cut anywhere before its finish part is not done, and says which part is missing', () => {
    const body = readFormatFixture('ai-sdk-ui', 'openai-ui-text-1.sse');
    // From the end of the first event's line (before it, no event at all: 'the stream carries no events').
    const finishAt = body.indexOf('data: {"type":"finish"');
    fc.assert(
      fc.property(fc.integer({ min: body.indexOf('\n'), max: finishAt }), (cutAt) => {
        const decoded = decodeExchange(
          bareChatExchange({
            url: 'http://localhost:3000/api/chat',
            mimeType: 'text/event-stream',
            responseHeaders: [{ name: 'x-vercel-ai-ui-message-stream', value: 'v1' }],
            body: body.slice(0, cutAt),
          }),
        );
        expect(decoded?.format).toBe('ai-sdk-ui');
        expect(decoded?.stream?.done).toBe(false);
        expect(decoded?.issues.some((issue) => issue.severity === 'error' && issue.message === 'the stream ended without its finish part (cut or truncated)')).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});
