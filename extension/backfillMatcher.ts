import { propertyOf } from './browserAnswer';

/**
 * A key for matching one request seen both by getHAR and by onRequestFinished: start time, method
 * and URL. Null when the value is no request at all (no string method and URL), which capture
 * ignores. The start is read as the panel's HAR codec reads it (decode/har.ts), `fallbackStart`
 * standing in for a missing or unparseable one, so both agree on which request this is.
 */
export function requestKey(entry: unknown, fallbackStart: number): string | null {
  const request = propertyOf(entry, 'request');
  const method = propertyOf(request, 'method');
  const url = propertyOf(request, 'url');
  if (typeof method !== 'string' || typeof url !== 'string') return null;
  const startedDateTime = propertyOf(entry, 'startedDateTime');
  const started = typeof startedDateTime === 'string' ? Date.parse(startedDateTime) : Number.NaN;
  return `${Number.isFinite(started) ? started : fallbackStart}|${method}|${url}`;
}

/**
 * A request that finishes while DevTools opens can arrive both from getHAR and from
 * onRequestFinished. Keys (start time, method, URL) are matched as a multiset between the two
 * routes, so one copy is dropped but distinct requests with equal keys (a burst to one URL within a
 * millisecond) are all kept. Once the backfill is done, live exchanges pass without bookkeeping.
 */
export class BackfillMatcher {
  private readonly counts = { live: new Map<string, number>(), backfill: new Map<string, number>() };
  private done = false;

  claim(key: string, source: 'live' | 'backfill'): boolean {
    if (this.done) return true;
    const other = this.counts[source === 'live' ? 'backfill' : 'live'];
    const matched = other.get(key) ?? 0;
    if (matched > 0) {
      other.set(key, matched - 1);
      return false;
    }
    const mine = this.counts[source];
    mine.set(key, (mine.get(key) ?? 0) + 1);
    return true;
  }

  finish(): void {
    this.done = true;
    this.counts.live.clear();
    this.counts.backfill.clear();
  }
}
