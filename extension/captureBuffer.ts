import type { RawCapture } from './rawCapture';
import type { BackfillOutcome, BrowserName, CaptureStatus } from './captureStatus';

/** What the panel page reads from the devtools page's buffer (handed over by panelConnection.ts). */
export interface CaptureFeed {
  /** Replays every capture held (oldest first), then delivers each new one. */
  onCapture(listener: (capture: RawCapture) => void): () => void;
  /** The inspected page loaded a new document (not a pushState route change). */
  onNavigated(listener: (url: string) => void): () => void;
  /** The current capture status at once, then every change (see captureStatus.ts). */
  onCaptureStatus(listener: (status: CaptureStatus) => void): () => void;
}

/**
 * Holds what the devtools page captured so the panel, which loads only when first shown, still
 * gets every request that finished before it (the devtools page loads as soon as DevTools opens).
 * Bounded: past `limit` the oldest are dropped, so hours of traffic cannot exhaust memory. Handed
 * over, they are let go: the panel keeps its own log.
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
  ) {
    this.status = { browser, backfill: { state: 'pending' } };
  }

  add(capture: RawCapture): void {
    // A panel that listens keeps the exchange in its own log (within its Memory limits): holding its
    // bodies here too was a second copy of up to 5,000 in the same renderer (~75 MiB at the panel
    // benchmark's 10,000 exchanges, once the panel held its own as bytes; issue 16).
    if (this.captureListeners.size > 0) {
      for (const listener of this.captureListeners) listener(capture);
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
      if (capture !== undefined) listener(capture);
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
