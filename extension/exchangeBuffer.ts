import type { CapturedExchange } from '../decode/exchange';
import type { NetworkSource } from '../panel/source';
import type { BackfillOutcome, BrowserName, CaptureStatus } from './captureStatus';

/**
 * Holds what the devtools page captured so the panel, which loads only when first shown, still
 * gets every exchange that finished before it (the devtools page loads as soon as DevTools opens).
 * Bounded: past `limit` the oldest are dropped, so hours of traffic cannot exhaust memory.
 */
export class ExchangeBuffer implements NetworkSource {
  private readonly exchanges: CapturedExchange[] = [];
  private readonly exchangeListeners = new Set<(exchange: CapturedExchange) => void>();
  private readonly navigationListeners = new Set<(url: string) => void>();
  private readonly statusListeners = new Set<(status: CaptureStatus) => void>();
  private status: CaptureStatus;

  constructor(private readonly limit = 5_000, browser: BrowserName = 'chrome') {
    this.status = { browser, backfill: { state: 'pending' } };
  }

  add(exchange: CapturedExchange): void {
    this.exchanges.push(exchange);
    if (this.exchanges.length > this.limit) this.exchanges.splice(0, this.exchanges.length - this.limit);
    for (const listener of this.exchangeListeners) listener(exchange);
  }

  /**
   * A new document: what the buffer held belongs to the previous one, so a panel opened from now on
   * starts with this document's exchanges, as the Network panel does. A panel already listening is
   * told and decides by its Preserve log setting.
   */
  navigated(url: string): void {
    this.exchanges.length = 0;
    for (const listener of this.navigationListeners) listener(url);
  }

  onExchange(listener: (exchange: CapturedExchange) => void): () => void {
    for (const exchange of this.exchanges) listener(exchange);
    this.exchangeListeners.add(listener);
    return () => { this.exchangeListeners.delete(listener); };
  }

  backfilled(outcome: BackfillOutcome): void {
    this.status = { ...this.status, backfill: outcome };
    for (const listener of this.statusListeners) listener(this.status);
  }

  /** The current capture status at once, then every change (see captureStatus.ts). */
  onCaptureStatus(listener: (status: CaptureStatus) => void): () => void {
    listener(this.status);
    this.statusListeners.add(listener);
    return () => { this.statusListeners.delete(listener); };
  }

  onNavigated(listener: (url: string) => void): () => void {
    this.navigationListeners.add(listener);
    return () => { this.navigationListeners.delete(listener); };
  }
}
