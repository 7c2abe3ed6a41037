/**
 * Which browser's DevTools the panel runs in: what it tells a user differs (EmptyState's tips).
 * The extension's panel page says which (extension/panelPage.tsx, from its own URL's scheme); the component tests
 * and the shell, which run in no DevTools, take Chrome unless told otherwise.
 */
export type PanelBrowser = 'chrome' | 'firefox';
