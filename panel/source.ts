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

/** What the Live switch shows besides on/off (extension/live/liveDriver.ts keeps it). */
export type LiveStatus = {
  /** The inspected page is being polled. */
  readonly polling: boolean;
  /** Why Live cannot run on this page (the browser's own pages, store pages refuse eval); null when it can. */
  readonly unavailable: string | null;
  /** Drains that were not the tap's data (too large, not JSON, wrong shape): the page forged or broke the tap. */
  readonly rejectedDrains: number;
  readonly lastRejection: string | null;
  /** Chunks the tap's bounded buffer in the page dropped since it was installed. */
  readonly droppedChunks: number;
};

/**
 * Live capture (issue 14): a tap in the inspected page reports requests while they are in flight.
 * extension/live/ implements it with `devtools.inspectedWindow.eval`; the panel owns the switch.
 */
export interface LiveSource {
  /**
   * Each request the tap saw, as the page reported it (`tapped.confirmed` false): first when it
   * starts, again as its chunks arrive, last when it ends. The same id each time.
   */
  onExchange(listener: (exchange: CapturedExchange) => void): () => void;
  onStatus(listener: (status: LiveStatus) => void): () => void;
  /** The inspected page's origin (the switch is remembered per origin): now, and after each navigation. */
  onOrigin(listener: (origin: string) => void): () => void;
  /** On: install the tap and poll it. Off: stop polling at once (the tap goes with the next navigation). */
  setEnabled(enabled: boolean): void;
  /** Reload the page with the tap installed before its own scripts run. */
  reloadAndCapture(): void;
}
