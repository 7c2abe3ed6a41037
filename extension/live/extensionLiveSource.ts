import type { CapturedExchange } from '../../decode/index';
import type { LiveSource, LiveStatus } from '../../panel/source';
import { answeredValue, withinTimeout } from '../browserAnswer';
import { evalAnswerOf } from './evalAnswer';
import { createLiveDriver } from './liveDriver';
import type { InspectedPage, TapExpressions, Timers } from './liveDriver';
import { createLiveExchanges } from './liveExchanges';
import { DEFAULT_TAP_CONFIG, tapDrainExpression, tapInjectedScript, tapInstallExpression } from './pageTap';

/** The tap's expressions with the default config (pageTap.ts). */
export const defaultTapExpressions = (): TapExpressions => ({
  install: tapInstallExpression(DEFAULT_TAP_CONFIG),
  drain: tapDrainExpression(),
  injectedScript: tapInjectedScript(DEFAULT_TAP_CONFIG),
});

type Options = {
  readonly page: InspectedPage;
  readonly expressions: TapExpressions;
  readonly timers: Timers;
  /** The browser's navigations of the inspected tab (the devtools page's onNavigated): the origin follows them. */
  readonly onNavigated: (listener: (url: string) => void) => () => void;
  readonly now: () => number;
};

const originOf = (url: string): string | null => {
  try {
    const { origin } = new URL(url);
    return origin === 'null' ? url : origin;
  } catch {
    return null;
  }
};

/**
 * The panel's LiveSource in the extension: the polling driver (liveDriver.ts) and the drained
 * requests as exchanges (liveExchanges.ts). The inspected origin comes from the page's location at
 * first (read once; `location` cannot be redefined by the page) and from the browser's navigations after.
 */
export function extensionLiveSource({ page, expressions, timers, onNavigated, now }: Options): LiveSource & { dispose(): void } {
  const exchangeListeners = new Set<(exchange: CapturedExchange) => void>();
  const statusListeners = new Set<(status: LiveStatus) => void>();
  const originListeners = new Set<(origin: string) => void>();
  let origin: string | null = null;
  const exchanges = createLiveExchanges((exchange) => {
    for (const listener of exchangeListeners) listener(exchange);
  });
  const driver = createLiveDriver({
    page,
    expressions,
    timers,
    onDrain: (drain) => {
      exchanges.take(drain, now());
    },
    onStatus: (status) => {
      for (const listener of statusListeners) listener(status);
    },
  });
  const setOrigin = (next: string | null): void => {
    if (next === null || next === origin) return;
    origin = next;
    for (const listener of originListeners) listener(next);
  };
  void withinTimeout(() => page.eval('location.href'), 5_000).then((answer) => {
    const evaluated = answer.via === 'failure' ? null : evalAnswerOf(answeredValue(answer));
    if (origin === null && evaluated?.ok === true && typeof evaluated.result === 'string') setOrigin(originOf(evaluated.result));
  });
  const stopNavigations = onNavigated((url) => {
    setOrigin(originOf(url));
  });

  const subscribe =
    <T>(listeners: Set<(value: T) => void>) =>
    (listener: (value: T) => void): (() => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    };

  return {
    onExchange: subscribe(exchangeListeners),
    onStatus(listener) {
      listener(driver.status());
      return subscribe(statusListeners)(listener);
    },
    onOrigin(listener) {
      if (origin !== null) listener(origin);
      return subscribe(originListeners)(listener);
    },
    setEnabled(enabled) {
      if (enabled) {
        exchanges.resume();
        driver.start();
        return;
      }
      driver.stop();
      // Nothing will report the end of what is open now: its rows stop being busy.
      exchanges.stop(now());
    },
    reloadAndCapture() {
      exchanges.resume();
      driver.reloadAndCapture();
      driver.start();
    },
    dispose() {
      driver.stop();
      stopNavigations();
    },
  };
}
