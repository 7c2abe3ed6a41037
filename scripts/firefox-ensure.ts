/**
 * Makes sure Debian's Firefox ESR is installed: the Firefox tests (e2e/firefox) drive
 * /usr/bin/firefox-esr through Marionette, and `web-ext run` starts it. Firefox's own downloads
 * cannot reach the machines this project runs on; Debian's package can. As root it installs with
 * apt-get; otherwise it prints the exact command and fails.
 *
 * `npx tsx scripts/firefox-ensure.ts`, or `ensureFirefox()`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { FIREFOX } from '../browser/firefox/firefoxProcess';

export const FIREFOX_INSTALL = 'apt-get update && apt-get install -y --no-install-recommends firefox-esr';

/** Installs firefox-esr when it is missing and it can; throws a message with the exact command when it cannot. */
export function ensureFirefox(): void {
  if (existsSync(FIREFOX)) return;
  const isRoot = process.getuid?.() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  if (!isRoot || !hasApt) {
    const how = hasApt ? `Run as root:\n  sudo sh -c '${FIREFOX_INSTALL}'` : `This needs Debian or Ubuntu's apt-get:\n  ${FIREFOX_INSTALL}`;
    throw new Error(`${FIREFOX} not found (the Firefox tests drive Debian's firefox-esr). ${how}`);
  }
  console.log(`Installing firefox-esr: ${FIREFOX_INSTALL}`);
  const run = spawnSync('sh', ['-c', FIREFOX_INSTALL], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    timeout: 600_000,
  });
  if (run.status !== 0) throw new Error(`"${FIREFOX_INSTALL}" failed (exit ${run.status ?? run.signal ?? 'unknown'})`);
  if (!existsSync(FIREFOX)) throw new Error(`apt-get finished but ${FIREFOX} is still missing`);
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    ensureFirefox();
    console.log(`Firefox ready: ${FIREFOX}`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
