import type { BodyCut } from './exchange';
import type { FoundCut } from './zeroPaddedCut';

/**
 * A compressed body Firefox cut, told from the text it handed over. Firefox's
 * devtools.netmonitor.responseBodyLimit counts the bytes as they came over the wire, compressed
 * (its HAR `content.size` is that compressed size). For a gzip or deflate body over the limit
 * it keeps the limit's worth of compressed bytes, pads them with zeros to the full size and
 * decompresses that: what getContent gives (seen on ESR 153, 2,000,152 bytes of JSON sent as
 * 1,506,518 bytes of gzip) is the right text up to about the limit's worth (1,044,104 characters),
 * then one character repeated to the end (960,000 '+'), no U+0000, and a length that matches
 * nothing. Decompressing zeros repeats the symbol whose Huffman code is all zeros: one character
 * again and again. A brotli body over the limit never finishes in Firefox's network monitor (no
 * onRequestFinished, no getHAR entry, waited 75 s), so it never reaches the extension at all.
 *
 * The rule: the response has a Content-Encoding and its text ends in at least MIN_RUN of one
 * character. A JSON body ends in `}` or `]` and a finished stream in a line break, so a chat body
 * the browser kept whole does not end so.
 */
const MIN_RUN = 1024;

const contentEncodingOf = (headers: readonly { readonly name: string; readonly value: string }[]): string =>
  headers
    .find((header) => header.name.toLowerCase() === 'content-encoding')
    ?.value.trim()
    .toLowerCase() ?? '';

/** The kept part of a compressed body Firefox cut, or null when the body does not look cut. */
export function findCompressedCut(
  text: string,
  response: { readonly headers: readonly { readonly name: string; readonly value: string }[]; readonly reportedBytes?: number },
): FoundCut | null {
  const encoding = contentEncodingOf(response.headers);
  if (encoding === '' || encoding === 'identity' || text.length < MIN_RUN) return null;
  const last = text.charCodeAt(text.length - 1);
  let start = text.length - 1;
  while (start > 0 && text.charCodeAt(start - 1) === last) start -= 1;
  if (text.length - start < MIN_RUN) return null;
  const kept = text.slice(0, start);
  const cut: BodyCut = {
    keptBytes: new TextEncoder().encode(kept).length,
    totalBytes: response.reportedBytes ?? 0,
    contentEncoding: encoding,
  };
  return { text: kept, cut };
}
