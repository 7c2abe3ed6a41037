import type { CapturedExchange } from '../decode/index';

/**
 * Everything the panel knows of the browser. extension/ implements it on top of the devtools
 * network API (decoding the devtools page's raw captures in the panel page,
 * extension/decodedNetworkSource.ts); tests and the inline shell implement it with fakes. Every subscription returns its
 * disposer.
 */
export interface NetworkSource {
  /** Replays every exchange captured so far (oldest first), then delivers each new one. */
  onExchange(listener: (exchange: CapturedExchange) => void): () => void;
  /** The inspected page loaded a new document (not a pushState route change). */
  onNavigated(listener: (url: string) => void): () => void;
}

export type DevtoolsTheme = 'light' | 'dark';

/**
 * The DevTools theme. In the extension the devtools page tracks it from the moment DevTools opens
 * and hands it over with the captures (extension/devtoolsTheme.ts), so a switch made before the
 * panel was first shown is not missed.
 */
export interface ThemeSource {
  current(): DevtoolsTheme;
  /** Fires when the user switches the DevTools theme. */
  onChanged(listener: (theme: DevtoolsTheme) => void): () => void;
}
