import type { CapturedExchange } from '../../decode/index';
import type { LiveSource, LiveStatus } from '../source';

/** A LiveSource driven by hand: what the tap would report, the page's origin, and what the panel asked of it. */
export function createFakeLiveSource() {
  const exchangeListeners = new Set<(exchange: CapturedExchange) => void>();
  const statusListeners = new Set<(status: LiveStatus) => void>();
  const originListeners = new Set<(origin: string) => void>();
  const calls: string[] = [];
  const source: LiveSource = {
    onExchange(listener) {
      exchangeListeners.add(listener);
      return () => exchangeListeners.delete(listener);
    },
    onStatus(listener) {
      statusListeners.add(listener);
      return () => statusListeners.delete(listener);
    },
    onOrigin(listener) {
      originListeners.add(listener);
      return () => originListeners.delete(listener);
    },
    setEnabled(enabled) {
      calls.push(enabled ? 'on' : 'off');
    },
    reloadAndCapture() {
      calls.push('reload');
    },
  };
  return {
    source,
    calls,
    report(exchange: CapturedExchange): void {
      for (const listener of exchangeListeners) listener(exchange);
    },
    status(status: LiveStatus): void {
      for (const listener of statusListeners) listener(status);
    },
    origin(origin: string): void {
      for (const listener of originListeners) listener(origin);
    },
  };
}
