import type { RawCapture } from './rawCapture';
import type { BackfillOutcome, BrowserName, CaptureStatus } from './captureStatus';

/** What the panel page reads from the devtools page's buffer (handed over by panelConnection.ts). */
export interface CaptureFeed {
  /**
   * Replays every capture held (oldest first) and lets go of it, then delivers each new one without
   * holding it: each capture reaches one subscription (the panel page subscribes once per page load).
   */
  onCapture(listener: (capture: RawCapture) => void): () => void;
  /** The inspected page loaded a new document (not a pushState route change). */
  onNavigated(listener: (url: string) => void): () => void;
  /** The current capture status at once, then every change (see captureStatus.ts). */
  onCaptureStatus(listener: (status: CaptureStatus) => void): () => void;
}

/**
 * A listener that throws (a bug in the panel page) must neither stop the rest of a replay nor reach
 * capture.ts, whose next request would then never be handed over: its error is reported as an
 * uncaught one, in the devtools page's console, after the hand-over.
 */
function deliver(listener: (capture: RawCapture) => void, capture: RawCapture, report: (error: unknown) => void): void {
  try {
    listener(capture);
  } catch (error) {
    report(error);
  }
}

const reportUncaught = (error: unknown): void => {
  queueMicrotask(() => {
    throw error;
  });
};

/**
 * Holds what the devtools page captured so the panel, which loads only when first shown, still
 * gets every request that finished before it (the devtools page loads as soon as DevTools opens).
 * Bounded: past `limit` the oldest are dropped, so hours of traffic cannot exhaust memory. Each
 * capture is handed over once and then let go: the panel page keeps its own log, so a panel page
 * that is reloaded starts with what finished after its predecessor left (pagehide), not with that
 * predecessor's rows (holding them here again would be the second copy this avoids).
 */
export class CaptureBuffer implements CaptureFeed {
  /**
   * Oldest first from `head`; the slots before it were dropped. Dropping one at a time with
   * `splice(0, 1)` would move 5,000 entries on every add of a long session, so dropped slots are
   * cleared (nothing keeps their bodies alive) and the array is compacted once they are half of it.
   */
  private captures: (RawCapture | undefined)[] = [];
  private head = 0;
  private readonly captureListeners = new Set<(capture: RawCapture) => void>();
  private readonly navigationListeners = new Set<(url: string) => void>();
  private readonly statusListeners = new Set<(status: CaptureStatus) => void>();
  private status: CaptureStatus;

  constructor(
    private readonly limit = 5_000,
    browser: BrowserName = 'chrome',
    /** Where a throwing listener's error goes (tests collect it). */
    private readonly reportError: (error: unknown) => void = reportUncaught,
  ) {
    this.status = { browser, backfill: { state: 'pending' } };
  }

  add(capture: RawCapture): void {
    // A panel that listens keeps the exchange in its own log (within its Memory limits): holding its
    // bodies here too was a second copy of up to 5,000 in the same renderer (~75 MiB at the panel
    // benchmark's 10,000 exchanges, once the panel held its own as bytes; issue 16).
    if (this.captureListeners.size > 0) {
      for (const listener of this.captureListeners) deliver(listener, capture, this.reportError);
      return;
    }
    this.captures.push(capture);
    if (this.captures.length - this.head > this.limit) {
      this.captures[this.head] = undefined;
      this.head += 1;
      if (this.head * 2 >= this.captures.length) {
        this.captures.splice(0, this.head);
        this.head = 0;
      }
    }
  }

  /**
   * A new document: what the buffer held belongs to the previous one, so a panel opened from now on
   * starts with this document's requests, as the Network panel does. A panel already listening is
   * told and decides by its Preserve log setting.
   */
  navigated(url: string): void {
    this.captures.length = 0;
    this.head = 0;
    for (const listener of this.navigationListeners) listener(url);
  }

  /**
   * Replays what it holds, then lets go of it: the listener (the panel page, which subscribes once)
   * has it now. While anyone listens nothing is held; after the last one leaves, it holds again.
   */
  onCapture(listener: (capture: RawCapture) => void): () => void {
    const held = this.captures;
    const first = this.head;
    this.captures = [];
    this.head = 0;
    for (let index = first; index < held.length; index += 1) {
      const capture = held[index];
      if (capture !== undefined) deliver(listener, capture, this.reportError);
    }
    this.captureListeners.add(listener);
    return () => {
      this.captureListeners.delete(listener);
    };
  }

  backfilled(outcome: BackfillOutcome): void {
    this.status = { ...this.status, backfill: outcome };
    for (const listener of this.statusListeners) listener(this.status);
  }

  onCaptureStatus(listener: (status: CaptureStatus) => void): () => void {
    listener(this.status);
    this.statusListeners.add(listener);
    return () => {
      this.statusListeners.delete(listener);
    };
  }

  onNavigated(listener: (url: string) => void): () => void {
    this.navigationListeners.add(listener);
    return () => {
      this.navigationListeners.delete(listener);
    };
  }
}
