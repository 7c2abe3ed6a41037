import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';

export default defineConfig({
  plugins: [preact()],
  test: {
    include: ['{decode,panel,extension,cli,demo,scripts,bench,panelHarness,testing}/**/*.test.{ts,tsx}'],
    environment: 'node',
    // Component tests opt into a DOM with a `// @vitest-environment happy-dom` docblock.
    testTimeout: 20_000,
    // The panel's lazily loaded views, loaded before the component tests read the panel at once.
    setupFiles: ['panel/testing/preloadLazyViews.ts'],
  },
});
