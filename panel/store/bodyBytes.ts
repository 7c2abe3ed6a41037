/**
 * One body as the panel's log holds it (issue 16, item 1). 10,000 bodies held as JS strings were
 * ~150 MiB on the panel's heap that every major garbage collection marked and moved, long enough
 * to stall scrolling; as UTF-8 bytes in an ArrayBuffer they sit outside the collector's moving
 * space, and text that is not Latin-1 (a 2-byte string in V8) takes about half the room. A body is
 * turned back into a string only when something reads it (the selection, a re-decode, an export):
 * `bodyText`, through a cache of the last few read in the current task, so that one read after
 * another decodes once.
 */
export type StoredBody = ArrayBuffer | string | null;

/**
 * Shorter bodies stay strings: an ArrayBuffer and its view cost a few hundred bytes of their own,
 * more than such a body, and a short string costs the collector next to nothing.
 */
export const MIN_STORED_BYTES = 1024;
const CACHED_TEXTS = 4;

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8');

/**
 * Text whose UTF-16 is not well formed (a lone surrogate, possible in an imported HAR's JSON) would
 * come back from UTF-8 with U+FFFD in its place: such a body stays a string, exact.
 */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

declare global {
  interface String {
    /** ES2024 (Chrome 111, Firefox 119): ~2 ms a MB of 2-byte text, where the regex takes ~60 ms. */
    isWellFormed?(): boolean;
  }
}

const wellFormed = (text: string): boolean => (text.isWellFormed === undefined ? !LONE_SURROGATE.test(text) : text.isWellFormed());

/**
 * Bytes held → the text they came from, most recently read last. Kept until the current task's
 * microtasks run: the reads that come in pairs (logging decodes the body it just stored; the
 * selection decodes the exchange and copies its capture) happen within one task, and text kept
 * longer would sit on the heap the bytes are there to spare (a 1 MiB stream, measured).
 */
const recent = new Map<ArrayBuffer, string>();

function remember(bytes: ArrayBuffer, text: string): void {
  if (recent.size === 0)
    queueMicrotask(() => {
      recent.clear();
    });
  recent.delete(bytes);
  recent.set(bytes, text);
  if (recent.size > CACHED_TEXTS) {
    const oldest = recent.keys().next();
    if (oldest.done !== true) recent.delete(oldest.value);
  }
}

/**
 * The body as the log holds it. The text is remembered, so decoding it right after (as logging does) costs nothing more.
 * Only the ArrayBuffer is kept, not the Uint8Array view the encoder hands back: TextDecoder reads
 * the buffer itself, and the view was another ~120 bytes of heap per body (5,909 of them at
 * 10,000 exchanges, bench/README.md round s11-heap).
 */
export function storeBody(text: string | null): StoredBody {
  if (text === null || text.length < MIN_STORED_BYTES || !wellFormed(text)) return text;
  const bytes = ownBuffer(encoder.encode(text));
  remember(bytes, text);
  return bytes;
}

/** The view's bytes as a buffer of their own: its own buffer when the view spans all of it (as the encoder's does). */
const ownBuffer = (view: Uint8Array): ArrayBuffer =>
  view.byteOffset === 0 && view.byteLength === view.buffer.byteLength && view.buffer instanceof ArrayBuffer
    ? view.buffer
    : view.slice().buffer;

/** The body's text again, exactly as it was stored. */
export function bodyText(stored: StoredBody): string | null {
  if (stored === null || typeof stored === 'string') return stored;
  const known = recent.get(stored);
  const text = known ?? decoder.decode(stored);
  remember(stored, text);
  return text;
}

/** The UTF-8 bytes of a body (what the Memory limit counts), without encoding it again. */
export function storedBodyBytes(stored: StoredBody): number {
  if (stored === null) return 0;
  return typeof stored === 'string' ? utf8Length(stored) : stored.byteLength;
}

/** Bytes held in ArrayBuffers (the part of a body outside the JS heap), for the benchmark's heap figure. */
export function bufferedBytes(stored: StoredBody): number {
  return stored instanceof ArrayBuffer ? stored.byteLength : 0;
}

/** UTF-8 length of a string, a lone surrogate counted as the 3 bytes of U+FFFD that encoding would give. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && isLowSurrogate(text.charCodeAt(index + 1))) {
      bytes += 4;
      index += 1;
    } else bytes += 3;
  }
  return bytes;
}

const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;
