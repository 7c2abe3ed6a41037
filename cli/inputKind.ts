import * as E from 'fp-ts/Either';
import type { JsonRecord } from '../decode/index';
import { parseJsonValue, recordOf } from '../decode/index';

/**
 * What a file holds, told by content rather than by extension: people save HARs as .json and bodies
 * as .txt. A JSON object with a `log` key is a HAR; any other JSON object is a response body; text
 * with a `data:` line is an SSE body; lines that are each a JSON object are NDJSON (Ollama), lines
 * that each start `X:` are an AI SDK data stream. A bare text stream (the AI SDK's text protocol)
 * cannot be told from any other text by content, so it is not read as a body. A body that parsed carries its value (`parsed`), so decode/
 * need not parse the file a second time (decodeParsedJsonResponse).
 */
export type InputKind =
  | { readonly kind: 'har'; readonly har: unknown }
  | {
      readonly kind: 'body';
      readonly text: string;
      readonly mimeType: 'application/json' | 'text/event-stream' | 'application/x-ndjson' | 'text/plain';
      readonly parsed?: JsonRecord;
    }
  | { readonly kind: 'neither'; readonly reason: string };

const HAR_START = /^\s*\{\s*"log"\s*:/;
/** Ollama's streams: one JSON object per line (two or more lines do not parse as one JSON text). */
const NDJSON_LINE = /^\s*\{.*\}\s*$/;
/** The AI SDK's v4 data stream: `0:"text"`, `f:{...}`, `d:{...}`, one part per line. */
const DATA_STREAM_LINE = /^[0-9a-k]:/;
// TGI 1.4 writes `data:` without the space (see wire-formats.md); both are SSE.
const SSE_DATA_LINE = /^data:/m;

export function classifyInput(rawText: string): InputKind {
  // Windows editors and some exporters start UTF-8 files with a byte order mark, which JSON.parse refuses.
  const text = rawText.startsWith('\uFEFF') ? rawText.slice(1) : rawText;
  if (text.trim() === '') return { kind: 'neither', reason: 'the file is empty' };
  // No depth limit here: a HAR is only read through io-ts codecs, and decode/ checks a body's
  // depth (and its integers beyond 2^53) on the value parsed here.
  const json = parseJsonValue(text, Number.POSITIVE_INFINITY);
  if (E.isRight(json)) {
    const object = recordOf(json.right);
    if (object !== undefined) {
      return 'log' in object ? { kind: 'har', har: object } : { kind: 'body', text, mimeType: 'application/json', parsed: object };
    }
    // Gemini's stream without `alt=sse` is one JSON array of response objects.
    if (Array.isArray(json.right) && json.right.length > 0 && json.right.every((item) => recordOf(item) !== undefined)) {
      return { kind: 'body', text, mimeType: 'application/json' };
    }
    return { kind: 'neither', reason: 'it is JSON but neither an object nor an array of objects, so neither a HAR nor a response body' };
  }
  // A HAR cut short (disk full, interrupted save) must not pass as a non-conforming response body.
  if (HAR_START.test(text)) return { kind: 'neither', reason: `it looks like a HAR but is not valid JSON (${json.left.message})` };
  if (SSE_DATA_LINE.test(text)) return { kind: 'body', text, mimeType: 'text/event-stream' };
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '');
  if (lines.every((line) => NDJSON_LINE.test(line))) return { kind: 'body', text, mimeType: 'application/x-ndjson' };
  if (lines.every((line) => DATA_STREAM_LINE.test(line))) return { kind: 'body', text, mimeType: 'text/plain' };
  // A truncated JSON body is still a body: decode/ reports what is wrong with it.
  if (text.trimStart().startsWith('{')) return { kind: 'body', text, mimeType: 'application/json' };
  return { kind: 'neither', reason: 'neither a HAR nor a response body (JSON, SSE, NDJSON or an AI SDK data stream)' };
}
