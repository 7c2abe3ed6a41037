import { exchangeFromCapture } from './exchangeFromCapture';
import type { CaptureFeed } from './captureBuffer';
import type { NetworkSource } from '../panel/source';

/**
 * Panel page side: the devtools page's raw captures as the panel's NetworkSource. Each capture is
 * decoded as it is delivered (the replay included; the store subscribes once per panel page), and
 * one the codecs refuse is left out.
 */
export function decodedNetworkSource(feed: CaptureFeed): NetworkSource {
  return {
    onExchange(listener) {
      return feed.onCapture((capture) => {
        const exchange = exchangeFromCapture(capture);
        if (exchange !== null) listener(exchange);
      });
    },
    onNavigated: (listener) => feed.onNavigated(listener),
  };
}
