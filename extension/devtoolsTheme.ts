import type { BrowserEvent } from './capture';
import type { DevtoolsTheme, ThemeSource } from '../panel/source';

/**
 * The part of `devtools.panels` that tells the theme; the real API in a DevTools page, a fake in
 * tests. The browsers differ (seen on Chromium 156 and Firefox ESR 153):
 * - `themeName`: Chrome says 'default' or 'dark'; Firefox 'light' or 'dark' (its 'auto' setting is
 *   resolved before extensions see it) and keeps it up to date.
 * - Firefox fires `onThemeChanged(themeName)` when the user switches theme.
 * - Chrome has no event but a single-slot `setThemeChangeHandler(callback)` (called with the new
 *   name; calling it without a callback removes the handler).
 */
export interface ThemeApi {
  readonly themeName?: unknown;
  readonly onThemeChanged?: BrowserEvent<(themeName: unknown) => void>;
  setThemeChangeHandler?(callback?: (themeName: unknown) => void): void;
}

/** 'dark' is dark; Chrome's 'default', Firefox's 'light' and anything unknown are light. */
export function themeFromName(themeName: unknown): DevtoolsTheme {
  return themeName === 'dark' ? 'dark' : 'light';
}

/**
 * The panel's ThemeSource over either browser's API. Listeners hear only real changes. The browser
 * is subscribed once, while at least one listener is (Chrome's handler slot holds one callback).
 */
export function themeSource(api: ThemeApi): ThemeSource {
  let current = themeFromName(api.themeName);
  const listeners = new Set<(theme: DevtoolsTheme) => void>();
  const onBrowserChange = (themeName: unknown) => {
    const next = themeFromName(themeName);
    if (next === current) return;
    current = next;
    for (const listener of [...listeners]) listener(next);
  };
  const subscribe = (): void => {
    if (api.onThemeChanged) api.onThemeChanged.addListener(onBrowserChange);
    else api.setThemeChangeHandler?.(onBrowserChange);
  };
  const unsubscribe = (): void => {
    if (api.onThemeChanged) api.onThemeChanged.removeListener(onBrowserChange);
    else api.setThemeChangeHandler?.();
  };
  return {
    current: () => current,
    onChanged(listener) {
      if (listeners.size === 0) subscribe();
      listeners.add(listener);
      return () => {
        if (!listeners.delete(listener)) return;
        if (listeners.size === 0) unsubscribe();
      };
    },
  };
}

/**
 * For the panel page (every page DevTools loads has `devtools.panels`): the real DevTools theme.
 * Outside DevTools (the inline shell, tests) it is light and never changes.
 */
export function devtoolsThemeSource(): ThemeSource {
  // The types promise chrome.devtools everywhere; it exists only in pages DevTools loads.
  const devtools: typeof chrome.devtools | undefined = typeof chrome === 'undefined' ? undefined : chrome.devtools;
  return themeSource(devtools?.panels ?? {});
}
