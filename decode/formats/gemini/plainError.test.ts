import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeExchange } from '../../decodeExchange';
import { bareChatExchange } from '../../../testing/exchanges';
import { formatFixtureNames, readFormatFixture } from '../../../testing/fixtureFiles';
import { extraKeys, field, maybe, objectOf, otherValue, sometimes } from '../../../testing/nearPlainValues';
import { isPlainErrorBody } from './plainError';
import { whilePrototypePolluted } from '../../../testing/polluteObjectPrototype';

/**
 * The plain error-body reader stands in for the contract walk on the error bodies it accepts:
 * every exchange must decode as it does through the walk, and it must leave every other body to it.
 */

const MODEL_URL = 'https://generativelanguage.googleapis.com/v1beta/models/gemini-2.5-flash';

const nestedObject = (levels: number): unknown => JSON.parse(`${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}`);

/** google.rpc details: the usual ones, others of another type (an array too), huge numbers, nested near the reader's limit or the scan's. */
const detail = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.constantFrom<unknown>({ '@type': 'ErrorInfo', reason: 'R', metadata: { service: 's' } }, { locale: 'en-US' }),
  },
  fc.constant({ fieldViolations: [{ field: 'f', description: 'd' }] }),
  fc.constantFrom(6, 7, 8, 9, 124, 125, 126).map(nestedObject),
  fc.constantFrom<unknown>({ n: 2 ** 53 + 2 }, { n: [-(2 ** 60)] }, 1.5, [], [{ a: 1 }], null),
  otherValue,
);

/** Fields and, in some objects, keys the codec does not define (most error bodies have none). */
const withSomeExtraKeys = (fields: readonly fc.Arbitrary<[string, unknown]>[], extra: readonly string[]) =>
  objectOf(
    fc
      .tuple(fc.tuple(...fields), fc.oneof({ weight: 3, arbitrary: fc.constant([]) }, extraKeys(extra)))
      .map(([own, more]) => [...own, ...more]),
  );

const status = withSomeExtraKeys(
  [
    field('code', maybe(fc.constantFrom(400, 404, 429, 500))),
    field('message', maybe(fc.string({ maxLength: 4 }))),
    field('status', maybe(fc.constantFrom('INVALID_ARGUMENT', 'RESOURCE_EXHAUSTED'))),
    field('details', sometimes(maybe(fc.array(detail, { maxLength: 3 })))),
  ],
  ['x_other', 'candidates', 'error'],
);
/** Error bodies near the plain ones: each field kept, dropped or changed, maybe more keys, in any order. */
const errorBody = withSomeExtraKeys(
  [field('error', fc.oneof({ weight: 8, arbitrary: status }, otherValue))],
  ['candidates', 'x_other', 'usageMetadata'],
);

const exchange = (url: string, body: string, mimeType: string, status: number) =>
  bareChatExchange({ url, mimeType, status, body, requestHeaders: [{ name: 'content-type', value: 'application/json' }] });

const CHUNK = '{"candidates":[{"content":{"role":"model","parts":[{"text":"Hi"}]}}]}';

/** An error as each framing sends it: a generateContent body, an SSE stream's last event, a JSON-array stream's element. */
const framings = (body: string, status: number) => [
  exchange(`${MODEL_URL}:generateContent`, body, 'application/json', status),
  exchange(`${MODEL_URL}:streamGenerateContent?alt=sse`, `data: ${CHUNK}\r\n\r\ndata: ${body}\r\n\r\n`, 'text/event-stream', status),
  exchange(`${MODEL_URL}:streamGenerateContent`, `[${CHUNK},\r\n${body}]`, 'application/json', status),
];

const decodeAll = (body: string, status: number) => framings(body, status).map((each) => decodeExchange(each));

/** The decode with no reader: an enumerable property on Object.prototype sends every body through the walk. */
const decodeByWalk = (body: string, status: number) => whilePrototypePolluted(() => decodeAll(body, status));

describe('an error body decodes the same by the reader as by the walk', () => {
  it('on error bodies near the plain ones, as a JSON body, an SSE event and a JSON-array element', () => {
    let accepted = 0;
    let refused = 0;
    fc.assert(
      fc.property(errorBody, fc.constantFrom(200, 400), (value, status) => {
        const body = JSON.stringify(value);
        if (isPlainErrorBody(JSON.parse(body))) accepted += 1;
        else refused += 1;
        expect(decodeAll(body, status)).toEqual(decodeByWalk(body, status));
      }),
      { numRuns: 800 },
    );
    // The property is about accepted bodies as much as refused ones: make sure there were many of each.
    expect(accepted).toBeGreaterThan(150);
    expect(refused).toBeGreaterThan(150);
  });

  it('the recorded error body is plain, whole; cut, it is text', () => {
    const body = readFormatFixture('gemini', 'gemini-error-400-1.json');
    expect(isPlainErrorBody(JSON.parse(body))).toBe(true);
    for (const text of [body, body.slice(0, body.length >> 1), body.slice(0, -3)]) {
      expect(decodeAll(text, 400)).toEqual(decodeByWalk(text, 400));
    }
    expect(formatFixtureNames('gemini')).toContain('gemini-error-400-1.json');
  });
});
