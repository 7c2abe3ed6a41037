import type { CapturedExchange, DecodedExchange, StreamEvent } from '../../../../decode/index';
import { parseSse } from '../../../../decode/index';

export type StreamEvents = {
  readonly events: readonly StreamEvent[];
  /**
   * Where the list came from: decode/'s `stream.eventList`, or the panel parsing the body itself
   * (decode/'s own parseSse, built on eventsource-parser) when a decoder ran with
   * `streamEvents: false` and left the list out.
   */
  readonly from: 'decode' | 'body';
};

/** The server-sent events of a streamed response in arrival order; null for a response that is not a stream. */
export function streamEventsOf(captured: CapturedExchange, decoded: DecodedExchange): StreamEvents | null {
  if (decoded.stream === null) return null;
  if (decoded.stream.eventList !== undefined) return { events: decoded.stream.eventList, from: 'decode' };
  return { events: captured.body === null ? [] : parseSse(captured.body).events, from: 'body' };
}
