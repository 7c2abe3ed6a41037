import { defineConfig } from '@playwright/test';

/**
 * The Firefox suite: Debian's firefox-esr driven through Marionette (Playwright cannot drive it; its
 * runner is used only as the test runner). Run with `npx tsx scripts/firefox-test.ts`, which
 * installs firefox-esr when missing. Files are `*.firefox.ts`, so the Chromium suite
 * (`e2e/*.spec.ts`) never picks them up. One worker: each test starts its own Firefox.
 */
export default defineConfig({
  testDir: '.',
  testMatch: '*.firefox.ts',
  workers: 1,
  fullyParallel: false,
  retries: 0,
  forbidOnly: true,
  timeout: 90_000,
  // The whole suite stops by itself even if a Firefox hangs (each one is also killed by `timeout`).
  globalTimeout: 8 * 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  outputDir: '../../test-results/firefox',
});
