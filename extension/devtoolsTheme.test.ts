import { describe, expect, it } from 'vitest';
import { panelPageTheme, themeBrowserApi, themeFromName, trackDevtoolsTheme } from './devtoolsTheme';
import { FakeEvent } from './fakeDevtoolsNetwork';
import type { DevtoolsTheme } from '../panel/source';

function record() {
  const seen: DevtoolsTheme[] = [];
  return {
    seen,
    listener: (theme: DevtoolsTheme) => {
      seen.push(theme);
    },
  };
}

/** Chrome's devtools.panels: themeName fixed when DevTools opens, one handler slot per extension. */
function fakeChromePanels(themeName: string) {
  const api = {
    themeName,
    handler: undefined as ((themeName: unknown) => void) | undefined,
    // `this`, as Chrome's own method needs it: a handler detached from its object would be lost.
    setThemeChangeHandler(this: { handler: unknown }, callback?: (themeName: unknown) => void) {
      this.handler = callback;
    },
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

describe('trackDevtoolsTheme (devtools page)', () => {
  it('remembers a switch to dark made before any panel listened (Chrome: the panel opened light)', () => {
    const panels = fakeChromePanels('default');
    const { theme } = trackDevtoolsTheme(panels);
    // DevTools opened light; the user switches to dark before showing the LLM panel.
    panels.handler?.('dark');
    // The panel page connects now: it must start dark, and follow the next switch.
    expect(theme.current()).toBe('dark');
    const panel = record();
    theme.onChanged(panel.listener);
    panels.handler?.('default');
    expect(panel.seen).toEqual(['light']);
    expect(theme.current()).toBe('light');
  });

  it('follows Firefox: themeName now, then onThemeChanged, heard from the start until stopped', () => {
    const onThemeChanged = new FakeEvent<(themeName: unknown) => void>();
    const tracked = trackDevtoolsTheme({ themeName: 'light', onThemeChanged });
    expect(tracked.theme.current()).toBe('light');
    onThemeChanged.fire('dark');
    expect(tracked.theme.current()).toBe('dark');
    const { seen, listener } = record();
    const stopListening = tracked.theme.onChanged(listener);
    onThemeChanged.fire('light');
    stopListening();
    onThemeChanged.fire('dark');
    expect(seen).toEqual(['light']);
    expect(onThemeChanged.listeners.size).toBe(1);
    tracked.stop();
    expect(onThemeChanged.listeners.size).toBe(0);
  });

  it('tells listeners only of real changes', () => {
    const onThemeChanged = new FakeEvent<(themeName: unknown) => void>();
    const { theme } = trackDevtoolsTheme({ themeName: 'dark', onThemeChanged });
    const { seen, listener } = record();
    theme.onChanged(listener);
    onThemeChanged.fire('dark');
    expect(seen).toEqual([]);
  });

  it("takes Chrome's one handler slot at once and gives it back when stopped", () => {
    const panels = fakeChromePanels('dark');
    const tracked = trackDevtoolsTheme(panels);
    expect(panels.handler).toBeDefined();
    const first = record();
    const second = record();
    tracked.theme.onChanged(first.listener);
    tracked.theme.onChanged(second.listener);
    panels.handler?.('default');
    expect(first.seen).toEqual(['light']);
    expect(second.seen).toEqual(['light']);
    tracked.stop();
    expect(panels.handler).toBeUndefined();
  });

  it('stays on the theme it was given when the browser offers no way to hear of changes', () => {
    const tracked = trackDevtoolsTheme({ themeName: 'dark' });
    const { seen, listener } = record();
    tracked.theme.onChanged(listener)();
    tracked.stop();
    expect(tracked.theme.current()).toBe('dark');
    expect(seen).toEqual([]);
  });
});

describe('panelPageTheme (panel page, until the hand-over)', () => {
  it("follows the panel page's own themeName and never changes", () => {
    const theme = panelPageTheme('dark');
    expect(theme.current()).toBe('dark');
    const seen: DevtoolsTheme[] = [];
    theme.onChanged((next) => {
      seen.push(next);
    })();
    expect(seen).toEqual([]);
  });

  it('is light outside DevTools (a panel page in a tab has no themeName)', () => {
    expect(panelPageTheme(undefined).current()).toBe('light');
  });
});

describe("themeBrowserApi (the polyfill's devtools.panels)", () => {
  it("reaches Chrome's setThemeChangeHandler, which the polyfill's types do not know, with panels as this", () => {
    const panels = fakeChromePanels('default');
    const tracked = trackDevtoolsTheme(themeBrowserApi(panels));
    panels.handler?.('dark');
    expect(tracked.theme.current()).toBe('dark');
    tracked.stop();
    expect(panels.handler).toBeUndefined();
  });

  it("uses Firefox's onThemeChanged when the browser has it", () => {
    const onThemeChanged = new FakeEvent<(themeName: unknown) => void>();
    const tracked = trackDevtoolsTheme(themeBrowserApi({ themeName: 'light', onThemeChanged }));
    onThemeChanged.fire('dark');
    expect(tracked.theme.current()).toBe('dark');
  });
});
