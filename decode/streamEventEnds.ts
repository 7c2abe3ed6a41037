import { createParser } from 'eventsource-parser';
import { jsonArrayElementEnds } from './formats/gemini/jsonArrayStream';
import type { FormatName } from './model';

/**
 * Where each event of a decoded stream (`stream.eventList`) ends in the body: the offset, in
 * characters, just past the text a streaming reader needs before it can hand the event on (an SSE
 * event's blank line, an NDJSON line's `\n`, a JSON-array element's closing brace). The Live
 * timing (issue 14) matches these against the page's chunk arrivals to give each event a time.
 *
 * Off the decoding's hot path: the framing is done again, for the one exchange the panel shows,
 * by the same rules (the same SSE parser, the same blank lines) so the i-th end is the i-th event's.
 * An event the list has beyond these (Gemini's bare error after its events) ends with the body.
 * null for the AI SDK text stream: it has no framing, every chunk is text.
 */
export function streamEventEnds(body: string, format: FormatName): number[] | null {
  switch (format) {
    case 'ai-sdk-text':
      return null;
    case 'ollama':
    case 'ai-sdk-data':
      return lineEventEnds(body);
    case 'gemini':
      // As responseBody.ts tells them apart: a body that starts like JSON is the array, any other an event stream.
      return /^\s*[[{]/.test(body) ? jsonArrayElementEnds(body) : sseEventEnds(body);
    default:
      return sseEventEnds(body);
  }
}

/**
 * The ends of an SSE body's events, by eventsource-parser as decode/sse.ts runs it: fed one line
 * at a time (each line's end written as `\n`, which the rules make equal to `\r\n` and `\r`, so
 * the parser never holds a last CR back), an event counted where the parser dispatched it.
 */
export function sseEventEnds(body: string): number[] {
  const ends: number[] = [];
  let dispatched = 0;
  const parser = createParser({
    onEvent: () => {
      dispatched += 1;
    },
  });
  // As in sse.ts: no stack trace for the parser's errors on lines that are not SSE fields.
  const stackTraceLimit: unknown = Reflect.get(Error, 'stackTraceLimit');
  Reflect.set(Error, 'stackTraceLimit', 0);
  try {
    let start = body.charCodeAt(0) === 0xfeff ? 1 : 0;
    while (start < body.length) {
      const { lineEnd, next } = nextLine(body, start);
      // A line that ends in `\n` goes as it is; any other line end is written as `\n`.
      parser.feed(next === lineEnd + 1 && body.charCodeAt(lineEnd) === 0x0a ? body.slice(start, next) : `${body.slice(start, lineEnd)}\n`);
      while (ends.length < dispatched) ends.push(next);
      start = next;
    }
    // The event the body stops inside (no blank line after it): decode keeps it, ending with the body.
    parser.feed('\n');
    while (ends.length < dispatched) ends.push(body.length);
    return ends;
  } finally {
    if (stackTraceLimit === undefined) Reflect.deleteProperty(Error, 'stackTraceLimit');
    else Reflect.set(Error, 'stackTraceLimit', stackTraceLimit);
  }
}

/** The line starting at `start`: where its text ends and where the next line starts (past `\r\n`, `\n` or `\r`). */
function nextLine(body: string, start: number): { lineEnd: number; next: number } {
  for (let at = start; at < body.length; at += 1) {
    const code = body.charCodeAt(at);
    if (code === 0x0a) return { lineEnd: at, next: at + 1 };
    if (code === 0x0d) return { lineEnd: at, next: body.charCodeAt(at + 1) === 0x0a ? at + 2 : at + 1 };
  }
  return { lineEnd: body.length, next: body.length };
}

/**
 * The ends of a line-framed body's events (Ollama's NDJSON, the AI SDK data stream): every line
 * that is not blank (whitespace only, as both framers judge it) is one event, ended by its `\n`,
 * the last one perhaps by the body's end.
 */
export function lineEventEnds(body: string): number[] {
  const ends: number[] = [];
  let start = 0;
  while (start < body.length) {
    const newline = body.indexOf('\n', start);
    const next = newline === -1 ? body.length : newline + 1;
    if (body.slice(start, next).trim() !== '') ends.push(next);
    start = next;
  }
  return ends;
}
