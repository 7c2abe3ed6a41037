import { describe, expect, it } from 'vitest';
import { fixtureNames, formatFixtureNames, readFixture, readFormatFixture } from '../testing/fixtureFiles';
import { formatExchange, formatOfFixture, type OtherFormat } from '../testing/formatExchanges';
import { chatExchange } from '../testing/exchanges';
import { decodeExchange } from './decodeExchange';
import type { CapturedExchange } from './exchange';
import { looksLikeSse, parseSse } from './sse';
import { lineEventEnds, sseEventEnds, streamEventEnds } from './streamEventEnds';

describe('sseEventEnds', () => {
  it('ends each event just past its blank line, whatever the line ends', () => {
    // "data: a\n\n" is 9 characters; "data: b\r\n\r\n" 11 more; "data: c\r\r" 9 more.
    expect(sseEventEnds('data: a\n\ndata: b\r\n\r\ndata: c\r\r')).toEqual([9, 20, 29]);
  });

  it('joins multi-line data, skips comments and blocks without data, counts a leading BOM', () => {
    const body = '\ufeff: keep-alive\n\ndata: a\ndata: b\n\nevent: ping\n\nevent: x\ndata: c\n\n';
    // BOM 1 + ": keep-alive\n\n" 14 = 15; "data: a\ndata: b\n\n" 17 → 32; "event: ping\n\n" 13 → 45; "event: x\ndata: c\n\n" 18 → 63.
    expect(body.length).toBe(63);
    expect(sseEventEnds(body)).toEqual([32, 63]);
    expect(parseSse(body).events.map((event) => event.data)).toEqual(['a\nb', 'c']);
  });

  it('ends an event the body stops inside with the body', () => {
    expect(sseEventEnds('data: a\n\ndata: {"cut')).toEqual([9, 20]);
  });
});

describe('lineEventEnds', () => {
  it('ends each non-blank line at its newline, the last one at the body end, blank lines skipped', () => {
    // '{"a":1}\n' 8; '\n' 1 (blank); '  \r\n' 4 (blank); '{"b":2}\r\n' 9 → 22; '{"c":3}' 7 → 29.
    expect(lineEventEnds('{"a":1}\n\n  \r\n{"b":2}\r\n{"c":3}')).toEqual([8, 22, 29]);
  });
});

describe('streamEventEnds against the decoder, every recorded stream', () => {
  const decodedEvents = (captured: CapturedExchange) => decodeExchange(captured)?.stream?.eventList;

  /**
   * Holds the ends to the event list: one each, rising, inside the body, and the text up to each
   * end carries that event whole (an SSE prefix parses to it; a line ends with it).
   */
  const expectEndsMatch = (body: string, format: Parameters<typeof streamEventEnds>[1], captured: CapturedExchange): number => {
    const events = decodedEvents(captured);
    if (events === undefined) return 0;
    const ends = streamEventEnds(body, format);
    if (ends === null) throw new Error(`${format} has framing`);
    // Gemini lists a bare error after its SSE events as one more event; every other list is the framing's.
    expect(events.length - ends.length).toBe(format === 'gemini' && events.length > ends.length ? 1 : 0);
    for (let index = 1; index < ends.length; index += 1) expect(ends[index]).toBeGreaterThan(ends[index - 1] ?? 0);
    expect(ends[ends.length - 1]).toBeLessThanOrEqual(body.length);
    const sse = looksLikeSse(body);
    ends.forEach((end, index) => {
      const prefix = body.slice(0, end);
      const data = events[index]?.data;
      if (sse) expect(parseSse(prefix).events[index]?.data).toBe(data);
      else if (format !== 'gemini') expect(prefix.replace(/\r?\n$/, '').endsWith(data ?? '\u0000')).toBe(true);
    });
    return ends.length;
  };

  it('Chat Completions SSE: the text up to each end holds that event, the text up to the one before does not', () => {
    let checked = 0;
    for (const name of fixtureNames().filter((file) => file.endsWith('.sse'))) {
      const body = readFixture(name);
      const ends = sseEventEnds(body);
      const events = decodedEvents(chatExchange({ id: name, stream: true, body }));
      expect(events?.length, name).toBe(ends.length);
      ends.forEach((end, index) => {
        const prefix = parseSse(body.slice(0, end));
        // The text before the end holds the event whole; the text before the previous end does not reach it.
        expect(prefix.events[index]?.data, `${name} event ${index}`).toBe(events?.[index]?.data);
        expect(parseSse(body.slice(0, ends[index - 1] ?? 0)).events.length, `${name} event ${index}`).toBe(index);
      });
      checked += ends.length;
    }
    expect(checked).toBeGreaterThan(1000);
  });

  const folders: OtherFormat[] = ['openai-responses', 'anthropic-messages', 'gemini', 'ai-sdk-ui', 'ai-sdk-data', 'ollama'];
  for (const folder of folders) {
    it(`${folder}: one end per listed event`, () => {
      let streams = 0;
      for (const name of formatFixtureNames(folder)) {
        const body = readFormatFixture(folder, name);
        const format = formatOfFixture(folder, name);
        if (format === 'ai-sdk-text') {
          expect(streamEventEnds(body, format)).toBeNull();
          continue;
        }
        if (expectEndsMatch(body, format, formatExchange(folder, name, body)) > 0) streams += 1;
      }
      expect(streams).toBeGreaterThan(0);
    });
  }

  it('Gemini JSON-array stream: each element ends at its closing brace; a cut one with the body', () => {
    const body = '[{"a":1}\n,\r\n{"b":"}"}\n,{"c":';
    // '[{"a":1}' ends at 8; then '\n,\r\n' (4), '{"b":"}"}' from 12 to 21, '\n,' (2) and the cut '{"c":' (5) ending with the body at 28.
    expect(streamEventEnds(body, 'gemini')).toEqual([8, 21, 28]);
    expect(streamEventEnds('[{"a":1}]\n{"error":{}}', 'gemini')).toEqual([8, 22]);
  });
});
