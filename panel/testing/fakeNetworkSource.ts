import type { CapturedExchange } from '../../decode/index';
import type { NetworkSource } from '../source';

/**
 * A NetworkSource driven by hand, as the shell and the tests need it: replays what it was given to
 * each new listener (as the devtools page does), then delivers what `emit` adds.
 */
export function createFakeNetworkSource(initial: readonly CapturedExchange[] = []) {
  const captured = [...initial];
  const exchangeListeners = new Set<(exchange: CapturedExchange) => void>();
  const navigationListeners = new Set<(url: string) => void>();

  const source: NetworkSource = {
    onExchange(listener) {
      for (const exchange of captured) listener(exchange);
      exchangeListeners.add(listener);
      return () => exchangeListeners.delete(listener);
    },
    onNavigated(listener) {
      navigationListeners.add(listener);
      return () => navigationListeners.delete(listener);
    },
  };

  return {
    source,
    emit(exchange: CapturedExchange): void {
      captured.push(exchange);
      for (const listener of exchangeListeners) listener(exchange);
    },
    navigate(url: string): void {
      for (const listener of navigationListeners) listener(url);
    },
    listenerCount: () => exchangeListeners.size + navigationListeners.size,
  };
}
