/**
 * How capture is going, for the panel to explain an empty or partial list instead of looking
 * broken. The devtools page starts capturing when DevTools opens; requests the page made before
 * that are in neither browser's log, and getHAR (the backfill) holds only what DevTools logged
 * before the devtools page loaded. In Firefox that log starts with its network monitor, which
 * Firefox ESR 153 starts for the devtools page's own first getHAR or onRequestFinished call (before
 * Firefox 61 the Network panel had to be opened once): its backfill is nearly always empty.
 */
export type BrowserName = 'chrome' | 'firefox';

export type BackfillOutcome =
  | { readonly state: 'pending' }
  /** getHAR answered; `entries` requests (of any kind) were logged before capture started. */
  | { readonly state: 'done'; readonly entries: number }
  | { readonly state: 'failed'; readonly reason: string };

export interface CaptureStatus {
  readonly browser: BrowserName;
  readonly backfill: BackfillOutcome;
}

/** Which browser runs this page, from its own URL (moz-extension: is Firefox's scheme). */
export function browserOfPage(pageUrl: string): BrowserName {
  return pageUrl.startsWith('moz-extension:') ? 'firefox' : 'chrome';
}
