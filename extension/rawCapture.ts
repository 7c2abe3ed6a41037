import type { BrowserAnswer } from './browserAnswer';

/**
 * One finished request as the devtools page captured it, undecoded: the devtools page loads with
 * DevTools and must stay small, so it only routes what the browser gave and the panel page decodes
 * it (exchangeFromCapture.ts). `entry` and getContent's answer are network data, unknown until the
 * panel's codecs say otherwise.
 */
export interface RawCapture {
  /** Stable for the DevTools session; the panel's list key. */
  readonly id: string;
  readonly source: 'live' | 'backfill';
  /** When the body arrived, epoch ms: the start time of an entry whose own start is missing or unparseable. */
  readonly capturedAt: number;
  /** The devtools.network Request (Chrome, Firefox) or getHAR entry: a HAR entry as the browser shaped it. */
  readonly entry: unknown;
  /** getContent's answer in whichever shape the browser gave it (getContentBody.ts reads them all). */
  readonly content: BrowserAnswer;
}
