import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeResponseBody } from '../../decodeBody';
import { decodeExchange } from '../../decodeExchange';
import { DecodedExchange } from '../../model';
import { parseSse, parseSsePieces } from '../../sse';
import { bareChatExchange } from '../../../testing/exchanges';
import { formatFixtureNames, readFormatFixture } from '../../../testing/fixtureFiles';
import { gemini } from './index';
import { readJsonArrayStream } from './jsonArrayStream';

const STREAM_URL = 'https://generativelanguage.googleapis.com/v1beta/models/gemini-2.5-pro:streamGenerateContent?alt=sse';
const options = { status: 200, failed: false, streamEvents: false } as const;

const sseNames = formatFixtureNames('gemini').filter((name) => name.endsWith('.sse'));
const allNames = formatFixtureNames('gemini');

/** What a user sees of a decoded stream: the completion, the error, the stream facts and the issues. */
const seen = (sse: ReturnType<typeof parseSse>) => {
  const parts = gemini.decodeBody({ kind: 'sse', sse }, options);
  return { completion: parts.completion, error: parts.error, stream: parts.stream, issues: parts.issues };
};

/** The body split at the given offsets. */
const piecesAt = (body: string, cuts: number[]): string[] => {
  const sorted = [...new Set(cuts.map((cut) => cut % (body.length + 1)))].sort((a, b) => a - b);
  const pieces: string[] = [];
  let from = 0;
  for (const cut of sorted) {
    pieces.push(body.slice(from, cut));
    from = cut;
  }
  pieces.push(body.slice(from));
  return pieces;
};

describe('Gemini SSE framing changes nothing', () => {
  it.each(sseNames)('%s read in pieces split anywhere (inside a CRLF too) decodes as read whole', (name) => {
    const body = readFormatFixture('gemini', name);
    const whole = seen(parseSse(body));
    fc.assert(
      fc.property(fc.array(fc.nat(), { maxLength: 12 }), (cuts) => {
        expect(seen(parseSsePieces(piecesAt(body, cuts)))).toEqual(whole);
      }),
      { numRuns: 60 },
    );
  });

  it.each(sseNames.filter((name) => !name.includes('error')))('%s with LF, CR or CRLF line ends decodes the same', (name) => {
    const body = readFormatFixture('gemini', name);
    const whole = seen(parseSse(body));
    fc.assert(
      fc.property(fc.constantFrom('\n', '\r\n'), (newline) => {
        expect(seen(parseSse(body.replace(/\r\n|\r|\n/g, newline)))).toEqual(whole);
      }),
      { numRuns: 4 },
    );
    // CR alone: the same completion, error and facts. parseSse adds a warning that the body
    // stops inside its last event: eventsource-parser holds back a CR that ends its input (it may
    // be the first half of a CRLF), so the last blank line only comes with sse.ts's final flush.
    const { issues: _issues, ...crOnly } = seen(parseSse(body.replace(/\r\n|\r|\n/g, '\r')));
    const { issues: _wholeIssues, ...wholeRest } = whole;
    expect(crOnly).toEqual(wholeRest);
  });
});

describe('Gemini JSON-array framing changes nothing', () => {
  const body = readFormatFixture('gemini', 'vertex-jsonarray-stream-1.json');
  const elements = readJsonArrayStream(body)?.elements ?? [];

  it('has the two elements of the recorded array', () => {
    expect(elements).toHaveLength(2);
  });

  it('any whitespace around the commas and brackets, parsed whole or read as a cut-free text, gives the same completion', () => {
    const whole = decodeResponseBody(body).completion;
    const space = fc.constantFrom('', '\n', '\r\n', ' ', '\n\n');
    fc.assert(
      fc.property(space, space, space, (before, between, after) => {
        const text = `${before}[${elements.join(`${between},${between}`)}${after}]${after}`;
        expect(decodeResponseBody(text).completion).toEqual(whole);
        // The same array followed by text JSON.parse refuses goes through the reader: same completion.
        expect(decodeResponseBody(`${text}\n{"error": {"code": 1, "message": "x", "status": "S"}}`).completion).toEqual(whole);
      }),
      { numRuns: 40 },
    );
  });
});

describe('decoding never throws', () => {
  const geminiExchange = (body: string, mimeType = 'text/event-stream') => bareChatExchange({ url: STREAM_URL, mimeType, body });

  it('on any text at a Gemini URL', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 200 }),
        fc.constantFrom('text/event-stream', 'application/json', ''),
        (body, mimeType) => {
          const decoded = decodeExchange(geminiExchange(body, mimeType));
          expect(DecodedExchange.is(decoded)).toBe(true);
          expect(decoded?.format).toBe('gemini');
          expect(decoded?.issues.some((issue) => issue.message.includes('decoder failed unexpectedly'))).toBe(false);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('on any JSON value in a generateContent body, a stream event or an array element', () => {
    const anything = fc.anything({
      key: fc.constantFrom(
        'candidates',
        'content',
        'parts',
        'text',
        'thought',
        'functionCall',
        'args',
        'groundingMetadata',
        'groundingSupports',
        'segment',
        'groundingChunkIndices',
        'usageMetadata',
        'promptFeedback',
        'error',
        'index',
        'finishReason',
        'executableCode',
        'codeExecutionResult',
        'x',
      ),
      maxDepth: 6,
    });
    fc.assert(
      fc.property(anything, (value) => {
        const json = value === undefined ? 'null' : JSON.stringify(value);
        for (const body of [json, `data: ${json}\r\n\r\n`, `[${json},${json}`]) {
          const decoded = decodeExchange(geminiExchange(body));
          expect(DecodedExchange.is(decoded)).toBe(true);
          expect(decoded?.issues.some((issue) => issue.message.includes('decoder failed unexpectedly'))).toBe(false);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('on recorded bodies cut anywhere or with a character changed', () => {
    fc.assert(
      fc.property(fc.constantFrom(...allNames), fc.nat(), fc.nat(), fc.string({ maxLength: 3 }), (name, at, length, inserted) => {
        const body = readFormatFixture('gemini', name);
        const cut = at % (body.length + 1);
        for (const mutated of [body.slice(0, cut), `${body.slice(0, cut)}${inserted}${body.slice(cut + (length % 4))}`]) {
          const decoded = decodeExchange(geminiExchange(mutated, name.endsWith('.sse') ? 'text/event-stream' : 'application/json'));
          expect(DecodedExchange.is(decoded)).toBe(true);
          expect(decoded?.issues.some((issue) => issue.message.includes('decoder failed unexpectedly'))).toBe(false);
        }
      }),
      { numRuns: 400 },
    );
  });
});
