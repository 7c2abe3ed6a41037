import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeExchange } from '../../decodeExchange';
import { bareChatExchange } from '../../../testing/exchanges';
import { formatFixtureNames, readFormatFixture } from '../../../testing/fixtureFiles';
import { isPlainResponse, plainExtensions } from './plainResponse';
import { whilePrototypePolluted } from '../../../testing/polluteObjectPrototype';

/**
 * The plain-response reader stands in for the contract walk on the responses it accepts: every
 * exchange must decode as it does through the walk, and it must leave every other response to it.
 */

const MODEL_URL = 'https://generativelanguage.googleapis.com/v1beta/models/gemini-2.5-flash';

/** Values a field may be given instead of its own: each of another type, or a number the scan would flag. */
const anyValue = fc.oneof(
  fc.string({ maxLength: 3 }),
  fc.boolean(),
  fc.constantFrom(0, -2, 1.5, 2 ** 53 + 2, -(2 ** 60), null, [], {}, [1], { a: { b: 1 } }, 'STOP', 'NOT_A_REASON'),
);
type Field = readonly [string, unknown];
/** A field kept (most often, or `keep` times in `keep` + 2), dropped, or given another value. */
const field = (key: string, value: fc.Arbitrary<unknown>, keep = 60): fc.Arbitrary<Field[]> =>
  fc.oneof(
    { weight: keep, arbitrary: value.map((own): Field[] => [[key, own]]) },
    fc.constant<Field[]>([]),
    anyValue.map((other): Field[] => [[key, other]]),
  );
/** Sometimes one more key: a field of the codec the reader leaves to the walk, an extension, or `__proto__`. */
const extra = fc.oneof(
  { weight: 20, arbitrary: fc.constant<Field[]>([]) },
  fc
    .tuple(fc.constantFrom('finishMessage', 'citationMetadata', 'inlineData', 'x_other', 'error', '__proto__', 'willContinue'), anyValue)
    .map((one): Field[] => [one]),
);
const object = (fields: fc.Arbitrary<Field[]>[]): fc.Arbitrary<Record<string, unknown>> =>
  fc.tuple(fc.tuple(...fields), extra, fc.boolean()).map(([kept, more, reversed]) => {
    const entries = [...kept.flat(), ...more];
    if (reversed) entries.reverse();
    // defineProperty, not assignment: a `__proto__` key is then an own property, as JSON.parse makes it.
    const made: Record<string, unknown> = {};
    for (const [key, value] of entries) Object.defineProperty(made, key, { value, enumerable: true, writable: true, configurable: true });
    return made;
  });

const count = fc.oneof({ weight: 8, arbitrary: fc.nat(5_000) }, fc.constantFrom(2 ** 53, 0.5));
const args = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.dictionary(
      fc.constantFrom('city', 'n', 'ok'),
      fc.oneof(fc.string({ maxLength: 3 }), fc.integer(), fc.boolean(), fc.constant(null)),
      {
        maxKeys: 2,
      },
    ),
  },
  fc.constantFrom({ nested: { deep: [1] } }, { big: 2 ** 53 + 2 }, [1, 2]),
);
const part = fc.oneof(
  object([field('text', fc.string({ maxLength: 4 })), field('thought', fc.boolean()), field('thoughtSignature', fc.constantFrom('c2ln'))]),
  object([
    field(
      'functionCall',
      object([field('name', fc.constantFrom('weather', ''), 6), field('args', args), field('id', fc.constantFrom('c1'))]),
    ),
  ]),
);
const rating = object([
  field('category', fc.constantFrom('HARM_CATEGORY_HARASSMENT'), 6),
  field('probability', fc.constantFrom('NEGLIGIBLE')),
]);
const web = object([field('uri', fc.constantFrom('https://a.example')), field('title', fc.string({ maxLength: 3 }))]);
const segment = object([field('startIndex', count), field('endIndex', count), field('text', fc.string({ maxLength: 3 }))]);
const support = object([
  field('segment', segment),
  field('groundingChunkIndices', fc.array(fc.oneof(fc.nat(2), fc.constant(2 ** 53 + 2)), { maxLength: 2 })),
  field('confidenceScores', fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 1 })),
]);
const grounding = object([
  field('webSearchQueries', fc.array(fc.string({ maxLength: 3 }), { maxLength: 2 })),
  field('searchEntryPoint', object([field('renderedContent', fc.constantFrom('<div/>'))])),
  field('groundingChunks', fc.array(object([field('web', web)]), { maxLength: 2 })),
  field('groundingSupports', fc.array(support, { maxLength: 2 })),
]);
const urlContext = object([
  field(
    'urlMetadata',
    fc.array(object([field('retrievedUrl', fc.constantFrom('https://a.example')), field('urlRetrievalStatus', fc.constantFrom('OK'))]), {
      maxLength: 1,
    }),
  ),
]);
const candidate = object([
  field('content', object([field('parts', fc.array(part, { maxLength: 3 })), field('role', fc.constantFrom('model', ''))])),
  field('finishReason', fc.constantFrom('STOP', 'MAX_TOKENS', 'SAFETY', 'STOP', 'NOT_A_REASON')),
  fc.oneof(fc.constant<Field[]>([]), field('finishMessage', fc.string({ maxLength: 3 }))),
  field('index', fc.constantFrom(0, 1)),
  field('safetyRatings', fc.array(rating, { maxLength: 2 })),
  field('avgLogprobs', fc.double({ noNaN: true, noDefaultInfinity: true, min: -5, max: 0 })),
  field('groundingMetadata', grounding),
  field('urlContextMetadata', urlContext),
]);
const modality = object([field('modality', fc.constantFrom('TEXT')), field('tokenCount', count)]);
const usage = object([
  field('promptTokenCount', count),
  field('candidatesTokenCount', count),
  field('totalTokenCount', count),
  field('thoughtsTokenCount', count),
  field('promptTokensDetails', fc.array(modality, { maxLength: 2 })),
]);
const feedback = object([
  field('blockReason', fc.constantFrom('SAFETY', 'OTHER', 'NOT_A_REASON')),
  field('blockReasonMessage', fc.string({ maxLength: 3 })),
  field('safetyRatings', fc.array(rating, { maxLength: 1 })),
]);
/** Responses near the plain ones: each field kept, dropped or changed, maybe one more key, in either order. */
const response = object([
  field('candidates', fc.array(candidate, { maxLength: 2 })),
  field('usageMetadata', usage),
  field('modelVersion', fc.constantFrom('gemini-2.5-flash')),
  field('responseId', fc.constantFrom('w1peaMz6')),
  fc.oneof(fc.constant<Field[]>([]), field('promptFeedback', feedback)),
]);

const exchange = (url: string, body: string, mimeType: string, status: number) =>
  bareChatExchange({ url, mimeType, status, body, requestHeaders: [{ name: 'content-type', value: 'application/json' }] });

/** A response as each framing sends it: a generateContent body, an SSE stream, a JSON-array stream. */
const framings = (chunks: readonly string[], status: number) => [
  exchange(`${MODEL_URL}:generateContent`, chunks[0] ?? '{}', 'application/json', status),
  exchange(
    `${MODEL_URL}:streamGenerateContent?alt=sse`,
    chunks.map((chunk) => `data: ${chunk}\r\n\r\n`).join(''),
    'text/event-stream',
    status,
  ),
  exchange(`${MODEL_URL}:streamGenerateContent`, `[${chunks.join(',\r\n')}]`, 'application/json', status),
];

const decodeAll = (chunks: readonly string[], status: number) => framings(chunks, status).map((each) => decodeExchange(each));

/** The decode with no reader: an enumerable property on Object.prototype sends every response through the walk. */
const decodeByWalk = (chunks: readonly string[], status: number) => whilePrototypePolluted(() => decodeAll(chunks, status));

describe('a response decodes the same by the reader as by the walk', () => {
  it('on responses near the plain ones, as a JSON body, an SSE stream and a JSON-array stream', () => {
    let accepted = 0;
    let refused = 0;
    fc.assert(
      fc.property(fc.array(response, { minLength: 1, maxLength: 3 }), fc.constantFrom(200, 500), (values, status) => {
        const chunks = values.map((value) => JSON.stringify(value));
        for (const chunk of chunks) {
          if (isPlainResponse(JSON.parse(chunk) as Record<string, unknown>)) accepted += 1;
          else refused += 1;
        }
        expect(decodeAll(chunks, status)).toEqual(decodeByWalk(chunks, status));
      }),
      { numRuns: 800 },
    );
    // The property is about accepted responses as much as refused ones: make sure there were many of each.
    expect(accepted).toBeGreaterThan(150);
    expect(refused).toBeGreaterThan(150);
  });

  it('every recorded body, whole and cut', () => {
    for (const name of formatFixtureNames('gemini')) {
      const body = readFormatFixture('gemini', name);
      for (const text of [body, body.slice(0, body.length >> 1), body.slice(0, -3)]) {
        const url = `${MODEL_URL}:${name.includes('stream') ? 'streamGenerateContent' : 'generateContent'}${name.endsWith('.sse') ? '?alt=sse' : ''}`;
        const mime = name.endsWith('.sse') ? 'text/event-stream' : 'application/json';
        const status = name.includes('error-400') ? 400 : 200;
        const byReader = decodeExchange(exchange(url, text, mime, status));
        expect(byReader).toEqual(whilePrototypePolluted(() => decodeExchange(exchange(url, text, mime, status))));
      }
    }
  });
});

describe('which recorded responses are plain', () => {
  it('the text, thought, safety, blocked, grounding and tool-call responses; not the error body', () => {
    const plain = (text: string): boolean => isPlainResponse(JSON.parse(text) as Record<string, unknown>);
    const json = (name: string) => plain(readFormatFixture('gemini', name));
    const bodies = ['thoughts', 'safety', 'prompt-blocked', 'grounding'].map((kind) => json(`gemini-json-${kind}-1.json`));
    expect(bodies).toEqual([true, true, true, true]);
    // The tool call's `finishMessage` is an extension, listed as the walk lists it; the error body is none.
    expect(['gemini-json-toolcall-1.json', 'gemini-error-400-1.json'].map(json)).toEqual([true, false]);
    const toolCall = JSON.parse(readFormatFixture('gemini', 'gemini-json-toolcall-1.json')) as Record<string, unknown>;
    expect(plainExtensions(toolCall)).toEqual([{ path: 'candidates[0].finishMessage', value: 'Model generated function call(s).' }]);
    const events = readFormatFixture('gemini', 'gemini-stream-grounding-1.sse')
      .split('\r\n\r\n')
      .filter((event) => event.startsWith('data: '))
      .map((event) => plain(event.slice('data: '.length)));
    // Nine chunks with an empty groundingMetadata, then the one that carries it whole (queries, entry point, chunks, supports).
    expect(events).toEqual(Array<boolean>(10).fill(true));
  });
});
