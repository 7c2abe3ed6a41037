// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { DevtoolsTheme, ThemeSource } from '../source';
import { followTheme } from './applyTheme';

/** A DevTools theme the test switches by hand, as Firefox's onThemeChanged would. */
function fakeThemeSource(initial: DevtoolsTheme) {
  let current = initial;
  const listeners = new Set<(theme: DevtoolsTheme) => void>();
  const source: ThemeSource = {
    current: () => current,
    onChanged(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return {
    source,
    switchTo(theme: DevtoolsTheme) {
      current = theme;
      for (const listener of listeners) listener(theme);
    },
  };
}

describe('theme', () => {
  it("puts the DevTools theme on the root at once and follows the user's switches until disposed", () => {
    const root = document.createElement('html');
    const fake = fakeThemeSource('dark');
    const stop = followTheme(root, fake.source);
    expect(root.getAttribute('data-theme')).toBe('dark');
    fake.switchTo('light');
    expect(root.getAttribute('data-theme')).toBe('light');
    stop();
    fake.switchTo('dark');
    expect(root.getAttribute('data-theme')).toBe('light');
  });
});
