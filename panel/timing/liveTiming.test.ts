import { describe, expect, it } from 'vitest';
import type { CapturedExchange } from '../../decode/index';
import { decodeExchange } from '../../decode/index';
import { chatExchange } from '../../testing/exchanges';
import { readFixture, readFormatFixture } from '../../testing/fixtureFiles';
import { formatExchange, type OtherFormat } from '../../testing/formatExchanges';
import { piecesAfter, tappedExchange } from '../testing/tappedExchange';
import { liveTiming, type LiveTiming } from './liveTiming';

const START = 1_760_000_000_000;

const tapped = (captured: CapturedExchange, pieces: readonly string[], times: readonly number[], responseMs = 300): CapturedExchange =>
  tappedExchange(captured, pieces, { startedAt: START, times, responseMs });

const timingOf = (captured: CapturedExchange): LiveTiming => {
  const decoded = decodeExchange(captured);
  if (decoded === null) throw new Error('not LLM traffic');
  const timing = liveTiming(captured, decoded);
  if (timing === null) throw new Error('no live timing');
  return timing;
};

const formatTiming = (folder: OtherFormat, name: string, separator: string, times: (index: number) => number) => {
  const body = readFormatFixture(folder, name);
  const pieces = piecesAfter(body, separator);
  return timingOf(
    tapped(
      formatExchange(folder, name, body),
      pieces,
      pieces.map((_, index) => times(index)),
    ),
  );
};

describe('liveTiming, per format, one chunk per event', () => {
  it('Chat Completions SSE: first token skips the empty role chunk, one stall of a second', () => {
    // openai-stream-text-1.sse: 34 events; #0 role with content "", #1-#30 text ("I'm" … "."), #31 finish, #32 usage (30 completion tokens), #33 [DONE].
    const body = readFixture('openai-stream-text-1.sse');
    const pieces = piecesAfter(body, '\n\n');
    expect(pieces).toHaveLength(34);
    // 50 ms apart, except a 1,000 ms wait before #20.
    const times = pieces.map((_, index) => (index < 20 ? 500 + 50 * index : 2450 + 50 * (index - 20)));
    const timing = timingOf(tapped(chatExchange({ id: 'c', stream: true, body }), pieces, times));
    expect(timing.ttfbMs).toBe(300);
    expect(timing.ttftMs).toBe(550);
    expect(timing.ttltMs).toBe(2950);
    // 33 gaps: 32 of 50 ms, one of 1,000 ms. Nearest-rank p95 is the 32nd smallest: 50.
    expect(timing.gaps).toEqual({ count: 33, medianMs: 50, p95Ms: 50, longest: { ms: 1000, eventIndex: 20, atMs: 2450 } });
    // 30 tokens over 2,950 - 550 = 2,400 ms.
    expect(timing.speed).toEqual({ unit: 'tokens', perSecond: 12.5, count: 30, overMs: 2400 });
    expect(timing.events).toHaveLength(34);
    expect(timing.untimed).toBe(0);
    expect(timing.spanMs).toBe(3105);
  });

  it('Anthropic named events: thinking is the first token, the signature delta is none', () => {
    // anthropic-stream-thinking-1.sse: 118 events; thinking deltas #3-#16, signature #17, text #20-#114; 282 output tokens.
    const timing = formatTiming('anthropic-messages', 'anthropic-stream-thinking-1.sse', '\n\n', (index) => 100 * (index + 1));
    expect(timing.events).toHaveLength(118);
    expect(timing.ttftMs).toBe(400);
    expect(timing.ttltMs).toBe(11_500);
    expect(timing.speed).toMatchObject({ unit: 'tokens', count: 282, overMs: 11_100 });
    expect(timing.speed.unit === 'tokens' ? timing.speed.perSecond : 0).toBeCloseTo(282 / 11.1, 6);
    expect(timing.gaps).toMatchObject({ medianMs: 100, p95Ms: 100, longest: { ms: 100, eventIndex: 1, atMs: 200 } });
  });

  it('Ollama NDJSON: the done line carries no token; eval_count gives the speed', () => {
    // ollama-chat-stream-text-1.ndjson: 6 lines, #0-#4 content, #5 done with "" and eval_count 239; no newline after the last.
    const timing = formatTiming('ollama', 'ollama-chat-stream-text-1.ndjson', '\n', (index) => 200 + 100 * index);
    expect(timing.events.map((event, position) => [event.index, event.atMs, timing.isToken(position)])).toEqual([
      [0, 200, true],
      [1, 300, true],
      [2, 400, true],
      [3, 500, true],
      [4, 600, true],
      [5, 700, false],
    ]);
    expect([timing.ttftMs, timing.ttltMs]).toEqual([200, 600]);
    expect(timing.speed).toEqual({ unit: 'tokens', perSecond: 597.5, count: 239, overMs: 400 });
  });

  it('Gemini SSE (CRLF): three text chunks, the last after a 600 ms wait', () => {
    // gemini-stream-text-1.sse: 3 events separated by \r\n\r\n, all with text; candidatesTokenCount 8 at the end.
    const timing = formatTiming('gemini', 'gemini-stream-text-1.sse', '\r\n\r\n', (index) => [1000, 1100, 1700][index] ?? 0);
    expect([timing.ttftMs, timing.ttltMs]).toEqual([1000, 1700]);
    expect(timing.gaps).toEqual({ count: 2, medianMs: 350, p95Ms: 600, longest: { ms: 600, eventIndex: 2, atMs: 1700 } });
    expect(timing.speed.unit === 'tokens' ? timing.speed.perSecond : 0).toBeCloseTo(8 / 0.7, 6);
  });

  it('Responses API, AI SDK UI and data streams: the first and last text delta, by each format’s events', () => {
    const everyTenth = (index: number) => 100 * (index + 1);
    // openai-responses-stream-text-1.sse: 15 events, output_text deltas #4-#10, 9 output tokens.
    const responses = formatTiming('openai-responses', 'openai-responses-stream-text-1.sse', '\n\n', everyTenth);
    expect([responses.events.length, responses.ttftMs, responses.ttltMs]).toEqual([15, 500, 1100]);
    expect(responses.speed).toMatchObject({ unit: 'tokens', count: 9, overMs: 600 });
    // openai-ui-text-1.sse: 14 events, text-delta #3-#9 ("The capital of France is Paris.", 31 characters), no usage.
    const ui = formatTiming('ai-sdk-ui', 'openai-ui-text-1.sse', '\n\n', everyTenth);
    expect([ui.events.length, ui.ttftMs, ui.ttltMs]).toEqual([14, 400, 1000]);
    expect(ui.speed).toMatchObject({ unit: 'characters', count: 31, overMs: 600 });
    // openai-data-text-1.txt: 10 lines, text parts (0:) #1-#7, completionTokens 9.
    const data = formatTiming('ai-sdk-data', 'openai-data-text-1.txt', '\n', everyTenth);
    expect([data.events.length, data.ttftMs, data.ttltMs]).toEqual([10, 200, 800]);
    expect(data.speed).toMatchObject({ unit: 'tokens', count: 9, overMs: 600 });
  });

  it('Gemini JSON-array stream: chunks cut inside elements time each element by its closing brace', () => {
    const body =
      '[{"candidates":[{"content":{"parts":[{"text":"Hi"}]}}]}\n,\r\n{"candidates":[{"content":{"parts":[{"text":" there"}]},"finishReason":"STOP"}]}\n]';
    // The first element is the 54 characters after "[": it closes at 55. Chunks end at 40, 70, and the body's end.
    expect(body.indexOf('}]}\n,') + 3).toBe(55);
    const pieces = [body.slice(0, 40), body.slice(40, 70), body.slice(70)];
    // A "stream" name and a body opening with "[": the streamGenerateContent URL without alt=sse.
    const timing = timingOf(tapped(formatExchange('gemini', 'gemini-stream-x.json', body), pieces, [100, 250, 900]));
    expect(timing.events.map((event) => event.atMs)).toEqual([250, 900]);
    expect(timing.speed).toEqual({ unit: 'characters', perSecond: 8 / 0.65, count: 8, overMs: 650 });
  });
});

describe('liveTiming, arrivals against the body', () => {
  const event = (text: string): string => `data: {"choices":[{"index":0,"delta":{"content":"${text}"}}]}\n\n`;
  const body = event('a') + event('b') + event('c');
  const length = event('a').length;

  it('gives each event the chunk that completed it, not the one that started it', () => {
    const pieces = [body.slice(0, 10), body.slice(10, length), body.slice(length, 2 * length + 5), body.slice(2 * length + 5)];
    const timing = timingOf(tapped(chatExchange({ id: 'x', stream: true, body }), pieces, [100, 200, 300, 400]));
    // #0 ends at L (2nd chunk); #1 at 2L, inside the 3rd chunk (to 2L + 5); #2 starts in the 3rd and ends in the 4th.
    expect(timing.events.map((timed) => timed.atMs)).toEqual([200, 300, 400]);
    expect(timing.gaps).toMatchObject({ medianMs: 100, longest: { ms: 100, eventIndex: 1, atMs: 300 } });
  });

  it('leaves untimed the events the arrivals do not reach, and says no speed when no token has a time', () => {
    // The browser's record holds the whole body; the tap saw its first 10 characters only.
    const captured = { ...tapped(chatExchange({ id: 'x', stream: true, body }), [body.slice(0, 10)], [100]), body };
    const timing = timingOf(captured);
    expect([timing.events.length, timing.untimed]).toEqual([0, 3]);
    expect(timing.ttftMs).toBeNull();
    expect(timing.speed).toEqual({ unit: 'unknown', why: 'no token has arrived' });
  });

  it('survives forged arrivals: not numbers, lengths going back, times before the start', () => {
    const captured: CapturedExchange = {
      ...chatExchange({ id: 'x', stream: true, body }),
      startedAt: START,
      tapped: {
        arrivals: [
          [Number.NaN, 10],
          [START + 50, Number.POSITIVE_INFINITY],
          [START - 1_000_000, 3 * length],
          [START + 70, 5],
        ],
        responseAt: null,
        outcome: 'in-flight',
        endedAt: null,
        confirmed: false,
      },
    };
    const timing = timingOf(captured);
    expect(timing.events.map((timed) => timed.atMs)).toEqual([-1_000_000, -1_000_000, -1_000_000]);
    expect(timing.ttfbMs).toBeNull();
    expect(timing.spanMs).toBe(70);
  });

  it('counts a text stream’s chunks as its events', () => {
    const captured = formatExchange('ai-sdk-data', 'openai-textstream-1.txt', 'The capital is Paris.');
    const timing = timingOf({
      ...captured,
      startedAt: START,
      tapped: {
        arrivals: [
          [START + 100, 4],
          [START + 100, 4],
          [START + 400, 21],
        ],
        responseAt: START + 90,
        outcome: 'complete',
        endedAt: START + 410,
        confirmed: true,
      },
    });
    expect(timing.events.map((timed) => timed.atMs)).toEqual([100, 400]);
    expect(timing.speed).toEqual({ unit: 'characters', perSecond: 70, count: 21, overMs: 300 });
  });

  it('counts from the page’s own start once the browser’s record, on another clock, has replaced the exchange', () => {
    const body = readFixture('openai-stream-text-1.sse');
    const pieces = piecesAfter(body, '\n\n');
    const times = pieces.map((_, index) => 500 + 50 * index);
    const asThePageSawIt = tapped(chatExchange({ id: 'c', stream: true, body }), pieces, times);
    const pageFacts = asThePageSawIt.tapped;
    if (pageFacts === undefined) throw new Error('tapped');
    // The browser's clock is 250 ms ahead of the page's: its HAR entry starts "later".
    const confirmedByBrowser: CapturedExchange = {
      ...asThePageSawIt,
      startedAt: START + 250,
      tapped: { ...pageFacts, confirmed: true, startedAt: START },
    };
    const timing = timingOf(confirmedByBrowser);
    // As the page measured them: headers at 300 ms, #1 (the first text) at 550 ms, #30 (the last) at 2,000 ms.
    expect(timing.ttfbMs).toBe(300);
    expect(timing.ttftMs).toBe(550);
    expect(timing.ttltMs).toBe(2000);
    expect(timing.events[0]?.atMs).toBe(500);
    // Without the page's start the same facts would read 250 ms early.
    const withoutPageStart = timingOf({ ...confirmedByBrowser, tapped: { ...pageFacts, confirmed: true } });
    expect(withoutPageStart.ttftMs).toBe(300);
  });

  it('is null without tap data', () => {
    const captured = chatExchange({ id: 'x', stream: true, body });
    const decoded = decodeExchange(captured);
    if (decoded === null) throw new Error('chat');
    expect(liveTiming(captured, decoded)).toBeNull();
  });
});
