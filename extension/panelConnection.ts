import type { NetworkSource } from '../panel/source';

/**
 * The devtools page captures from the moment DevTools opens; the panel page loads only when first
 * shown. When it is shown, the devtools page receives the panel's window (`onShown(window)`, both
 * browsers) and hands it the capture, a same-origin object, as a window property plus an event for
 * a panel that is already listening. Each DevTools window has its own devtools page, so exchanges
 * of different tabs never mix (a BroadcastChannel would mix them).
 */
const PROPERTY = 'llmNetworkSource';
const EVENT = 'llm-network-source';

declare global {
  interface Window {
    [PROPERTY]?: NetworkSource;
  }
}

/** Devtools page side. Safe to call on every show: the panel ignores a second hand-over. */
export function handOverTo(panelWindow: Window, source: NetworkSource): void {
  panelWindow[PROPERTY] = source;
  panelWindow.dispatchEvent(new Event(EVENT));
}

/** Panel side: resolves with the devtools page's capture once it has been handed over. */
export function connectToDevtoolsPage(target: Window = window): Promise<NetworkSource> {
  return new Promise((resolve) => {
    const existing = target[PROPERTY];
    if (existing) {
      resolve(existing);
      return;
    }
    const onHandOver = () => {
      const source = target[PROPERTY];
      if (!source) return;
      target.removeEventListener(EVENT, onHandOver);
      resolve(source);
    };
    target.addEventListener(EVENT, onHandOver);
  });
}
