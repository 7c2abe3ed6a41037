import * as t from 'io-ts';
import { HarEntry, harEntryWithBody } from '../decode/index';
import { contentTypeOf } from '../decode/index';
import { bodyFromAnswer } from './getContentBody';
import type { CapturedExchange } from '../decode/index';
import type { RawCapture } from './rawCapture';

/** The body size the browser reports in the entry (HAR `response.content.size`), when it is a number. */
const ReportedSize = t.type({ response: t.type({ content: t.type({ size: t.number }) }) });

/**
 * Panel page side: one raw capture from the devtools page as a CapturedExchange. A devtools.network
 * Request is a HAR entry plus getContent; a value the HAR codec refuses has nothing to show and
 * gives null. A body the browser cut (decode/zeroPaddedCut.ts) keeps its kept part and says so
 * in `bodyCut`; UTF-8 the browser decoded as windows-1252 is re-read (decode/utf8Reread.ts).
 * Never throws.
 *
 * The entry is checked with the codec's `is`, not `decode`: both accept exactly the same values
 * (HarEntry has no codec that transforms), but `decode` builds an io-ts context for every key it
 * visits and a new object wherever an intersection merges, for each of 10,000 exchanges; `is`
 * allocates nothing and the checked value is then used as is (bench/README.md, round s9 delivery).
 */
export function exchangeFromCapture(capture: RawCapture): CapturedExchange | null {
  const entry = capture.entry;
  if (!HarEntry.is(entry)) return null;
  const reportedBytes = ReportedSize.is(entry) ? entry.response.content.size : undefined;
  const headers = entry.response?.headers ?? [];
  const contentType = contentTypeOf(headers, entry.response?.content?.mimeType ?? '');
  // Asked only when the body is missing: most captures have one, and 10,000 of them need no header scan.
  const noStore = (): boolean =>
    headers.some((header) => header.name.toLowerCase() === 'cache-control' && /(?:^|,)\s*no-store\s*(?:,|$)/i.test(header.value));
  const body = bodyFromAnswer(capture.content, { reportedBytes, contentType, noStore });
  return harEntryWithBody(entry, body, { id: capture.id, source: capture.source, fallbackStart: capture.capturedAt });
}
