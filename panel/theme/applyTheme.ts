import type { DevtoolsTheme, ThemeSource } from '../source';

/**
 * The panel follows the DevTools theme, not the operating system's: a user may run dark DevTools
 * on a light desktop. panel.css keys its colours on `data-theme` of the root element.
 */
export function applyTheme(root: HTMLElement, theme: DevtoolsTheme): void {
  root.dataset.theme = theme;
}

/** Applies the source's theme now and on every change; returns the disposer. */
export function followTheme(root: HTMLElement, source: ThemeSource): () => void {
  applyTheme(root, source.current());
  return source.onChanged((theme) => {
    applyTheme(root, theme);
  });
}
