import type { BrowserEvent } from './capture';
import type { DevtoolsTheme, ThemeSource } from '../panel/source';

/**
 * The part of `devtools.panels` that tells the theme: webextension-polyfill's `browser.devtools.panels`
 * in the devtools page (themeBrowserApi below), a fake in tests. The browsers differ (seen on
 * Chromium 156 and Firefox ESR 153):
 * - `themeName`: Chrome says 'default' or 'dark', fixed when DevTools opens (every extension page
 *   reads that value, even one loaded after a switch); Firefox says 'light' or 'dark' (its 'auto'
 *   setting is resolved before extensions see it) and keeps it up to date.
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
 * Devtools page side: follows the DevTools theme from the moment DevTools opens, so a panel shown
 * later starts from the theme in force then. Chrome fixes `themeName` at DevTools' start, so a
 * panel page reading its own would open light after the user had switched to dark. The browser is
 * subscribed at once and until `stop`; the devtools page is its only subscriber (Chrome's handler
 * slot holds one callback). Listeners of `theme` hear only real changes.
 */
export function trackDevtoolsTheme(api: ThemeApi): { readonly theme: ThemeSource; stop(): void } {
  let current = themeFromName(api.themeName);
  const listeners = new Set<(theme: DevtoolsTheme) => void>();
  const onBrowserChange = (themeName: unknown) => {
    const next = themeFromName(themeName);
    if (next === current) return;
    current = next;
    for (const listener of [...listeners]) listener(next);
  };
  if (api.onThemeChanged) api.onThemeChanged.addListener(onBrowserChange);
  else api.setThemeChangeHandler?.(onBrowserChange);
  return {
    theme: {
      current: () => current,
      onChanged(listener) {
        listeners.add(listener);
        return () => {
          listeners.delete(listener);
        };
      },
    },
    stop() {
      if (api.onThemeChanged) api.onThemeChanged.removeListener(onBrowserChange);
      else api.setThemeChangeHandler?.();
    },
  };
}

/**
 * Panel page side, until the devtools page hands over its tracked theme: the theme this page was
 * given at load (`browser.devtools.panels.themeName`), so a dark DevTools does not flash light
 * first. Current in Firefox; in Chrome the one DevTools opened with. It never changes and
 * subscribes to nothing (a panel page taking Chrome's one handler slot would silence the devtools
 * page's). A name it does not know is light. (The panel page needs DevTools: in a plain tab
 * `browser.devtools` is missing, so panelHarness/ gives the tab a stand-in themeName.)
 */
export function panelPageTheme(themeName: unknown): ThemeSource {
  const theme = themeFromName(themeName);
  return { current: () => theme, onChanged: () => () => undefined };
}

/**
 * The theme API from the polyfill's `browser.devtools.panels`. The polyfill passes `themeName` and
 * Firefox's `onThemeChanged` through, but neither it nor its types know Chrome's
 * `setThemeChangeHandler` (Chrome has no theme event), so that one is read off the object as the
 * browser gave it and called with the object as `this`.
 */
export function themeBrowserApi(panels: { readonly themeName: string; readonly onThemeChanged?: ThemeApi['onThemeChanged'] }): ThemeApi {
  const setHandler: unknown = Reflect.get(panels, 'setThemeChangeHandler');
  return {
    themeName: panels.themeName,
    ...(panels.onThemeChanged ? { onThemeChanged: panels.onThemeChanged } : {}),
    ...(typeof setHandler === 'function'
      ? {
          setThemeChangeHandler: (callback?: (themeName: unknown) => void) => {
            Reflect.apply(setHandler, panels, callback ? [callback] : []);
          },
        }
      : {}),
  };
}
