/**
 * The Firefox tests: installs Debian's firefox-esr when missing (as root), then runs e2e/firefox
 * (the smoke test through `web-ext run`, and the LLM panel driven through Marionette). Needs
 * `npm run build` first (dist/firefox and dist/demo). Extra arguments go to Playwright's runner,
 * e.g. `npx tsx scripts/firefox-test.ts -g smoke`.
 *
 * Bounded three ways: each Firefox runs under coreutils `timeout`, the suite has a global timeout
 * (e2e/firefox/playwright.config.ts), and this script kills the runner after 10 minutes.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ensureFirefox } from './firefox-ensure';

const root = fileURLToPath(new URL('..', import.meta.url));
const at = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));

function fail(message: string): never {
  console.error(`Firefox tests: ${message}`);
  process.exit(1);
}

try {
  ensureFirefox();
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
for (const built of ['dist/firefox/manifest.json', 'dist/demo/index.html']) {
  if (!existsSync(at(built))) fail(`${built} not found: run npm run build first`);
}

const run = spawnSync(
  process.execPath,
  [at('node_modules/@playwright/test/cli.js'), 'test', '-c', 'e2e/firefox/playwright.config.ts', ...process.argv.slice(2)],
  {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, FORCE_COLOR: '0' },
    timeout: 600_000,
    killSignal: 'SIGKILL',
  },
);
if (run.error) fail(run.error.message);
process.exit(run.status ?? 1);
