import type { BodyCut } from './exchange';

/**
 * A body the browser cut, told from the text it handed over (getContent, or a HAR Firefox saved).
 * Firefox keeps at most devtools.netmonitor.responseBodyLimit bytes (default 1 MiB) of a body for
 * DevTools and sets no
 * flag an extension can read; what getContent and getHAR give for a longer body (seen on Firefox
 * ESR 153, `response.content.size` the full size) is the kept bytes followed by one U+0000 for each
 * byte it dropped: its decodeResponseChunks copies the kept chunks into a buffer sized for the
 * whole body. Valid JSON never holds a raw U+0000 and a finished event stream ends in a line
 * break, so a body ending in U+0000 is a cut, at the first of them.
 */
export interface FoundCut {
  /** The kept part, as readable text. */
  readonly text: string;
  readonly cut: BodyCut;
}

/** UTF-8 bytes of text as TextEncoder would write it (a lone surrogate as the 3 bytes of U+FFFD). */
function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i += 1;
    } else bytes += 3;
  }
  return bytes;
}

/** Where bytes end before a character the cut split: the lead byte of an incomplete last sequence. */
function wholeCharactersEnd(bytes: Uint8Array): number {
  for (let back = 1; back <= 3 && back <= bytes.length; back++) {
    const byte = bytes[bytes.length - back] ?? 0;
    if ((byte & 0xc0) === 0x80) continue;
    const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return length > back ? bytes.length - back : bytes.length;
  }
  return bytes.length;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * When the cut splits a multi-byte character, Firefox's UTF-8 conversion of the kept bytes fails
 * and it hands them over one character per byte ("cafÃ©" for "café"): its
 * NetworkHelper.convertToUnicode returns its input on failure (seen on ESR 153 with a stream whose
 * pieces split an "é"). Read back as UTF-8 when every character is a byte, the bytes are valid
 * UTF-8 up to the character the cut split, and they hold at least one multi-byte character;
 * otherwise null.
 */
function utf8FromBytes(text: string): string | null {
  const bytes = new Uint8Array(text.length);
  let high = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 0xff) return null;
    if (code >= 0x80) high = true;
    bytes[i] = code;
  }
  if (!high) return null;
  let decoded: string;
  try {
    decoded = strictUtf8.decode(bytes.subarray(0, wholeCharactersEnd(bytes)));
  } catch {
    return null;
  }
  // Only a multi-byte character proves the text was bytes: "café" cut right after the é is not.
  for (let i = 0; i < decoded.length; i++) if (decoded.charCodeAt(i) > 0x7f) return decoded;
  return null;
}

/** The cut in a body as the browser handed it over, or null when it ends otherwise. */
export function findBrowserCut(text: string): FoundCut | null {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 0) end -= 1;
  const dropped = text.length - end;
  if (dropped === 0) return null;
  const kept = text.slice(0, end);
  const asUtf8 = utf8FromBytes(kept);
  // One U+0000 stands for one dropped byte; the kept part counts in the bytes it arrived as.
  const keptBytes = asUtf8 === null ? utf8Length(kept) : kept.length;
  return { text: asUtf8 ?? kept, cut: { keptBytes, totalBytes: keptBytes + dropped } };
}
