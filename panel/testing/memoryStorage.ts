import { SETTINGS_KEY } from '../settings/panelSettings';
import type { SettingsStorage } from '../settings/panelSettings';

/** The panel page's localStorage as a Map, for settings tests; `stored()` is the saved settings object. */
export function memoryStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  const storage: SettingsStorage = {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => {
      items.set(key, value);
    },
  };
  return { storage, stored: (): unknown => JSON.parse(items.get(SETTINGS_KEY) ?? 'null') };
}
