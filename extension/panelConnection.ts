import type { CaptureFeed } from './captureBuffer';
import type { ThemeSource } from '../panel/source';

/**
 * The devtools page captures from the moment DevTools opens; the panel page loads only when first
 * shown. When it is shown, the devtools page receives the panel's window (`onShown(window)`, both
 * browsers) and hands it what it holds, a same-origin object, as a window property plus an event
 * for a panel that is already listening. Each DevTools window has its own devtools page, so
 * exchanges of different tabs never mix (a BroadcastChannel would mix them).
 */
export interface DevtoolsPageHandOver {
  /** Every request captured, undecoded: the panel decodes (decodedNetworkSource.ts). */
  readonly captures: CaptureFeed;
  /** The DevTools theme as tracked since DevTools opened (devtoolsTheme.ts). */
  readonly theme: ThemeSource;
}

const PROPERTY = 'llmDevtoolsPage';
const EVENT = 'llm-devtools-page';

declare global {
  interface Window {
    [PROPERTY]?: DevtoolsPageHandOver;
  }
}

/** Devtools page side. Safe to call on every show: the panel ignores a second hand-over. */
export function handOverTo(panelWindow: Window, handOver: DevtoolsPageHandOver): void {
  panelWindow[PROPERTY] = handOver;
  panelWindow.dispatchEvent(new Event(EVENT));
}

/** Panel side: resolves with what the devtools page handed over, once it has. */
export function connectToDevtoolsPage(target: Window = window): Promise<DevtoolsPageHandOver> {
  return new Promise((resolve) => {
    const existing = target[PROPERTY];
    if (existing) {
      resolve(existing);
      return;
    }
    const onHandOver = () => {
      const handOver = target[PROPERTY];
      if (!handOver) return;
      target.removeEventListener(EVENT, onHandOver);
      resolve(handOver);
    };
    target.addEventListener(EVENT, onHandOver);
  });
}
