import { beforeAll } from 'vitest';

/**
 * Vitest setup: the component tests render the panel and read it at once, as a user sees it once
 * the code is in. The detail tabs' chunk (detailTabs.ts) and the exporters' (ImportExportButtons)
 * are loaded before they run; the loading note itself is tested with its own loaders (components/lazy/lazyView.test.tsx). In `beforeAll`,
 * after the test file is imported, so its `vi.mock`s apply to the tabs too; only where there is a
 * DOM, since the other tests never render the panel.
 */
beforeAll(async () => {
  if (typeof document === 'undefined') return;
  const { preloadDetailTabs } = await import('../components/detail/tabs/detailTabs');
  const { exporters } = await import('../components/transfer/ImportExportButtons');
  await Promise.all([preloadDetailTabs(), exporters.load()]);
});
