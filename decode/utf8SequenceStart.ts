import { windows1252ByteOf } from './windows1252';

/**
 * Whether the bytes behind `text` from its first non-ASCII character at `at` (text as windows-1252
 * decoding made it, windows1252.ts) can open a UTF-8 sequence: a lead byte C2-F4 and then a
 * continuation byte 80-BF (RFC 3629 §4). Bytes before `at` are ASCII, so if these two cannot open
 * a sequence the whole text is not valid UTF-8 and needs no re-reading.
 *
 * Why it is checked first: most bodies beyond ASCII that reach the re-read hold characters
 * windows-1252 decoding also makes (°, –, —, ’, É) and were decoded right (Firefox, an application/*
 * type): mapping all of such a body to bytes and failing the UTF-8 decode cost a pass and a buffer
 * over every character, about a quarter of a second over the panel benchmark's 10,000 exchanges
 * (bench/panelScale.ts, a CPU profile). Such text fails here at its first non-ASCII character: ° is
 * B0, a continuation byte with no lead; "é " is E9 then a space, a lead byte without its continuation.
 */
export function opensUtf8Sequence(text: string, at: number): boolean {
  const lead = windows1252ByteOf(text.charCodeAt(at));
  const next = windows1252ByteOf(text.charCodeAt(at + 1));
  return lead !== null && lead >= 0xc2 && lead <= 0xf4 && next !== null && next >= 0x80 && next <= 0xbf;
}
