import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests in real DevTools: Debian's Chromium with dist/chrome loaded (`npm run build`
 * first; `npm run test:e2e` checks the browser is installed). Each test launches its own browser
 * and demo server, so they run one at a time: DevTools windows of parallel browsers compete for
 * the CPU and a slow frontend boot is the likeliest flake.
 */
export default defineConfig({
  testDir: 'e2e',
  testMatch: '*.spec.ts',
  // Firefox is driven through Marionette by its own runner (scripts/firefox-*.ts), not Playwright.
  testIgnore: 'firefox/**',
  workers: 1,
  fullyParallel: false,
  retries: 0,
  forbidOnly: true,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  outputDir: 'test-results',
});
