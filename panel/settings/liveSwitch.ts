import type { SettingsStorage } from './panelSettings';

/** Prefix of the key the Live switch is remembered under, one per inspected origin. */
export const LIVE_KEY_PREFIX = 'llm-inspector.live:';

/**
 * The Live switch is remembered per inspected origin, in the panel page's localStorage (no storage
 * permission): turning it on for one app does not wrap `fetch` in every site the user inspects.
 * Off unless "on" was saved for that origin; storage that throws reads as off.
 */
export function rememberedLive(storage: SettingsStorage | null, origin: string): boolean {
  try {
    return storage?.getItem(LIVE_KEY_PREFIX + origin) === 'on';
  } catch {
    return false;
  }
}

export function rememberLive(storage: SettingsStorage | null, origin: string, on: boolean): void {
  try {
    storage?.setItem(LIVE_KEY_PREFIX + origin, on ? 'on' : 'off');
  } catch {
    // Storage full or blocked: the switch holds for this session only.
  }
}
