import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';

export default defineConfig({
  plugins: [preact()],
  test: {
    include: ['{decode,panel,extension,cli,demo,scripts,bench,panelHarness,testing}/**/*.test.{ts,tsx}'],
    environment: 'node',
    // Component tests opt into a DOM with a `// @vitest-environment happy-dom` docblock.
    // The property tests of the plain readers take 6–9 s alone and passed 20 s when the two cores were
    // shared with other work (Dec 8 2026: 23–35 s at load ~19); a timeout is not what they test.
    testTimeout: 60_000,
    // The panel's lazily loaded views, loaded before the component tests read the panel at once.
    setupFiles: ['panel/testing/preloadLazyViews.ts'],
  },
});
