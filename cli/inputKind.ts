/**
 * What a file holds, told by content rather than by extension: people save HARs as .json and bodies
 * as .txt. A JSON object with a `log` key is a HAR; any other JSON object is a response body; text
 * with a `data:` line is an SSE body.
 */
export type InputKind =
  | { readonly kind: 'har'; readonly har: unknown }
  | { readonly kind: 'body'; readonly text: string; readonly mimeType: 'application/json' | 'text/event-stream' }
  | { readonly kind: 'neither'; readonly reason: string };

const HAR_START = /^\s*\{\s*"log"\s*:/;
// TGI 1.4 writes `data:` without the space (see wire-formats.md); both are SSE.
const SSE_DATA_LINE = /^data:/m;

function isObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parseJson(text: string): { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly reason: string } {
  try {
    const value: unknown = JSON.parse(text);
    return { ok: true, value };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : 'invalid JSON' };
  }
}

export function classifyInput(rawText: string): InputKind {
  // Windows editors and some exporters start UTF-8 files with a byte order mark, which JSON.parse refuses.
  const text = rawText.startsWith('\uFEFF') ? rawText.slice(1) : rawText;
  if (text.trim() === '') return { kind: 'neither', reason: 'the file is empty' };
  const json = parseJson(text);
  if (json.ok) {
    if (isObject(json.value)) {
      return 'log' in json.value ? { kind: 'har', har: json.value } : { kind: 'body', text, mimeType: 'application/json' };
    }
    return { kind: 'neither', reason: 'it is JSON but not an object, so neither a HAR nor a response body' };
  }
  // A HAR cut short (disk full, interrupted save) must not pass as a non-conforming response body.
  if (HAR_START.test(text)) return { kind: 'neither', reason: `it looks like a HAR but is not valid JSON (${json.reason})` };
  if (SSE_DATA_LINE.test(text)) return { kind: 'body', text, mimeType: 'text/event-stream' };
  // A truncated JSON body is still a body: decode/ reports what is wrong with it.
  if (text.trimStart().startsWith('{')) return { kind: 'body', text, mimeType: 'application/json' };
  return { kind: 'neither', reason: 'neither a HAR nor a JSON or SSE response body' };
}
