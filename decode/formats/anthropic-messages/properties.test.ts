import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeExchange, decodeResponseBody } from '../../index';
import { DecodedExchange } from '../../model';
import { parseSse, parseSsePieces } from '../../sse';
import { bareChatExchange } from '../../../testing/exchanges';
import { formatFixtureNames, readFormatFixture } from '../../../testing/fixtureFiles';
import { anthropicMessages } from './index';

/** fast-check properties of the Anthropic event-stream framing and of decoding anything at all. */

const FORMAT = 'anthropic-messages';
const streams = formatFixtureNames(FORMAT).filter((name) => name.endsWith('.sse'));
const bodies = formatFixtureNames(FORMAT).map((name) => readFormatFixture(FORMAT, name));
const OPTIONS = { status: 200, failed: false, streamEvents: false } as const;

/** What a user sees of a decoded stream, without the raw event list (whose `data` keeps the line ends inside events). */
const seen = (pieces: readonly string[]) => anthropicMessages.decodeBody({ kind: 'sse', sse: parseSsePieces(pieces) }, OPTIONS);

/** JSON.stringify(undefined) is undefined at run time, whatever its declared type says. */
const toJson = (value: unknown): string => {
  const serialized: unknown = JSON.stringify(value);
  return typeof serialized === 'string' ? serialized : 'null';
};

const noUnexpectedFailure = (decoded: DecodedExchange): boolean =>
  decoded.issues.every((issue) => !issue.message.includes('decoder failed unexpectedly'));

const anthropicExchange = (body: string | null) =>
  bareChatExchange({
    url: 'https://api.anthropic.com/v1/messages',
    requestHeaders: [{ name: 'anthropic-version', value: '2023-06-01' }],
    mimeType: 'text/event-stream',
    body,
  });

describe('anthropic-messages: the framing changes nothing', () => {
  /**
   * A CR followed by an LF is one line end, so a CR line end is never followed by one starting with
   * LF; the body closes with a CRLF blank line. (Not a bare CR: decode/sse.ts reads a body that ends
   * in CR as stopping inside its last event, because eventsource-parser holds a trailing CR waiting
   * for a possible LF and the closing flush then dispatches the event; see this branch's report.)
   */
  const framed = (lines: readonly string[], endings: readonly string[]): string => {
    let text = '';
    let previous = '';
    for (const [i, line] of lines.entries()) {
      const ending = previous === '\r' && endings[i] === '\n' ? '\r\n' : (endings[i] ?? '\n');
      text += line + ending;
      previous = ending;
    }
    return `${text}\r\n`;
  };

  it.each(streams)('%s: any line ending the event-stream rules allow (LF, CRLF, CR), mixed per line', (name) => {
    const body = readFormatFixture(FORMAT, name);
    const lines = body.replace(/\n+$/, '').split('\n');
    const expected = seen([body]);
    fc.assert(
      fc.property(fc.array(fc.constantFrom('\r\n', '\r', '\n'), { minLength: lines.length, maxLength: lines.length }), (endings) => {
        expect(seen([framed(lines, endings)])).toEqual(expected);
      }),
      { numRuns: 10 },
    );
  });

  it.each(streams)('%s: split into reads anywhere, even inside a CRLF or a field name', (name) => {
    const body = readFormatFixture(FORMAT, name).replace(/\n/g, '\r\n');
    const expected = seen([body]);
    const cuts = fc
      .uniqueArray(fc.integer({ min: 1, max: body.length - 1 }), { maxLength: 40 })
      .map((points) => points.sort((a, b) => a - b));
    fc.assert(
      fc.property(cuts, (points) => {
        const pieces = [0, ...points].map((start, i) => body.slice(start, points[i] ?? body.length));
        expect(seen(pieces)).toEqual(expected);
      }),
      { numRuns: 100 },
    );
  });
});

/** An event name Anthropic sends, or any other. */
const eventName = fc.oneof(
  fc.constantFrom(
    'message_start',
    'content_block_start',
    'content_block_delta',
    'content_block_stop',
    'message_delta',
    'message_stop',
    'ping',
    'error',
  ),
  fc.string({ maxLength: 12 }),
);
const text = fc.string({ unit: 'binary', maxLength: 80 });

describe('anthropic-messages: decoding never throws and always gives a DecodedExchange', () => {
  it('on arbitrary strings, as a body and as an event of any name', () => {
    fc.assert(
      fc.property(text, eventName, (body, name) => {
        for (const sent of [body, `event: ${name}\ndata: ${body}\n\n`]) {
          const decoded = decodeExchange(anthropicExchange(sent));
          expect(decoded !== null && DecodedExchange.is(decoded) && noUnexpectedFailure(decoded)).toBe(true);
          expect(decoded?.format).toBe(FORMAT);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('on arbitrary JSON as an event of any name', () => {
    fc.assert(
      fc.property(fc.jsonValue(), eventName, (value, name) => {
        const body = `event: ${name}\ndata: ${toJson(value)}\n\n`;
        const decoded = anthropicMessages.decodeBody({ kind: 'sse', sse: parseSse(body) }, OPTIONS);
        expect(decoded.stream?.events).toBe(1);
      }),
      { numRuns: 400 },
    );
  });

  /** A recorded stream with one event's data replaced, dropped, repeated, or with a field of its JSON set to anything. */
  const mutatedStream = fc.record({
    name: fc.constantFrom(...streams),
    at: fc.nat(),
    how: fc.constantFrom('replace', 'drop', 'repeat', 'field'),
    key: fc.constantFrom('type', 'index', 'delta', 'content_block', 'message', 'usage', 'text', 'partial_json', 'error', 'citation'),
    value: fc.anything({ maxDepth: 4 }),
    data: text,
  });

  it('on mutated recorded streams', () => {
    fc.assert(
      fc.property(mutatedStream, ({ name, at, how, key, value, data }) => {
        const events = parseSse(readFormatFixture(FORMAT, name)).events;
        const index = at % events.length;
        const frames = events.map((event) => ({ name: event.event, data: event.data }));
        const target = frames[index];
        if (target === undefined) return;
        if (how === 'drop') frames.splice(index, 1);
        else if (how === 'repeat') frames.splice(index, 0, target);
        else if (how === 'replace') target.data = data;
        else {
          const parsed: unknown = JSON.parse(target.data);
          const inner = typeof parsed === 'object' && parsed !== null ? parsed : {};
          const nested = Object.values(inner).find((child): child is object => typeof child === 'object' && child !== null);
          Object.assign(nested ?? inner, { [key]: value });
          target.data = JSON.stringify(inner);
        }
        const body = frames.map((frame) => `${frame.name === undefined ? '' : `event: ${frame.name}\n`}data: ${frame.data}\n\n`).join('');
        const decoded = decodeExchange(anthropicExchange(body));
        expect(decoded !== null && DecodedExchange.is(decoded) && noUnexpectedFailure(decoded)).toBe(true);
      }),
      { numRuns: 600 },
    );
  });

  it('on recorded bodies cut anywhere', () => {
    fc.assert(
      fc.property(fc.constantFrom(...bodies), fc.nat(), (body, at) => {
        const decoded = decodeResponseBody(body.slice(0, at % (body.length + 1)));
        expect(DecodedExchange.is(decoded) && noUnexpectedFailure(decoded)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });
});
