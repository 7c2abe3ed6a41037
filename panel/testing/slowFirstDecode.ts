import type { CapturedExchange, DecodedExchange } from '../../decode/index';
import { decodeExchange } from '../../decode/index';

/**
 * decode/'s decodeExchange, except that its first call takes 10 ms: longer than the store's
 * per-frame decoding budget (8 ms, panelStore.ts), so the arrivals after it in the same frame are
 * listed before they are decoded. The time is spent, not faked, because the store measures it.
 */
export function slowFirstDecode(): (exchange: CapturedExchange) => DecodedExchange | null {
  let slow = true;
  return (exchange) => {
    const until = performance.now() + (slow ? 10 : 0);
    slow = false;
    while (performance.now() < until);
    return decodeExchange(exchange);
  };
}
