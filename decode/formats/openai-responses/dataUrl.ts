/**
 * What a `data:` URL holds, read without decoding it: its media type and the size of its payload
 * in bytes. A Responses request's `input_image.image_url` and `input_file.file_data` carry files
 * inline this way; the panel names the file by these, never by its base64.
 */
export interface DataUrlFacts {
  /** null for `data:,...` (no type given: text/plain by RFC 2397, but the sender said nothing). */
  readonly mediaType: string | null;
  readonly bytes: number;
}

const DATA_URL = /^data:([^;,]*)((?:;[^;,]*)*),/i;

/** Base64's size: three bytes per four characters, less the padding. */
const base64Bytes = (payload: string): number => {
  const padding = payload.endsWith('==') ? 2 : payload.endsWith('=') ? 1 : 0;
  return Math.max(0, Math.floor((payload.length * 3) / 4) - padding);
};

/** A percent-encoded payload's size: `%XX` is one byte, any other character its UTF-8 length. */
const percentEncodedBytes = (payload: string): number => {
  let bytes = 0;
  for (let index = 0; index < payload.length; index += 1) {
    const code = payload.charCodeAt(index);
    if (code === 0x25 && /^[0-9a-f]{2}$/i.test(payload.slice(index + 1, index + 3))) {
      bytes += 1;
      index += 2;
    } else if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    // A surrogate pair is one code point of four bytes: two per half.
    else if (code >= 0xd800 && code < 0xe000) bytes += 2;
    else bytes += 3;
  }
  return bytes;
};

/** The facts of a data: URL; undefined for any other text. */
export const dataUrlFacts = (url: string): DataUrlFacts | undefined => {
  const match = DATA_URL.exec(url);
  if (match === null) return undefined;
  const [head, type = '', parameters = ''] = match;
  const payload = url.slice(head.length);
  const base64 = parameters.toLowerCase().split(';').includes('base64');
  return { mediaType: type === '' ? null : type, bytes: base64 ? base64Bytes(payload) : percentEncodedBytes(payload) };
};
