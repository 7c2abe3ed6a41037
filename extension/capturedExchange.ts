import { isRight } from 'fp-ts/Either';
import { HarEntry, harEntryToExchange } from '../decode/har';
import { bodyFromAnswer } from './responseBody';
import type { CapturedExchange } from '../decode/exchange';
import type { RawCapture } from './rawCapture';

/**
 * Panel page side: one raw capture from the devtools page as a CapturedExchange. A devtools.network
 * Request is a HAR entry plus getContent; a value the HAR codec refuses has nothing to show and
 * gives null. Never throws.
 */
export function capturedExchange(capture: RawCapture): CapturedExchange | null {
  const entry = HarEntry.decode(capture.entry);
  if (!isRight(entry)) return null;
  return harEntryToExchange(entry.right, bodyFromAnswer(capture.content), { id: capture.id, source: capture.source, fallbackStart: capture.capturedAt });
}
