/**
 * Cuts a recorded body into the pieces a real server writes one at a time, so a replayed stream
 * arrives in pieces like the provider's. The pieces concatenate back to the exact original bytes.
 * Works on latin1 text (one char per byte), so multi-byte UTF-8 is never cut apart.
 */
import { splitSseEvents } from '../fixtures';
import type { Framing } from './format-fixtures';

/** After each line end: NDJSON objects, AI SDK data-stream parts. */
function splitLines(body: Buffer): Buffer[] {
  const text = body.toString('latin1');
  return (text.match(/[^\n]*\n|[^\n]+$/g) ?? []).map((line) => Buffer.from(line, 'latin1'));
}

/** Gemini's JSON-array stream: a new piece starts at each line that is `,` or `]` alone. */
function splitJsonArray(body: Buffer): Buffer[] {
  const pieces: string[] = [];
  let current = '';
  for (const line of body.toString('latin1').match(/[^\n]*\n|[^\n]+$/g) ?? []) {
    if (/^[,\]]\r?\n?$/.test(line) && current !== '') {
      pieces.push(current);
      current = '';
    }
    current += line;
  }
  if (current !== '') pieces.push(current);
  return pieces.map((piece) => Buffer.from(piece, 'latin1'));
}

/** Bare text: word by word, as a text stream's deltas come. */
function splitWords(body: Buffer): Buffer[] {
  return (body.toString('latin1').match(/\S*\s*/g) ?? []).filter((word) => word !== '').map((word) => Buffer.from(word, 'latin1'));
}

export function framingUnits(body: Buffer, framing: Framing): Buffer[] {
  switch (framing) {
    case 'json':
      return [body];
    case 'sse':
      return splitSseEvents(body);
    case 'ndjson':
    case 'data-stream':
      return splitLines(body);
    case 'json-array':
      return splitJsonArray(body);
    case 'text':
      return splitWords(body);
  }
}
