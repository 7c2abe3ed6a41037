import * as t from 'io-ts';
import { isRight } from 'fp-ts/Either';
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
 */
export function exchangeFromCapture(capture: RawCapture): CapturedExchange | null {
  const entry = HarEntry.decode(capture.entry);
  if (!isRight(entry)) return null;
  const reportedBytes = ReportedSize.is(capture.entry) ? capture.entry.response.content.size : undefined;
  const contentType = contentTypeOf(entry.right.response?.headers ?? [], entry.right.response?.content?.mimeType ?? '');
  const noStore = (entry.right.response?.headers ?? []).some(
    (header) => header.name.toLowerCase() === 'cache-control' && /(?:^|,)\s*no-store\s*(?:,|$)/i.test(header.value),
  );
  const body = bodyFromAnswer(capture.content, { reportedBytes, contentType, noStore });
  return harEntryWithBody(entry.right, body, { id: capture.id, source: capture.source, fallbackStart: capture.capturedAt });
}
