/**
 * What windows-1252 decoding made of bytes 0x80-0x9F, by byte: the WHATWG Encoding Standard's
 * index-windows-1252 (https://encoding.spec.whatwg.org/index-windows-1252.txt). 0x81, 0x8D, 0x8F,
 * 0x90 and 0x9D have no character of their own and become the C1 controls of the same number.
 * Every other byte stands for the code point of the same number. Chromium 156 hands DevTools
 * exactly this for all 256 bytes (measured: a text/event-stream body of bytes 0x00-0xFF read back
 * through getContent). Node's TextDecoder('windows-1252') is no reference: Node 20 decodes it as
 * ISO-8859-1 (0x80 as U+0080, not U+20AC).
 */
const FROM_0x80 = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d, 0x017d, 0x008f, 0x0090,
  0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178,
] as const;

/** The byte behind each character windows-1252 decoding makes of 0x80-0x9F. */
const BYTE_OF = new Map<number, number>(FROM_0x80.map((code, index) => [code, 0x80 + index]));

/** The byte windows-1252 decoding made the character `code` of, or null when it never makes it. */
export function windows1252ByteOf(code: number): number | null {
  if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) return code;
  return BYTE_OF.get(code) ?? null;
}

/**
 * The bytes a text decoded as windows-1252 came from, or null when the text holds a character that
 * decoding never makes (a Cyrillic or CJK letter, an emoji, U+0080: text that was not decoded so).
 */
export function windows1252Bytes(text: string): Uint8Array | null {
  // Checked before anything is allocated: most text that is not mojibake fails at its first
  // character beyond windows-1252 (a Cyrillic letter, an emoji), and a body can be megabytes long.
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x80 && (code < 0xa0 || code > 0xff) && !BYTE_OF.has(code)) return null;
  }
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    bytes[i] = code < 0x80 || (code >= 0xa0 && code <= 0xff) ? code : (BYTE_OF.get(code) ?? 0);
  }
  return bytes;
}
