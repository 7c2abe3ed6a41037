import type { SettingsStorage } from './panelSettings';

/**
 * The page's localStorage, or null where merely reading `window.localStorage` throws (Firefox with
 * site data blocked throws a SecurityError): the settings then live for the session only.
 */
export function pageStorage(window: Window): SettingsStorage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
