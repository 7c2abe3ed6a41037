import { describe, expect, it } from 'vitest';
import { themeFromName, themeSource } from './devtoolsTheme';
import { FakeEvent } from './fakeDevtoolsNetwork';
import type { DevtoolsTheme } from '../panel/source';

function record() {
  const seen: DevtoolsTheme[] = [];
  return { seen, listener: (theme: DevtoolsTheme) => { seen.push(theme); } };
}

/** Chrome's devtools.panels: themeName fixed at load, one handler slot. */
function fakeChromePanels(themeName: string) {
  const api = {
    themeName,
    handler: undefined as ((themeName: unknown) => void) | undefined,
    setThemeChangeHandler(callback?: (themeName: unknown) => void) { api.handler = callback; },
  };
  return api;
}

describe('themeFromName', () => {
  it("maps Chrome's 'default' and Firefox's 'light' to light, 'dark' to dark", () => {
    expect(themeFromName('default')).toBe('light');
    expect(themeFromName('light')).toBe('light');
    expect(themeFromName('dark')).toBe('dark');
  });

  it('treats a missing or unknown name as light rather than failing', () => {
    expect(themeFromName(undefined)).toBe('light');
    expect(themeFromName('solarized')).toBe('light');
    expect(themeFromName(42)).toBe('light');
  });
});

describe('themeSource', () => {
  it('follows Firefox: themeName now, then onThemeChanged, until the last listener leaves', () => {
    const onThemeChanged = new FakeEvent<(themeName: unknown) => void>();
    const source = themeSource({ themeName: 'light', onThemeChanged });
    expect(source.current()).toBe('light');
    const { seen, listener } = record();
    const stop = source.onChanged(listener);
    onThemeChanged.fire('dark');
    expect(source.current()).toBe('dark');
    onThemeChanged.fire('light');
    stop();
    expect(onThemeChanged.listeners.size).toBe(0);
    expect(seen).toEqual(['dark', 'light']);
  });

  it('tells listeners only of real changes', () => {
    const onThemeChanged = new FakeEvent<(themeName: unknown) => void>();
    const source = themeSource({ themeName: 'dark', onThemeChanged });
    const { seen, listener } = record();
    source.onChanged(listener);
    onThemeChanged.fire('dark');
    expect(seen).toEqual([]);
  });

  it("follows Chrome: 'default' is light, changes arrive through the one setThemeChangeHandler slot", () => {
    const panels = fakeChromePanels('default');
    const source = themeSource(panels);
    expect(source.current()).toBe('light');
    const first = record();
    const second = record();
    const stopFirst = source.onChanged(first.listener);
    const stopSecond = source.onChanged(second.listener);
    panels.handler?.('dark');
    stopFirst();
    expect(panels.handler).toBeDefined();
    panels.handler?.('default');
    stopSecond();
    expect(panels.handler).toBeUndefined();
    expect(first.seen).toEqual(['dark']);
    expect(second.seen).toEqual(['dark', 'light']);
    expect(source.current()).toBe('light');
  });

  it('stays on the theme it was given when the browser offers no way to hear of changes', () => {
    const source = themeSource({ themeName: 'dark' });
    const { seen, listener } = record();
    const stop = source.onChanged(listener);
    stop();
    stop();
    expect(source.current()).toBe('dark');
    expect(seen).toEqual([]);
  });
});
