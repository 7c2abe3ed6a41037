import { createParser } from 'eventsource-parser';
import type { StreamEvent } from './model';

/**
 * Splits a whole `text/event-stream` body into events by the HTML event-stream rules (LF, CRLF or
 * CR line ends, multi-line data joined by "\n", comments, event/id/retry fields, `data:` with or
 * without a space, a leading BOM), using eventsource-parser rather than a hand-written splitter.
 */
export interface ParsedSse {
  readonly events: StreamEvent[];
  /** Comment lines (`: OPENROUTER PROCESSING`). */
  readonly comments: number;
  /**
   * The last event when the body stops inside it (no blank line after its last field). The HTML
   * rules drop such an event; we keep it, because a cut stream's last bytes are what a user must
   * see, and the caller reports the missing blank line.
   */
  readonly unterminated: StreamEvent | undefined;
  /** Lines that are not SSE fields (`HTTP/1.1 502 ...`, a stray HTML page), as the parser saw them. */
  readonly invalidLines: string[];
}

const MAX_INVALID_LINES_KEPT = 20;

/** Parses a whole body; see parseSsePieces. */
export const parseSse = (body: string): ParsedSse => parseSsePieces([body]);

/** Parses a body that arrived in pieces, split anywhere (even inside a CRLF or a field name). */
export const parseSsePieces = (pieces: readonly string[]): ParsedSse => {
  const events: StreamEvent[] = [];
  const invalidLines: string[] = [];
  let comments = 0;
  const parser = createParser({
    onEvent: (message) => {
      const event: StreamEvent = { index: events.length, data: message.data };
      if (message.event !== undefined) event.event = message.event;
      if (message.id !== undefined) event.id = message.id;
      events.push(event);
    },
    onComment: () => {
      comments += 1;
    },
    onError: (error) => {
      // invalid-retry is harmless; unknown fields are lines that are not SSE at all.
      if (error.type === 'unknown-field' && invalidLines.length < MAX_INVALID_LINES_KEPT) {
        invalidLines.push(error.line ?? error.message);
      }
    },
  });
  let first = true;
  let endsInCr = false;
  // eventsource-parser reports each line that is not an SSE field as an Error, and V8 records a
  // stack trace for every one: Gemini's pretty-printed error after its events (a dozen such lines)
  // cost 79 µs to frame against 3 µs for a stream without them. The errors are read for their line
  // only, so no trace is taken while parsing (V8's Error.stackTraceLimit; other engines have no
  // such property, and one set on their Error does nothing). Through Reflect: the DOM typings lack it.
  const stackTraceLimit: unknown = Reflect.get(Error, 'stackTraceLimit');
  Reflect.set(Error, 'stackTraceLimit', 0);
  try {
    for (const piece of pieces) {
      if (piece === '') continue;
      // eventsource-parser strips a BOM only in its UTF-8 byte form (ï»¿), not the decoded U+FEFF.
      parser.feed(first && piece.charCodeAt(0) === 0xfeff ? piece.slice(1) : piece);
      first = false;
      endsInCr = piece.charCodeAt(piece.length - 1) === 0x0d;
    }
    // The parser holds a last CR back, waiting to see whether an LF follows (CRLF is one line end).
    // The body has ended, so that CR was a line end on its own: an LF makes it the same one line end,
    // and a body whose lines end in CR alone (`data: x\r\r`) is not taken for one cut inside an event.
    if (endsInCr) parser.feed('\n');
    const before = events.length;
    // Flush a last event that the body did not close with a blank line.
    parser.feed('\n\n');
    const unterminated = events.length > before ? events[events.length - 1] : undefined;
    return { events, comments, unterminated, invalidLines };
  } finally {
    // Left as it was, absent included: a property this parser added would be one a page never had.
    if (stackTraceLimit === undefined) Reflect.deleteProperty(Error, 'stackTraceLimit');
    else Reflect.set(Error, 'stackTraceLimit', stackTraceLimit);
  }
};

/** Whether a body is an event stream rather than JSON, judged by its first line. */
export const looksLikeSse = (body: string): boolean => {
  const start = body.charCodeAt(0) === 0xfeff ? body.slice(1, 200) : body.slice(0, 200);
  const trimmed = start.trimStart();
  return /^(?:data|event|id|retry):|^:/.test(trimmed);
};
