import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeExchange } from '../../index';
import { DecodedExchange } from '../../model';
import { parseSsePieces } from '../../sse';
import { bareChatExchange } from '../../../testing/exchanges';
import { formatFixtureNames, readFormatFixture } from '../../../testing/fixtureFiles';
import { decodeResponseEvents } from './decodeEvents';

/**
 * fast-check properties of the Responses framing (SSE with or without `event:` lines): line
 * endings and where a body is split when it arrives change nothing; no input makes decoding throw.
 */

const URL = 'https://api.openai.com/v1/responses';
const streams = formatFixtureNames('openai-responses').filter((name) => name.endsWith('.sse'));
const bodies = formatFixtureNames('openai-responses').map((name) => readFormatFixture('openai-responses', name));

const decodeStream = (pieces: readonly string[]) => decodeResponseEvents(parseSsePieces(pieces), true, false);

/** The body split at the given places (sorted, deduplicated). */
const splitAt = (body: string, cuts: readonly number[]): string[] => {
  const places = [...new Set(cuts.map((cut) => cut % (body.length + 1)))].sort((a, b) => a - b);
  const pieces: string[] = [];
  let from = 0;
  for (const place of places) {
    pieces.push(body.slice(from, place));
    from = place;
  }
  pieces.push(body.slice(from));
  return pieces;
};

describe('openai-responses stream framing', () => {
  it.each(streams)('%s: CRLF or CR line ends decode as LF does', (name) => {
    const body = readFormatFixture('openai-responses', name);
    const reference = decodeStream([body]);
    expect(decodeStream([body.replace(/\n/g, '\r\n')])).toEqual(reference);
    // CR alone: everything but one warning. eventsource-parser holds a body's last CR back (a LF
    // may follow), so sse.ts's flush closes the last event and reports it as unterminated.
    const cr = decodeStream([body.replace(/\n/g, '\r')]);
    expect({ ...cr, issues: cr.issues.filter((issue) => !issue.message.startsWith('the body stops inside this event')) }).toEqual(
      reference,
    );
  });

  it.each(streams)('%s: split into pieces anywhere, it decodes the same', (name) => {
    const body = readFormatFixture('openai-responses', name);
    const reference = decodeStream([body]);
    fc.assert(
      fc.property(fc.array(fc.nat(), { maxLength: 30 }), fc.constantFrom('\n', '\r\n'), (cuts, lineEnd) => {
        const framed = lineEnd === '\n' ? body : body.replace(/\n/g, lineEnd);
        expect(decodeStream(splitAt(framed, cuts))).toEqual(reference);
      }),
      { numRuns: name.includes('stream-reasoning') ? 15 : 100 },
    );
  });

  it('the same events with or without event: lines decode to the same completion', () => {
    const body = readFormatFixture('openai-responses', 'openai-responses-stream-toolcall-1.sse');
    const dataOnly = body
      .split('\n')
      .filter((line) => !line.startsWith('event:'))
      .join('\n');
    const withNames = decodeStream([body]);
    const withoutNames = decodeStream([dataOnly]);
    expect(withoutNames.completion).toEqual(withNames.completion);
    expect(withoutNames.stream?.eventList?.map((event) => event.event)).toEqual(withNames.stream?.eventList?.map((event) => event.event));
  });
});

const decodeAt = (body: string, mimeType: string): DecodedExchange | null => decodeExchange(bareChatExchange({ url: URL, mimeType, body }));

describe('openai-responses decoding never throws', () => {
  it('on arbitrary strings, as JSON or as a stream, it gives a DecodedExchange', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 200 }),
        fc.constantFrom('application/json', 'text/event-stream'),
        (body, mimeType) => {
          const decoded = decodeAt(body, mimeType);
          expect(decoded === null || DecodedExchange.is(decoded)).toBe(true);
          expect(decoded?.format ?? 'openai-responses').toBe('openai-responses');
        },
      ),
      { numRuns: 500 },
    );
  });

  it('on recorded bodies cut short, with characters replaced or lines dropped', () => {
    const mutated = fc
      .record({
        body: fc.constantFrom(...bodies),
        at: fc.nat(),
        length: fc.nat({ max: 40 }),
        insert: fc.string({ maxLength: 8 }),
        keep: fc.nat(),
      })
      .map(({ body, at, length, insert, keep }) => {
        const place = at % (body.length + 1);
        const replaced = body.slice(0, place) + insert + body.slice(place + length);
        return keep % 3 === 0 ? replaced.slice(0, keep % (replaced.length + 1)) : replaced;
      });
    fc.assert(
      fc.property(mutated, fc.constantFrom('application/json', 'text/event-stream'), (body, mimeType) => {
        const decoded = decodeAt(body, mimeType);
        expect(decoded).not.toBeNull();
        expect(DecodedExchange.is(decoded)).toBe(true);
        expect(decoded?.issues.some((issue) => issue.message.startsWith('the decoder failed unexpectedly'))).toBe(false);
      }),
      { numRuns: 400 },
    );
  });

  it('on events whose values are anything at all', () => {
    const event = fc.record({
      type: fc.constantFrom(
        'response.created',
        'response.output_item.added',
        'response.output_item.done',
        'response.output_text.delta',
        'response.reasoning_summary_text.delta',
        'response.function_call_arguments.delta',
        'response.completed',
        'response.failed',
        'error',
      ),
      output_index: fc.oneof(fc.nat({ max: 3 }), fc.anything()),
      item_id: fc.anything(),
      delta: fc.anything(),
      item: fc.anything(),
      response: fc.oneof(
        fc.anything(),
        fc.record({ object: fc.constant('response'), output: fc.anything(), usage: fc.anything(), error: fc.anything() }),
      ),
      error: fc.anything(),
    });
    fc.assert(
      fc.property(fc.array(event, { maxLength: 8 }), (events) => {
        const body = events.map((value) => `data: ${JSON.stringify(value)}\n\n`).join('');
        const decoded = decodeAt(body, 'text/event-stream');
        expect(DecodedExchange.is(decoded)).toBe(true);
        expect(decoded?.issues.some((issue) => issue.message.startsWith('the decoder failed unexpectedly'))).toBe(false);
      }),
      { numRuns: 400 },
    );
  });
});
