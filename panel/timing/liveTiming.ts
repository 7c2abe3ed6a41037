import type { CapturedExchange, DecodedExchange, NormalizedCompletion, StreamEvent } from '../../decode/index';
import { streamEventEnds } from '../../decode/index';
import { chunkArrivalTimes, eventArrivalTimes, usableArrivals } from './eventArrivals';
import { gapFigures, type GapFigures, type TimedEvent } from './gapFigures';
import { carriesToken } from './tokenEvents';

/** Output speed over the stream: tokens when the response reported them, else characters, said as such. */
export type LiveSpeed =
  | { readonly unit: 'tokens' | 'characters'; readonly perSecond: number; readonly count: number; readonly overMs: number }
  | { readonly unit: 'unknown'; readonly why: string };

/** Time per event for a stream the Live tap saw (issue 14); every time in ms since the request started. */
export type LiveTiming = {
  readonly outcome: NonNullable<CapturedExchange['tapped']>['outcome'];
  /** false: the times and the body are what the page reported; true: the browser's HAR entry confirmed the body. */
  readonly confirmed: boolean;
  /** The browser's record came without the body, so the page's report stands for good. */
  readonly browserBodyMissing: boolean;
  readonly ttfbMs: number | null;
  readonly ttftMs: number | null;
  readonly ttltMs: number | null;
  readonly gaps: GapFigures | null;
  readonly speed: LiveSpeed;
  /** The events that have a time, in order. */
  readonly events: readonly TimedEvent[];
  /**
   * Whether the event at a position of `events` carries a token. Asked, not listed: each answer
   * parses the event's data, and the figures need only the first and last token, the chart one
   * answer per tick; a stream of 200,000 events is not parsed whole again at every drain.
   */
  readonly isToken: (position: number) => boolean;
  /** The time of the event at a position of `stream.eventList`; null when it has none (or for a text stream, whose chunks are the events). */
  readonly timeOfListed: (position: number) => number | null;
  /** Events the arrivals do not reach (no time to show). */
  readonly untimed: number;
  /** The timeline's length: to the end of the body, or to the last arrival while in flight. */
  readonly spanMs: number;
  readonly droppedChunks: number;
};

type Tapped = NonNullable<CapturedExchange['tapped']>;

/**
 * Where the times per event count from: the page's own start when the tap reported it, since
 * arrivals are on the page's clock and the browser's record (which replaces the live exchange)
 * brings a start on the browser's clock; the exchange's start otherwise.
 */
const pageStartOf = (captured: CapturedExchange, tapped: Tapped): number =>
  tapped.startedAt !== undefined && Number.isFinite(tapped.startedAt) ? tapped.startedAt : captured.startedAt;

/** The stream's events with their times; a text stream's chunks stand for its events (each adds text). */
function timedEvents(
  start: number,
  captured: CapturedExchange,
  decoded: DecodedExchange,
  list: readonly StreamEvent[],
  arrivals: readonly (readonly [number, number])[],
) {
  const ends = captured.body === null ? [] : streamEventEnds(captured.body, decoded.format);
  if (ends === null) {
    const events = chunkArrivalTimes(arrivals).map((at, index): TimedEvent => ({ index, atMs: at - start }));
    return { events, untimed: 0, isToken: () => true, timeOfListed: () => null };
  }
  // An event beyond the framing's ends (Gemini's trailing error) ends with the body.
  const bodyEnd = captured.body?.length ?? 0;
  const times = eventArrivalTimes(
    list.map((_, index) => ends[index] ?? bodyEnd),
    arrivals,
  );
  const events: TimedEvent[] = [];
  /** Where each timed event is in the event list. */
  const listed: number[] = [];
  times.forEach((at, index) => {
    const event = list[index];
    if (at === null || event === undefined) return;
    events.push({ index: event.index, atMs: at - start });
    listed.push(index);
  });
  const answers = new Map<number, boolean>();
  const isToken = (position: number): boolean => {
    let answer = answers.get(position);
    if (answer === undefined) {
      const event = list[listed[position] ?? -1];
      answer = event !== undefined && carriesToken(decoded.format, event);
      answers.set(position, answer);
    }
    return answer;
  };
  const timeOfListed = (position: number): number | null => {
    const at = times[position];
    return at === null || at === undefined ? null : at - start;
  };
  return { events, untimed: times.length - events.length, isToken, timeOfListed };
}

/** The characters of the answer so far: text, reasoning and tool arguments of every choice. */
function outputCharacters(completion: NormalizedCompletion | null): number {
  let characters = 0;
  for (const { message } of completion?.choices ?? []) {
    characters += (message.content ?? '').length + (message.reasoning ?? '').length + (message.refusal ?? '').length;
    for (const call of message.tool_calls ?? []) characters += call.function.arguments.length;
  }
  return characters;
}

function liveSpeed(decoded: DecodedExchange, ttftMs: number | null, ttltMs: number | null): LiveSpeed {
  if (ttftMs === null || ttltMs === null) return { unit: 'unknown', why: 'no token has arrived' };
  const overMs = ttltMs - ttftMs;
  if (overMs <= 0) return { unit: 'unknown', why: 'the tokens arrived at one time' };
  const tokens = decoded.completion?.usage?.completion_tokens ?? null;
  if (tokens !== null) return { unit: 'tokens', perSecond: tokens / (overMs / 1000), count: tokens, overMs };
  const characters = outputCharacters(decoded.completion);
  if (characters === 0) return { unit: 'unknown', why: 'the response reports no completion tokens' };
  return { unit: 'characters', perSecond: characters / (overMs / 1000), count: characters, overMs };
}

/**
 * The figures of the Timing tab for a stream the Live tap saw; null without tap data or for a
 * response that is not a stream (one with no body yet counts as a stream still waiting). Time to first token is the first event carrying text, reasoning
 * or tool arguments (tokenEvents.ts), time to last token the last such event so far. `list` is the
 * stream's events: decode's `eventList`, or the events the Timing tab parsed from the body when
 * the decoding left the list out (streamEvents: false).
 */
export function liveTiming(
  captured: CapturedExchange,
  decoded: DecodedExchange,
  list: readonly StreamEvent[] = decoded.stream?.eventList ?? [],
): LiveTiming | null {
  const tapped = captured.tapped;
  if (tapped === undefined) return null;
  // A JSON answer has no events to time (the HAR phases say it all); a stream whose first chunk
  // has not come yet is no stream to decode, but its wait is worth showing.
  if (decoded.stream === null && (captured.body ?? '') !== '') return null;
  const start = pageStartOf(captured, tapped);
  const { events, untimed, isToken, timeOfListed } = timedEvents(start, captured, decoded, list, tapped.arrivals);
  const firstToken = events.find((_, position) => isToken(position));
  const lastToken = events.findLast((_, position) => isToken(position));
  const ttftMs = firstToken?.atMs ?? null;
  const ttltMs = lastToken?.atMs ?? null;
  const lastArrival = usableArrivals(tapped.arrivals).reduce((latest, [at]) => Math.max(latest, at), Number.NEGATIVE_INFINITY);
  const endAt = tapped.endedAt !== null && Number.isFinite(tapped.endedAt) ? tapped.endedAt : lastArrival;
  const spanMs = Math.max(Number.isFinite(endAt) ? endAt - start : 0, events[events.length - 1]?.atMs ?? 0, 0);
  return {
    outcome: tapped.outcome,
    confirmed: tapped.confirmed,
    browserBodyMissing: tapped.browserBodyMissing === true,
    ttfbMs: tapped.responseAt === null ? null : tapped.responseAt - start,
    ttftMs,
    ttltMs,
    gaps: gapFigures(events),
    speed: liveSpeed(decoded, ttftMs, ttltMs),
    events,
    isToken,
    timeOfListed,
    untimed,
    spanMs,
    droppedChunks: tapped.droppedChunks ?? 0,
  };
}
